"""Leaving a form field as the clerk does (Tab, or a click elsewhere): the field loses focus,
which is when its message may first show (ui/touched.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QWidget


def leave(*widgets: QWidget) -> None:
    for widget in widgets:
        QApplication.sendEvent(widget, QFocusEvent(QEvent.FocusOut, Qt.TabFocusReason))
