"""When a form's messages show: a field's message appears once the clerk has left the field (or
pressed Save), never when the form opens and never at the first key typed.

Once shown, a field's message follows what is typed (it goes as soon as the input is right);
a field not yet left stays quiet even when its value is wrong, so a new form is not covered in
red before the clerk has done anything. The forms keep their own checks (core's validation) and
ask ``shows(key)`` which messages to show.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

# Focus leaving for these reasons is not the clerk leaving the field: a combo box's list or a
# menu opening, or another window (a message box) coming up.
_NOT_LEAVING = (Qt.PopupFocusReason, Qt.ActiveWindowFocusReason, Qt.MenuBarFocusReason)


class TouchedFields(QObject):
    """The fields of one form the clerk has left; ``left(key)`` when one is left."""

    left = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._keys: dict[QObject, str] = {}
        self._touched: set[str] = set()

    def watch(self, key: str, *widgets: QWidget) -> None:
        """Leaving any of ``widgets`` (or a widget inside one) leaves the field ``key``."""
        for widget in widgets:
            for part in (widget, *widget.findChildren(QWidget)):
                self._keys[part] = key
                part.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.FocusOut and event.reason() not in _NOT_LEAVING:
            key = self._keys.get(watched)
            if key is not None:
                self.touch(key)
        return False

    def touch(self, key: str) -> None:
        new = key not in self._touched
        self._touched.add(key)
        if new:
            self.left.emit(key)

    def touch_all(self, keys: Iterable[str]) -> None:
        """Save was pressed: every field says what is wrong with it."""
        for key in keys:
            self._touched.add(key)

    def shows(self, key: str) -> bool:
        return key in self._touched

    def clear(self) -> None:
        self._touched.clear()
