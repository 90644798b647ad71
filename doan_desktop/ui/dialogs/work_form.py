"""The form of a youth work or task: what, which chapters, when, its state, value, workdays and
who took part. The checks are ``core.works.validate_work``'s, shown next to each field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget
from sqlalchemy.orm import Session

from doan_desktop.core import works as core
from doan_desktop.core.chapters import list_chapters
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.record_form import (
    ChapterChecklist,
    NumberField,
    RecordForm,
    day_field,
    note_field,
)
from doan_desktop.ui.widgets.person_picker import PeopleListField, load_choices


class WorkForm(RecordForm):
    notify_kind = "work"

    def __init__(
        self,
        context: AppContext,
        work_id: str | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        chapter_id: str | None = None,
    ):
        super().__init__(context, work_id, parent, today)
        self.setWindowTitle(
            self.tr("Edit youth work or task") if work_id else self.tr("New youth work or task")
        )
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example Thắp sáng đường quê"))
        self.kind = QComboBox()
        for code, label in core.kind_labels().items():
            self.kind.addItem(label, code)
        self.state = QComboBox()
        for code, label in core.state_labels().items():
            self.state.addItem(label, code)
        self.start_date = day_field(today)
        self.end_date = day_field(today)
        self.value_field = NumberField(unit=self.tr("đồng"))
        self.workdays = NumberField()
        self.participant_count = NumberField()
        self.chapters = ChapterChecklist()
        self.people = PeopleListField()
        self.description = note_field(3)

        left = self.new_form()
        self.add_field(left, "name", self.tr("Name *"), self.name)
        self.add_field(left, "kind", self.tr("Kind *"), self.kind)
        self.add_field(left, "state", self.tr("State *"), self.state)
        self.add_field(left, "start_date", self.tr("Start *"), self.start_date)
        self.add_field(left, "end_date", self.tr("End"), self.end_date)
        self.add_field(left, "value", self.tr("Value (đồng)"), self.value_field)
        self.add_field(left, "workdays", self.tr("Workdays"), self.workdays)
        self.add_field(
            left, "participant_count", self.tr("Participants (number)"), self.participant_count
        )
        self.add_field(left, "description", self.tr("Description"), self.description, grow=True)
        right = self.new_form()
        self.add_field(right, "chapter_ids", self.tr("Chapters *"), self.chapters)
        self.add_field(right, "participant_ids", self.tr("People named"), self.people, grow=True)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)

        with context.database.session() as session:
            chapters = list_chapters(session)
            self.people.set_choices(load_choices(session))
            detail = core.get_work(session, work_id) if work_id else None
        self.chapters.set_chapters([(c.id, c.name) for c in chapters])
        if detail:
            self._load(detail)
        elif chapter_id:
            self.chapters.set_checked([chapter_id])
        self.chain_tab_order(
            self.name, self.kind, self.state, self.start_date, self.end_date, self.value_field,
            self.workdays, self.participant_count, self.description, self.chapters,
            self.people.picker, self.people.remove_button, self.people.list,
        )  # fmt: skip
        self.finish(columns)
        self.resize(940, 600)

    def _load(self, detail: core.WorkDetail) -> None:
        data = detail.data
        self.name.setText(data.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.state.setCurrentIndex(max(0, self.state.findData(data.state)))
        self.start_date.setText(str(data.start_date or ""))
        self.end_date.setText(str(data.end_date or ""))
        self.value_field.set_number(int(data.value))
        self.workdays.set_number(int(data.workdays))
        self.participant_count.set_number(int(data.participant_count))
        self.chapters.set_checked(data.chapter_ids)
        self.people.set_people(
            [(i, detail.participant_names.get(i, "")) for i in data.participant_ids]
        )
        self.description.setPlainText(data.description)

    def value(self) -> core.WorkInput:
        return core.WorkInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            state=self.state.currentData(),
            chapter_ids=self.chapters.checked_ids(),
            start_date=self.start_date.text(),
            end_date=self.end_date.text(),
            value=self.value_field.text(),
            workdays=self.workdays.text(),
            participant_count=self.participant_count.text(),
            participant_ids=self.people.ids(),
            description=self.description.toPlainText(),
        )

    def validate(self, session: Session, data: core.WorkInput):
        return core.validate_work(session, data)

    def save(self, session: Session, data: core.WorkInput) -> str:
        return core.save_work(session, data, self.record_id)
