"""Language start-up: Qt translators for the program's own strings and Qt's own widgets.

Vietnamese is the default whatever the system language is; English can be chosen in Settings
(or with DOAN_LANG=en for the command line). Part of start-up, so it may import Qt.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from doan_desktop.core import formatting, messages
from doan_desktop.resources_path import locale_dir

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

_installed: list[QTranslator] = []


def language_from_env(default: str = DEFAULT_LANGUAGE) -> str:
    value = os.environ.get("DOAN_LANG", "").strip().lower()[:2]
    return value if value in LANGUAGES else default


def load_translators(language: str) -> list[QTranslator]:
    """Our catalogue and our translation of Qt's own strings (Qt ships no Vietnamese one)."""
    translators = []
    for stem in ("doan_desktop", "qtbase"):
        translator = QTranslator()
        if translator.load(str(locale_dir() / f"{stem}_{language}.qm")):
            translators.append(translator)
    return translators


def install(language: str) -> bool:
    """Make ``language`` current for Qt (when an application exists) and for core messages.

    Returns False when the compiled catalogue is missing (the program then shows English).
    """
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    translators = load_translators(language) if language != "en" else []
    app = QCoreApplication.instance()
    for translator in translators:
        if app is not None:
            QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )

    def translate(context: str, text: str) -> str:
        for translator in _installed:
            found = translator.translate(context, text)
            if found:
                return found
        return text

    messages.set_translator(translate)
    formatting.set_language(language)
    return language == "en" or bool(translators)
