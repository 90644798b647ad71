"""The form of a volunteer drive: field, dates, teams and volunteers, participation in lượt,
people helped, value, the chapter (or the whole commune) and who took part."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget
from sqlalchemy.orm import Session

from doan_desktop.core import volunteering as core
from doan_desktop.core.chapters import list_chapters
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.record_form import NumberField, RecordForm, day_field, note_field
from doan_desktop.ui.widgets.person_picker import PeopleListField, load_choices

COMMUNE = ""


class VolunteerForm(RecordForm):
    notify_kind = "volunteering"

    def __init__(
        self,
        context: AppContext,
        drive_id: str | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(context, drive_id, parent, today)
        self.setWindowTitle(
            self.tr("Edit volunteer drive") if drive_id else self.tr("New volunteer drive")
        )
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example Ngày Chủ nhật xanh"))
        self.field_choice = QComboBox()
        for code, label in core.field_labels().items():
            self.field_choice.addItem(label, code)
        self.chapter = QComboBox()
        self.chapter.addItem(self.tr("The whole commune"), COMMUNE)
        self.start_date = day_field(today)
        self.end_date = day_field(today)
        self.teams = NumberField()
        self.volunteers = NumberField()
        self.participation = NumberField(unit=self.tr("lượt: person-times"))
        self.people_helped = NumberField()
        self.value_field = NumberField(unit=self.tr("đồng"))
        self.people = PeopleListField()
        self.description = note_field(3)

        left = self.new_form()
        self.add_field(left, "name", self.tr("Name *"), self.name)
        self.add_field(left, "field", self.tr("Field *"), self.field_choice)
        self.add_field(left, "chapter_id", self.tr("Chapter"), self.chapter)
        self.add_field(left, "start_date", self.tr("Start *"), self.start_date)
        self.add_field(left, "end_date", self.tr("End"), self.end_date)
        self.add_field(left, "teams", self.tr("Teams (đội hình)"), self.teams)
        self.add_field(left, "volunteers", self.tr("Volunteers"), self.volunteers)
        self.add_field(left, "participation", self.tr("Participation (lượt)"), self.participation)
        self.add_field(left, "people_helped", self.tr("People helped"), self.people_helped)
        self.add_field(left, "value", self.tr("Value (đồng)"), self.value_field)
        right = self.new_form()
        self.add_field(right, "participant_ids", self.tr("People named"), self.people, grow=True)
        self.add_field(right, "description", self.tr("Description"), self.description, grow=True)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)

        with context.database.session() as session:
            for chapter in list_chapters(session):
                self.chapter.addItem(chapter.name, chapter.id)
            self.people.set_choices(load_choices(session))
            detail = core.get_drive(session, drive_id) if drive_id else None
        if detail:
            self._load(detail)
        self.chain_tab_order(
            self.name, self.field_choice, self.chapter, self.start_date, self.end_date,
            self.teams, self.volunteers, self.participation, self.people_helped,
            self.value_field, self.people.picker, self.people.remove_button, self.people.list,
            self.description,
        )  # fmt: skip
        self.finish(columns)
        self.resize(920, 540)

    def _load(self, detail: core.DriveDetail) -> None:
        data = detail.data
        self.name.setText(data.name)
        self.field_choice.setCurrentIndex(max(0, self.field_choice.findData(data.field)))
        self.chapter.setCurrentIndex(max(0, self.chapter.findData(data.chapter_id or COMMUNE)))
        self.start_date.setText(str(data.start_date or ""))
        self.end_date.setText(str(data.end_date or ""))
        for key in core.NUMBERS:
            self._number(key).set_number(int(getattr(data, key)))
        self.people.set_people(
            [(i, detail.participant_names.get(i, "")) for i in data.participant_ids]
        )
        self.description.setPlainText(data.description)

    def _number(self, key: str) -> NumberField:
        return self.value_field if key == "value" else getattr(self, key)

    def value(self) -> core.DriveInput:
        return core.DriveInput(
            name=self.name.text(),
            field=self.field_choice.currentData(),
            start_date=self.start_date.text(),
            end_date=self.end_date.text(),
            teams=self.teams.text(),
            volunteers=self.volunteers.text(),
            participation=self.participation.text(),
            people_helped=self.people_helped.text(),
            value=self.value_field.text(),
            chapter_id=self.chapter.currentData() or None,
            participant_ids=self.people.ids(),
            description=self.description.toPlainText(),
        )

    def validate(self, session: Session, data: core.DriveInput):
        return core.validate_drive(session, data)

    def save(self, session: Session, data: core.DriveInput) -> str:
        return core.save_drive(session, data, self.record_id)
