"""Entry point: `doan-desktop` with a sub-command runs the CLI, without one the GUI."""

import argparse
import sys


def window_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when ``argv`` only opens the window (``--data-dir DIR``, ``--demo``,
    ``--self-test``), read without the command-line parser: building it imports every command
    (Excel, PDF, Word libraries), about a second the clerk would wait for nothing. None for
    anything else (a command, --help, --version, an unknown or abbreviated option), which the
    command-line parser then reads and reports as before."""
    args = argparse.Namespace(command=None, data_dir=None, demo=False, self_test=False)
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--demo":
            args.demo = True
        elif arg == "--self-test":
            args.self_test = True
        elif arg == "--data-dir" and rest and not rest[0].startswith("-"):
            args.data_dir = rest.pop(0)
        elif arg.startswith("--data-dir=") and len(arg) > len("--data-dir="):
            args.data_dir = arg.split("=", 1)[1]
        else:
            return None
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--version"]:  # as argparse prints it, without importing every command
        from doan_desktop import __version__

        print(f"doan-desktop {__version__}")
        return 0
    args = window_arguments(argv)
    if args is not None:
        from doan_desktop import i18n
        from doan_desktop.app import run_gui

        i18n.install(i18n.language_from_env())  # as the command line does before the window
        return run_gui(args)
    from doan_desktop.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
