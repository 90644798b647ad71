"""The short message under a form field: red for an error that blocks saving, amber for a
warning the clerk may accept. Hidden when there is nothing to say, so it takes no room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from doan_desktop.core.validation import Problems
from doan_desktop.ui.icons import mdi_icon

ERROR = "error"
WARNING = "warning"

# Dark enough to read on white for a clerk with tired eyes (contrast ≥ 4.5:1).
COLORS = {ERROR: "#c62828", WARNING: "#9a5b00"}
_ICONS = {ERROR: "mdi6.alert-circle-outline", WARNING: "mdi6.alert-outline"}
_BORDERS = {ERROR: "#c62828", WARNING: "#e0a000"}


def mark_field(widget: QWidget | None, kind: str) -> None:
    """Outline a text field in red or amber; other widgets rely on the message alone."""
    if widget is None:
        return
    widget.setProperty("problem", kind)
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        if kind in _BORDERS:
            widget.setStyleSheet(
                f"border: 1px solid {_BORDERS[kind]}; border-radius: 2px; padding: 2px;"
            )
        else:
            widget.setStyleSheet("")


class FieldMessage(QWidget):
    """A message about one field. ``field`` (optional) gets a coloured outline to match."""

    def __init__(self, parent: QWidget | None = None, field: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self._kind = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(4)
        self._icon = QLabel()
        self._icon.setFixedSize(16, 16)
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.PlainText)
        self._label.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        layout.addWidget(self._icon, 0, Qt.AlignTop)
        layout.addWidget(self._label, 1)
        self.setVisible(False)

    def kind(self) -> str:
        """ "error", "warning" or "" (nothing shown)."""
        return self._kind

    def text(self) -> str:
        return self._label.text() if self._kind else ""

    def show_error(self, text: str) -> None:
        self.set_message(ERROR, text)

    def show_warning(self, text: str) -> None:
        self.set_message(WARNING, text)

    def clear(self) -> None:
        self.set_message("", "")

    def set_message(self, kind: str, text: str) -> None:
        if not text:
            kind = ""
        if kind == self._kind and text == self._label.text():
            return
        self._kind = kind
        self._label.setText(text if kind else "")
        if kind:
            self._label.setStyleSheet(f"color: {COLORS[kind]};")
            self._icon.setPixmap(mdi_icon(_ICONS[kind], COLORS[kind]).pixmap(16, 16))
        mark_field(self.field, kind)
        self.setVisible(bool(kind))

    def show_problems(self, problems: Problems, name: str) -> None:
        """Show the error for ``name`` if any, else its warning, else nothing."""
        if name in problems.errors:
            self.show_error(problems.errors[name])
        elif name in problems.warnings:
            self.show_warning(problems.warnings[name])
        else:
            self.clear()
