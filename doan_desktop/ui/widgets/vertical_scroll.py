"""A scroll area that scrolls down only: as wide as what it holds needs (so a splitter or a
layout never makes it narrower and cuts its content), as low as the window allows."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class VerticalScroll(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        content = self.widget().minimumSizeHint()
        bar = self.style().pixelMetric(QStyle.PM_ScrollBarExtent, None, self)
        return QSize(content.width() + bar, min(content.height(), 120))
