"""User-visible text produced below the UI.

Core code has no Qt, yet its messages must reach the clerk in Vietnamese. Every such string is
written as ``translate("Context", "English source")`` so that Qt's lupdate collects it into
translations/*.ts; at start-up the GUI or the CLI installs a translator (Qt's) with
``set_translator``. Without one, the English source is returned.
"""

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(function: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = function


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text)
