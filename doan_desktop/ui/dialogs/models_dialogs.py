"""The small forms of the "Residential models" page: the office's override of a "3 có" result
(a reason is required), and a chapter's participation in the model (add, end).

Each writes through its core use case; what it refuses is shown under the field and the dialog
stays open with nothing written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.core import clock, compliance
from doan_desktop.core.validation import ValidationError
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.widgets.date_field import DateField
from doan_desktop.ui.widgets.field_message import FieldMessage


class OverrideDialog(QDialog):
    """Decide a chapter's result for a quarter, with the reason."""

    def __init__(
        self,
        context: AppContext,
        result: compliance.ChapterCompliance,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.result = result
        self.saved = False
        self.setWindowTitle(self.tr("Override the result"))
        layout = QVBoxLayout(self)
        computed = (
            self.tr("The records say {chapter} meets the three criteria in {period}.")
            if result.computed
            else self.tr("The records say {chapter} does not meet the three criteria in {period}.")
        )
        intro = QLabel(computed.format(chapter=result.chapter, period=result.period))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.counts = QRadioButton(self.tr('Count it as "3 có"'))
        self.does_not = QRadioButton(self.tr('Do not count it as "3 có"'))
        wanted = result.override if result.overridden else not result.computed
        (self.counts if wanted else self.does_not).setChecked(True)
        layout.addWidget(self.counts)
        layout.addWidget(self.does_not)
        reason_label = QLabel(self.tr("Reason (required; it shows wherever the result appears)"))
        self.reason = QPlainTextEdit(result.override_reason)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        reason_label.setBuddy(self.reason)
        self.reason_message = FieldMessage(self)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def save(self) -> bool:
        try:
            with self.context.database.session() as session:
                compliance.set_override(
                    session,
                    self.result.chapter_id,
                    self.result.period,
                    self.counts.isChecked(),
                    self.reason.toPlainText(),
                )
        except ValidationError as error:
            self.reason_message.show_problems(error.problems, "reason")
            if "reason" not in error.problems.errors:
                self.reason_message.show_error(" ".join(error.problems.errors.values()))
            self.reason.setFocus()
            return False
        self.saved = True
        self.accept()
        return True


class ParticipationDialog(QDialog):
    """Add a chapter to the model from a date, or end a participation on a date."""

    def __init__(
        self,
        context: AppContext,
        chapters: list[tuple[str, str]] | None = None,
        ending: compliance.ParticipationRow | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.ending = ending
        self.saved = False
        form = QFormLayout()
        self.chapter = QComboBox()
        self.pilot = QCheckBox(self.tr("A pilot chapter"))
        self.date = DateField(today=today, allow_future=True)
        self.chapter_message = FieldMessage(self)
        self.date_message = FieldMessage(self, self.date)
        if ending is None:
            self.setWindowTitle(self.tr("A chapter takes part"))
            for chapter_id, name in chapters or []:
                self.chapter.addItem(name, chapter_id)
            form.addRow(self.tr("Chapter"), self.chapter)
            form.addRow("", self.chapter_message)
            form.addRow(self.tr("Taking part since"), self.date)
            form.addRow("", self.date_message)
            form.addRow("", self.pilot)
            self.date.setText((today or clock.today()).strftime("%d/%m/%Y"))
        else:
            self.setWindowTitle(self.tr("End the participation"))
            form.addRow(self.tr("Chapter"), QLabel(ending.chapter))
            form.addRow(self.tr("Last day taking part"), self.date)
            form.addRow("", self.date_message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> bool:
        try:
            with self.context.database.session() as session:
                if self.ending is None:
                    compliance.add_participation(
                        session,
                        self.chapter.currentData() or "",
                        self.date.text(),
                        self.pilot.isChecked(),
                    )
                else:
                    compliance.end_participation(session, self.ending.id, self.date.text())
        except ValidationError as error:
            self.chapter_message.show_problems(error.problems, "chapter_id")
            key = "until" if self.ending else "since"
            self.date_message.show_problems(error.problems, key)
            return False
        self.saved = True
        self.accept()
        return True
