"""argparse's own words (``usage:``, its section titles, its error messages) in the clerk's language.

argparse writes every message it makes through gettext, calling the names ``_`` and ``ngettext``
of its own module each time (Python 3.11 to 3.13). ``speaking()`` points those two names at the
program's translator (``core.messages``, context "Argparse") while the command line is built and
read, and gives gettext its own back afterwards. A message not in the table (a newer Python's,
or one only a programmer sees, such as a conflicting option string) stays in English.

Each source text below is argparse's exact English, placeholders included (``%(value)r``, ``%s``);
a translation keeps them all.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from doan_desktop.core.messages import translate


def catalogue() -> dict[str, str]:
    """argparse's English → the current language, as the translator installed now says."""
    return {
        # The help screen.
        "usage: ": translate("Argparse", "usage: "),
        "positional arguments": translate("Argparse", "positional arguments"),
        "options": translate("Argparse", "options"),
        "subcommands": translate("Argparse", "subcommands"),
        "show this help message and exit": translate("Argparse", "show this help message and exit"),
        "show program's version number and exit": translate(
            "Argparse", "show program's version number and exit"
        ),
        # A bad call.
        "the following arguments are required: %s": translate(
            "Argparse", "the following arguments are required: %s"
        ),
        "one of the arguments %s is required": translate(
            "Argparse", "one of the arguments %s is required"
        ),
        "unrecognized arguments: %s": translate("Argparse", "unrecognized arguments: %s"),
        "argument %(argument_name)s: %(message)s": translate(
            "Argparse", "argument %(argument_name)s: %(message)s"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "Argparse", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": translate(
            "Argparse", "invalid %(type)s value: %(value)r"
        ),
        "expected one argument": translate("Argparse", "expected one argument"),
        "expected at most one argument": translate("Argparse", "expected at most one argument"),
        "expected at least one argument": translate("Argparse", "expected at least one argument"),
        "expected %s argument": translate("Argparse", "expected %s argument"),
        "expected %s arguments": translate("Argparse", "expected %s arguments"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "Argparse", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "not allowed with argument %s": translate("Argparse", "not allowed with argument %s"),
        "ignored explicit argument %r": translate("Argparse", "ignored explicit argument %r"),
        "can't open '%(filename)s': %(error)s": translate(
            "Argparse", "can't open '%(filename)s': %(error)s"
        ),
        "unknown parser %(parser_name)r (choices: %(choices)s)": translate(
            "Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"
        ),
    }


@contextmanager
def speaking() -> Iterator[None]:
    """argparse speaks the installed language inside the block (build the parser and parse in
    it: the help option's text and the section titles are fixed when a parser is made)."""
    words = catalogue()

    def gettext(message: str) -> str:
        return words.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = gettext, ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved
