"""The user guide inside the program: one short page for each page of the window, in the
clerk's language, opened with F1 on the page in view.

The guide is HTML shipped with the program (``resources/help/<language>/<page>.html``, its
pictures in ``resources/help/images``), shown by a QTextBrowser: it works without internet and
reads the same in a browser. It is written as whole pages per language rather than strings
through Qt's catalogue, so that a page reads as one text and can be corrected as one;
tests/i18n/test_help.py holds the two languages together (every page in both, the same
pictures and links, headings in the words of the navigation).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.resources_path import resource

HELP_LANGUAGES = ("vi", "en")
INDEX = "index"  # the guide's first page: how the window works, and the list of pages


def help_root() -> Path:
    return resource("help")


def help_language(language: str) -> str:
    return language if language in HELP_LANGUAGES else HELP_LANGUAGES[0]


def topic_path(key: str, language: str) -> Path:
    """The file of topic ``key`` (a page key, or ``INDEX``) in ``language``."""
    return help_root() / help_language(language) / f"{key}.html"


class HelpViewer(QDialog):
    """A window beside the main one (not modal: the clerk reads and works at once). The
    topics are the guide's first page and the pages of the navigation, in its order."""

    topicShown = Signal(str)

    def __init__(self, topics: list[tuple[str, str]], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.language = help_language(language)
        self.current = ""

        self.topics = QListWidget()
        self.topics.setObjectName("helpTopics")
        for key, title in [(INDEX, self.tr("Getting started")), *topics]:
            item = QListWidgetItem(title)
            item.setData(Qt.UserRole, key)
            self.topics.addItem(item)
        self.topics.setFixedWidth(self.topics.sizeHintForColumn(0) + 24)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenLinks(False)  # pages of the guide here, the rest in a browser
        self.browser.anchorClicked.connect(self._follow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        self.buttons.rejected.connect(self.close)

        body = QHBoxLayout()
        body.addWidget(self.topics)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.topics.currentRowChanged.connect(self._row_chosen)
        self.resize(980, 640)

    def keys(self) -> list[str]:
        return [self.topics.item(row).data(Qt.UserRole) for row in range(self.topics.count())]

    def show_topic(self, key: str) -> None:
        """Show topic ``key`` (the guide's first page when the guide has no page for it)."""
        keys = self.keys()
        row = keys.index(key) if key in keys else 0
        if self.topics.currentRow() == row:
            self._row_chosen(row)
        else:
            self.topics.setCurrentRow(row)

    def _row_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = self.keys()[row]
        path = topic_path(key, self.language)
        if not path.exists():
            path = topic_path(key, HELP_LANGUAGES[0])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        self.current = key
        self.topicShown.emit(key)

    def _follow(self, url: QUrl) -> None:
        """A link to another page of the guide opens it here; any other, in the browser."""
        if url.isLocalFile() or url.isRelative():
            name = Path(url.path()).name
            key = name[: -len(".html")] if name.endswith(".html") else ""
            if key in self.keys():
                self.show_topic(key)
                if url.hasFragment():
                    self.browser.scrollToAnchor(url.fragment())
                return
        open_external(url)


def open_external(url: QUrl) -> None:
    """A link out of the guide (a function, so tests can replace it)."""
    QDesktopServices.openUrl(url)
