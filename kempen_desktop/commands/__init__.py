"""Command-line subcommands of `kempen`, one module per area; cli.py registers them."""
