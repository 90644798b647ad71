"""The form of a commendation: a person (picked from the roster) or a chapter, the level, the
title, the decision's number and date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLineEdit, QRadioButton, QWidget
from sqlalchemy.orm import Session

from doan_desktop.core import commendations as core
from doan_desktop.core.chapters import list_chapters
from doan_desktop.core.roster import person_name
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.record_form import RecordForm, day_field
from doan_desktop.ui.widgets.person_picker import PersonPicker, load_choices

TITLES = (
    "Giấy khen",
    "Bằng khen",
    "Tuyên dương",
    "Giấy khen Đoàn viên xuất sắc",
    "Giấy khen Chi đoàn vững mạnh",
    "Bằng khen Bí thư chi đoàn tiêu biểu",
)


class CommendationForm(RecordForm):
    notify_kind = "commendation"

    def __init__(
        self,
        context: AppContext,
        commendation_id: str | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(context, commendation_id, parent, today)
        self.setWindowTitle(
            self.tr("Edit commendation") if commendation_id else self.tr("New commendation")
        )
        self.to_person = QRadioButton(self.tr("A person"))
        self.to_chapter = QRadioButton(self.tr("A chapter"))
        self.to_person.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.to_person)
        group.addButton(self.to_chapter)
        recipient = QWidget()
        row = QHBoxLayout(recipient)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.to_person)
        row.addWidget(self.to_chapter)
        row.addStretch(1)
        self.person = PersonPicker()
        self.chapter = QComboBox()
        self.chapter.addItem(self.tr("Choose a chapter"), "")
        self.level = QComboBox()
        for code, label in core.level_labels().items():
            self.level.addItem(label, code)
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(TITLES)
        self.title.setCurrentIndex(-1)
        self.title.lineEdit().setPlaceholderText(self.tr("for example Giấy khen, Bằng khen"))
        self.decision_number = QLineEdit()
        self.decision_number.setPlaceholderText(self.tr("for example 12-QĐ/ĐTN"))
        self.decision_date = day_field(today)

        form = self.new_form()
        self.add_field(form, "recipient", self.tr("Commended *"), recipient, self.to_person)
        self.watch("recipient", self.to_chapter)
        self.add_field(form, "person_id", self.tr("Person *"), self.person)
        self.add_field(form, "chapter_id", self.tr("Chapter *"), self.chapter)
        self.add_field(form, "level", self.tr("Level *"), self.level)
        self.add_field(form, "title", self.tr("Title *"), self.title)
        self.add_field(form, "decision_number", self.tr("Decision number"), self.decision_number)
        self.add_field(form, "decision_date", self.tr("Decision date *"), self.decision_date)
        self._form = form

        with context.database.session() as session:
            for chapter in list_chapters(session):
                self.chapter.addItem(chapter.name, chapter.id)
            self.person.set_choices(load_choices(session))
            data = core.get_commendation(session, commendation_id) if commendation_id else None
            name = person_name(session, data.person_id) if data else ""
        if data:
            self.to_chapter.setChecked(data.recipient == core.CHAPTER)
            self.person.set_person(data.person_id, name)
            self.chapter.setCurrentIndex(max(0, self.chapter.findData(data.chapter_id or "")))
            self.level.setCurrentIndex(max(0, self.level.findData(data.level)))
            self.title.setCurrentText(data.title)
            self.decision_number.setText(data.decision_number)
            self.decision_date.setText(str(data.decision_date or ""))
        self.to_person.toggled.connect(self._show_recipient)
        self._show_recipient()
        self.finish(form)
        self.resize(620, self.sizeHint().height())

    def _show_recipient(self, *_args) -> None:
        person = self.to_person.isChecked()
        self._form.setRowVisible(self.person.parentWidget(), person)
        self._form.setRowVisible(self.chapter.parentWidget(), not person)

    def value(self) -> core.CommendationInput:
        person = self.to_person.isChecked()
        return core.CommendationInput(
            recipient=core.PERSON if person else core.CHAPTER,
            person_id=(self.person.person_id() or None) if person else None,
            chapter_id=(self.chapter.currentData() or None) if not person else None,
            level=self.level.currentData(),
            title=self.title.currentText(),
            decision_number=self.decision_number.text(),
            decision_date=self.decision_date.text(),
        )

    def validate(self, session: Session, data: core.CommendationInput):
        return core.validate_commendation(session, data, self.today())

    def save(self, session: Session, data: core.CommendationInput) -> str:
        return core.save_commendation(session, data, self.record_id, self.today())
