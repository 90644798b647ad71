"""Entry script of the frozen build (PyInstaller runs this file, not the package's __main__).

A windowed Windows executable starts with no console, so ``sys.stdout`` is None and any print
(``--version``, ``--help``, a CLI command) would fail. The one-folder build ships a console twin,
``doan-desktop-cli.exe``, for the command line; the windowed executable borrows the console of
the command prompt that started it, if there is one, and otherwise sends output nowhere.
"""

import os
import sys


def _borrow_parent_console() -> None:
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return
    try:
        import ctypes

        attached = bool(ctypes.windll.kernel32.AttachConsole(-1))  # ATTACH_PARENT_PROCESS
    except (AttributeError, OSError):
        attached = False
    stream = None
    if attached:
        # Write in the console's own code page: changing it would outlive us in the user's prompt.
        encoding = f"cp{ctypes.windll.kernel32.GetConsoleOutputCP()}"
        try:
            stream = open("CONOUT$", "w", encoding=encoding, errors="replace")  # noqa: SIM115
        except (OSError, LookupError):
            stream = None
    if stream is None:
        stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as we do
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream


def _run() -> int:
    _borrow_parent_console()
    from doan_desktop.__main__ import main

    return main()


if __name__ == "__main__":
    sys.exit(_run())
