"""One page per navigation entry. Each is ``Page(context)`` with a ``refresh()`` method.

Pages share a look: the same margins, a title at the top and a short line saying what the
page is for (``page_layout``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

PAGE_MARGINS = (24, 16, 24, 16)
TITLE_SCALE = 1.5


class TitleLabel(QLabel):
    """A page title: larger than the text around it, and still so after the text size changes."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setObjectName("pageTitle")
        self._apply_size()

    def _apply_size(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.setFont(font)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.ApplicationFontChange:
            self._apply_size()
        super().changeEvent(event)


def page_layout(page: QWidget, title: str, intro: str = "") -> QVBoxLayout:
    """The page's layout with its title (and a line of introduction) already in place."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(10)
    page.title_label = TitleLabel(title)
    layout.addWidget(page.title_label)
    if intro:
        page.intro_label = QLabel(intro)
        page.intro_label.setWordWrap(True)
        page.intro_label.setStyleSheet("color: #546e7a;")
        layout.addWidget(page.intro_label)
    return layout
