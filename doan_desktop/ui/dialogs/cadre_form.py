"""The form of a cadre plan (quy hoạch, tạo nguồn): the person, the office planned, the term,
notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from doan_desktop.core import cadres as core
from doan_desktop.core.roster import person_name
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.record_form import RecordForm, note_field
from doan_desktop.ui.widgets.person_picker import PersonPicker, load_choices


class CadreForm(RecordForm):
    notify_kind = "cadre_plan"

    def __init__(
        self,
        context: AppContext,
        plan_id: str | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(context, plan_id, parent, today)
        self.setWindowTitle(self.tr("Edit cadre plan") if plan_id else self.tr("New cadre plan"))
        self.person = PersonPicker()
        self.office = QComboBox()
        self.office.setEditable(True)
        self.office.addItems(core.SUGGESTED_OFFICES)
        self.office.setCurrentIndex(-1)
        self.office.lineEdit().setPlaceholderText(self.tr("for example Phó Bí thư Đoàn xã"))
        self.term = QLineEdit()
        self.term.setPlaceholderText(self.tr("for example 2027–2032"))
        self.note = note_field(4)

        form = self.new_form()
        self.add_field(form, "person_id", self.tr("Person *"), self.person)
        self.add_field(form, "planned_office", self.tr("Planned office *"), self.office)
        self.add_field(form, "term", self.tr("Term *"), self.term)
        self.add_field(form, "note", self.tr("Notes"), self.note, grow=True)

        with context.database.session() as session:
            self.person.set_choices(load_choices(session))
            data = core.get_cadre_plan(session, plan_id) if plan_id else None
            name = person_name(session, data.person_id) if data else ""
        if data:
            self.person.set_person(data.person_id, name)
            self.office.setCurrentText(data.planned_office)
            self.term.setText(data.term)
            self.note.setPlainText(data.note)
        self.finish(form)
        self.resize(620, 380)

    def value(self) -> core.CadreInput:
        return core.CadreInput(
            person_id=self.person.person_id() or None,
            planned_office=self.office.currentText(),
            term=self.term.text(),
            note=self.note.toPlainText(),
        )

    def validate(self, session: Session, data: core.CadreInput):
        return core.validate_cadre_plan(session, data, self.record_id)

    def save(self, session: Session, data: core.CadreInput) -> str:
        return core.save_cadre_plan(session, data, self.record_id)
