"""A line edit for a date typed as dd/mm/yyyy, or a year alone when that is all that is known."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from doan_desktop.core import clock
from doan_desktop.core.dates import PartialDate, parse_iso
from doan_desktop.core.validation import check_not_future, parse_date_field
from doan_desktop.ui.widgets.field_message import FieldMessage

_EIGHT_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


class DateField(QLineEdit):
    """Reads what offices write; tidies it when the clerk leaves the field ("5/2/2004" and
    "05022004" both become "05/02/2004").

    With a ``message`` the field checks itself when left and says what is wrong there;
    forms that validate through a core use case leave ``message`` out and show its verdict.
    """

    problemChanged = Signal(str)  # the current error message, "" when the text is acceptable

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        allow_future: bool = False,
        message: FieldMessage | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.allow_future = allow_future
        self.message = message
        self._today = today
        self._problem = ""
        self.setPlaceholderText(self.tr("dd/mm/yyyy or yyyy"))
        self.setToolTip(
            self.tr("Type the date as dd/mm/yyyy, for example 05/02/2004, or the year alone.")
        )
        # Only what a date can hold; a letter typed by mistake never gets in.
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9/.\- ]{0,10}"), self)
        )
        self.setMaxLength(10)
        metrics = self.fontMetrics()
        self.setMinimumWidth(
            max(
                metrics.horizontalAdvance("00/00/00000"),
                metrics.horizontalAdvance(self.placeholderText()),
            )
            + 24
        )
        self.editingFinished.connect(self._on_finished)
        self.textChanged.connect(self._on_text_changed)

    def today(self) -> dt.date:
        return self._today or clock.today()

    def value(self) -> PartialDate | None:
        """The date typed, or None when the field is empty or unreadable."""
        value, error = parse_date_field(self.text())
        return None if error else value

    def error(self) -> str | None:
        """Why the text is not acceptable, or None."""
        value, error = parse_date_field(self.text())
        if error:
            return error
        if not self.allow_future:
            return check_not_future(value, self.today())
        return None

    def set_stored(self, stored: str | None) -> None:
        """Show a stored ISO date ("2004-02-05" or "2004")."""
        value = parse_iso(stored)
        self.setText(value.display() if value else "")

    def set_value(self, value: PartialDate | None) -> None:
        self.setText(value.display() if value else "")

    def stored(self) -> str:
        value = self.value()
        return value.iso() if value else ""

    def check(self) -> bool:
        """Validate now (as when the field is left); True when acceptable."""
        problem = self.error() or ""
        if problem != self._problem:
            self._problem = problem
            self.problemChanged.emit(problem)
        if self.message is not None:
            self.message.set_message("error" if problem else "", problem)
        return not problem

    def _on_finished(self) -> None:
        self._tidy()
        self.check()

    def _on_text_changed(self, _text: str) -> None:
        # Once a problem is on show, follow the typing so it goes away as soon as it is fixed.
        if self._problem:
            self.check()

    def _tidy(self) -> None:
        text = self.text().strip()
        if match := _EIGHT_DIGITS.match(text):
            text = "/".join(match.groups())
        value, error = parse_date_field(text)
        if value is not None and not error:
            text = value.display()
        if text != self.text():
            self.setText(text)
