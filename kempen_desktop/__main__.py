"""`python -m kempen_desktop` and the `kempen-desktop` command start the desktop app."""

import multiprocessing
import sys


def main() -> int:
    # Large workbooks are parsed in a spawned child process (services/importing/reader/
    # isolated.py); in a frozen (PyInstaller) build the child starts through this.
    multiprocessing.freeze_support()
    if sys.argv[1:] == ["--version"]:  # answered before Qt and the database layer load
        from kempen_desktop import __version__

        print(f"kempen-desktop {__version__}")
        return 0
    from kempen_desktop.ui.app import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
