"""What the works, volunteering, commendation and cadre forms share: a message under each field
once the clerk has left it or pressed Save (``ui.touched``), Save enabled only when the core use
case finds nothing wrong, one transaction on Save, and Esc asking before changes are lost.

A subclass builds its fields, registers each with ``add_field`` under the key the core use case
reports problems by, and implements ``value``, ``validate`` and ``save``.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QIcon, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from doan_desktop.core import clock, formatting
from doan_desktop.core.record_fields import parse_whole
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.documents.vietnamese import number
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.forms import with_message
from doan_desktop.ui.icons import icon
from doan_desktop.ui.pages import muted_label
from doan_desktop.ui.touched import TouchedFields
from doan_desktop.ui.widgets.date_field import DateField
from doan_desktop.ui.widgets.field_message import FieldMessage


def money(value: int) -> str:
    """190000000 → "190.000.000 đ", as offices write amounts."""
    return formatting.money(value)


class NumberField(QLineEdit):
    """A whole number (đồng, workdays, lượt) typed with or without dots; shown grouped
    ("190.000.000") once the clerk leaves the field."""

    def __init__(self, parent: QWidget | None = None, unit: str = ""):
        super().__init__(parent)
        self.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        # The minus sign gets in so that "-5" is refused with a message, not silently dropped.
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"-?[0-9., ]{0,21}"), self)
        )
        self.setPlaceholderText("0")
        if unit:
            self.setToolTip(unit)
        self.editingFinished.connect(self._tidy)

    def set_number(self, value: int) -> None:
        self.setText(number(value) if value else "")

    def _tidy(self) -> None:
        value, error = parse_whole(self.text())
        if not error and self.text().strip() and not self.text().strip().startswith("-"):
            self.setText(number(value))


def day_field(today: dt.date | None) -> DateField:
    field = DateField(allow_future=True, today=today)
    field.setPlaceholderText(QCoreApplication.translate("RecordForm", "dd/mm/yyyy"))
    field.setToolTip(
        QCoreApplication.translate(
            "RecordForm", "Type the date as dd/mm/yyyy, for example 05/02/2026."
        )
    )
    return field


def note_field(lines: int = 3) -> QPlainTextEdit:
    """Free text that takes the room left in its column, at least ``lines`` high."""
    field = QPlainTextEdit()
    field.setTabChangesFocus(True)
    field.setMinimumHeight(field.fontMetrics().lineSpacing() * lines + 12)
    return field


class ChapterChecklist(QListWidget):
    """Chapters with a tick box each: a work may belong to several."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setUniformItemSizes(True)

    def set_chapters(self, chapters: list[tuple[str, str]]) -> None:
        self.clear()
        for chapter_id, name in chapters:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            item.setData(Qt.UserRole, chapter_id)
            self.addItem(item)
        # As tall as the chapters need, up to ten lines; a scroll bar beyond.
        rows = max(4, min(10, self.count()))
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 2)

    def checked_ids(self) -> list[str]:
        return [
            self.item(i).data(Qt.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.Checked
        ]

    def set_checked(self, ids: list[str]) -> None:
        wanted = set(ids)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in wanted else Qt.Unchecked)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Space ticks the current chapter, so the list works without a mouse.
        item = self.currentItem()
        if event.key() == Qt.Key_Space and item is not None:
            checked = item.checkState() == Qt.Checked
            item.setCheckState(Qt.Unchecked if checked else Qt.Checked)
            event.accept()
            return
        super().keyPressEvent(event)


_KEY = re.compile(r"^[a-z_]+$")


class RecordForm(QDialog):
    """The frame of a record form. ``saved_id`` holds the record's id once saved.

    Its own words use the "RecordForm" context explicitly: ``self.tr`` would look them up
    under the subclass's name, where lupdate never put them.
    """

    notify_kind = ""

    def __init__(
        self,
        context: AppContext,
        record_id: str | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.record_id = record_id
        self.saved_id: str | None = None
        self._today = today
        self.messages: dict[str, FieldMessage] = {}
        self.touched = TouchedFields(self)
        self.touched.left.connect(lambda _key: self._show(self.problems))
        self._dirty = False
        self._loading = True
        self.problems = Problems()

        self.failure = FieldMessage()
        self.hint = muted_label(
            QCoreApplication.translate(
                "RecordForm",
                "Save becomes available once the fields marked * are filled in correctly.",
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.Save)
        self.save_button.setText(QCoreApplication.translate("RecordForm", "Save"))
        self.save_button.setIcon(icon("save"))
        cancel = self.buttons.button(QDialogButtonBox.Cancel)
        cancel.setText(QCoreApplication.translate("RecordForm", "Cancel"))
        cancel.setIcon(QIcon())  # the style's red cross clashes with the program's icon set
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def today(self) -> dt.date:
        return self._today or clock.today()

    # ------------------------------------------------------------------ building

    def new_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignTop)
        form.setVerticalSpacing(6)
        return form

    def add_field(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        widget: QWidget,
        outline: QWidget = None,
        grow: bool = False,
    ) -> FieldMessage:
        """A labelled field with its message below; changes to it are watched. Only a field
        that ``grow``s takes the height its column has to spare."""
        assert _KEY.match(key)
        cell, message = with_message(widget)
        if not grow:
            cell.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        message.field = outline if outline is not None else widget
        self.messages[key] = message
        title = QLabel(label)
        title.setBuddy(outline if outline is not None else widget)
        form.addRow(title, cell)
        self.watch(key, widget)
        return message

    def watch(self, key: str, widget: QWidget) -> None:
        """Revalidate when ``widget`` changes; once the clerk leaves it, ``key``'s message
        shows."""
        self.touched.watch(key, widget)
        signals = {
            QComboBox: ("currentIndexChanged", "editTextChanged"),
            QLineEdit: ("textChanged", "personChanged"),
            QPlainTextEdit: ("textChanged",),
            QListWidget: ("itemChanged",),
            QAbstractButton: ("toggled",),
        }
        names = next((n for kind, n in signals.items() if isinstance(widget, kind)), ("changed",))
        for name in names:
            signal = getattr(widget, name, None)
            if signal is not None:
                signal.connect(lambda *_a, k=key: self._changed(k))

    def chain_tab_order(self, *widgets: QWidget) -> None:
        """Tab goes down the left column, then down the right one, then to the buttons."""
        chain = [*widgets, self.save_button, self.buttons.button(QDialogButtonBox.Cancel)]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def finish(self, body: QWidget | QVBoxLayout) -> None:
        """Lay out ``body`` above the messages and the buttons, then check once."""
        layout = QVBoxLayout(self)
        if isinstance(body, QWidget):
            layout.addWidget(body, 1)
        else:
            layout.addLayout(body, 1)
        layout.addWidget(self.failure)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._loading = False
        self.revalidate()

    # ------------------------------------------------------------------ what subclasses give

    def value(self):
        raise NotImplementedError

    def validate(self, session: Session, data) -> Problems:
        raise NotImplementedError

    def save(self, session: Session, data) -> str:
        raise NotImplementedError

    # ------------------------------------------------------------------ checking

    def _changed(self, key: str) -> None:
        if self._loading:
            return
        self._dirty = True
        self.revalidate()

    def revalidate(self) -> bool:
        with self.context.database.session() as session:
            self.problems = self.validate(session, self.value())
        self._show(self.problems)
        return self.problems.ok

    def show_all_messages(self) -> None:
        self.touched.touch_all(self.messages)
        self._show(self.problems)

    def _show(self, problems: Problems) -> None:
        for key, message in self.messages.items():
            if self.touched.shows(key):
                message.show_problems(problems, key)
            else:
                message.clear()
        hidden = [k for k in problems.errors if not self.touched.shows(k) or k not in self.messages]
        self.hint.setVisible(bool(hidden))
        self.save_button.setEnabled(problems.ok)
        self.failure.clear()

    def message_for(self, key: str) -> str:
        """The text under the field ``key`` ("" when none is shown)."""
        return self.messages[key].text()

    # ------------------------------------------------------------------ saving and closing

    def accept(self) -> None:
        if not self.revalidate():
            self.show_all_messages()
            return
        try:
            with self.context.database.session() as session:
                self.saved_id = self.save(session, self.value())
        except ValidationError as error:
            self.show_all_messages()
            self._show(error.problems)
            unplaced = [v for k, v in error.problems.errors.items() if k not in self.messages]
            if unplaced:
                self.failure.show_error("\n".join(unplaced))
            return
        except (SQLAlchemyError, OSError) as error:
            self.failure.show_error(
                QCoreApplication.translate("RecordForm", "Nothing was saved: {reason}").format(
                    reason=error
                )
            )
            return
        self._dirty = False
        if self.notify_kind:
            self.context.notify(self.notify_kind)
        super().accept()

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def reject(self) -> None:
        """Close (Esc): changes not saved are lost only if the clerk says so."""
        if self._dirty and not prompts.ask_yes_no(
            self,
            QCoreApplication.translate("RecordForm", "Close without saving"),
            QCoreApplication.translate(
                "RecordForm", "The changes are not saved. Close and lose them?"
            ),
        ):
            return
        super().reject()
