"""Entry point: `doan-desktop` with a sub-command runs the CLI, without one the GUI."""

import sys


def main(argv: list[str] | None = None) -> int:
    from doan_desktop.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
