"""`python -m kempen_desktop` and the `kempen-desktop` command start the desktop app."""

import sys


def main() -> int:
    from kempen_desktop.ui.app import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
