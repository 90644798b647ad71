"""One page per navigation entry. Each is ``Page(context)`` with a ``refresh()`` method.

Pages share a look: the same margins, a title at the top and a short line saying what the
page is for (``page_layout``). A page's title is the words of its navigation entry
(``page_title``), so the two never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

PAGE_MARGINS = (24, 16, 24, 16)
TITLE_SCALE = 1.5
MUTED = "#546e7a"
SUCCESS = "#2e7d32"


def page_title(key: str) -> str:
    """The name of page ``key`` in the navigation, on the page itself and in the user guide.

    Translated in the navigation's context ("MainWindow"), one translation for all three.
    """
    return page_titles()[key]


def page_titles() -> dict[str, str]:
    """Every page's key and title, whichever office's navigation shows it."""
    return {
        "overview": QCoreApplication.translate("MainWindow", "Overview"),
        "chapters": QCoreApplication.translate("MainWindow", "Chapters"),
        "people": QCoreApplication.translate("MainWindow", "Members & youth"),
        "meetings": QCoreApplication.translate("MainWindow", "Meetings & minutes"),
        "trainings": QCoreApplication.translate("MainWindow", "Trainings & club"),
        "works": QCoreApplication.translate("MainWindow", "Works & volunteering"),
        "models": QCoreApplication.translate("MainWindow", "Residential models"),
        "report": QCoreApplication.translate("MainWindow", "Report"),
        "inbox": QCoreApplication.translate("MainWindow", "Superior's inbox"),
        "trash": QCoreApplication.translate("MainWindow", "Trash"),
        "settings": QCoreApplication.translate("MainWindow", "Settings"),
    }


def set_text_colour(label: QLabel, colour: str) -> QLabel:
    """Colour through the palette: a style sheet would stop the label following the text size."""
    palette = label.palette()
    palette.setColor(QPalette.WindowText, QColor(colour))
    label.setPalette(palette)
    return label


def muted_label(text: str = "") -> QLabel:
    """A quieter line of explanation or status, wrapped."""
    label = QLabel(text)
    label.setWordWrap(True)
    return set_text_colour(label, MUTED)


class TitleLabel(QLabel):
    """A page title: larger than the text around it, and still so after the text size changes."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setObjectName("pageTitle")
        self._apply_size(QApplication.font())
        # An explicit font no longer follows the application's, so follow it by hand.
        QApplication.instance().fontChanged.connect(self._apply_size)

    def _apply_size(self, base: QFont) -> None:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.setFont(font)


def page_layout(page: QWidget, title: str, intro: str = "") -> QVBoxLayout:
    """The page's layout with its title (and a line of introduction) already in place."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(10)
    page.title_label = TitleLabel(title)
    layout.addWidget(page.title_label)
    if intro:
        page.intro_label = muted_label(intro)
        layout.addWidget(page.intro_label)
    return layout
