"""The training form: what was taught, when, where and by whom, and who took part.

The left column holds the facts of the training; the right, its participants — people from the
roster (picked from a searchable list) and guests — with their result and certificate number.
Every change is checked by ``core.trainings.validate_training``; its messages appear next to
the fields (a participant's next to the table, their row tinted) and Save stays disabled
while anything is wrong, so nothing partial is ever written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.core import clock
from doan_desktop.core import trainings as core
from doan_desktop.core.roster import PersonRow, list_people
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.forms import with_message
from doan_desktop.ui.icons import icon
from doan_desktop.ui.models.chapters_model import ROW_ROLE, SearchSortProxy
from doan_desktop.ui.models.trainings_model import (
    P_CERTIFICATE,
    P_DETAIL,
    P_NAME,
    P_RESULT,
    ParticipantsModel,
    PeoplePickModel,
)
from doan_desktop.ui.pages import muted_label
from doan_desktop.ui.touched import TouchedFields
from doan_desktop.ui.widgets.field_message import FieldMessage

# ---------------------------------------------------------------------------- the people picker


class PersonPicker(QDialog):
    """People of the roster, searched as you type (without diacritics); several may be chosen."""

    def __init__(self, people: list[PersonRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add from the roster"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, chapter or office…"))
        self.search.setClearButtonEnabled(True)
        self.model = PeoplePickModel(self)
        self.model.set_rows(people)
        self.proxy = SearchSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.count = muted_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Add"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        # Enter in the search box goes to the list; Enter in the list adds.
        self.search.returnPressed.connect(self._to_table)
        self.table.activated.connect(lambda _i: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self._filter("")
        self.resize(720, 520)

    def _filter(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update()

    def _to_table(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def _update(self, *_args) -> None:
        chosen = len(self.table.selectionModel().selectedRows())
        self.count.setText(
            self.tr("{shown} of {total} people shown; {chosen} chosen").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount(), chosen=chosen
            )
        )
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(chosen > 0)

    def chosen(self) -> list[PersonRow]:
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(ROW_ROLE) for i in rows]


def choose_people(parent: QWidget, context: AppContext, exclude: set[str]) -> list[PersonRow]:
    """People chosen from the roster (not those already listed). Tests replace this."""
    with context.database.session() as session:
        people = [p for p in list_people(session) if p.id not in exclude]
    picker = PersonPicker(people, parent)
    return picker.chosen() if picker.exec() == QDialog.Accepted else []


# ---------------------------------------------------------------------------- editors


class _ResultDelegate(QStyledItemDelegate):
    def createEditor(self, parent, _option, _index):  # noqa: N802 - Qt's name
        combo = QComboBox(parent)
        labels = core.result_labels()
        for code in core.RESULTS:
            combo.addItem(labels[code], code)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.EditRole))))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.EditRole)


# ---------------------------------------------------------------------------- the form

FIELDS = (
    "title",
    "kind",
    "level",
    "state",
    "start_date",
    "end_date",
    "hours",
    "place",
    "trainers",
    "topics",
)


class TrainingForm(QDialog):
    """A new training (``training_id`` None) or a recorded one."""

    def __init__(
        self,
        context: AppContext,
        training_id: str | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        for_club: bool = False,
    ):
        super().__init__(parent)
        self.context = context
        self.training_id = training_id
        self.saved_id: str | None = None
        self.saved = False
        self._today = today
        self._loading = True
        self._dirty = False
        self.problems = Problems()
        self.setWindowTitle(self.tr("Training") if training_id else self.tr("New training"))
        self._build()
        # A field's message shows once the clerk has left it or pressed Save (ui/touched.py).
        self.touched = TouchedFields(self)
        for key in FIELDS:
            self.touched.watch(key, getattr(self, key))
        self.touched.watch("participants", self.participants)
        self.touched.left.connect(lambda _key: self._validate())
        if training_id:
            with context.database.session() as session:
                detail = core.get_training(session, training_id)
            self._load(detail)
        else:
            self.start_date.setText(self.today().strftime("%d/%m/%Y"))
            self.for_club.setChecked(for_club)
        self._loading = False
        self._validate()

    def today(self) -> dt.date:
        return self._today or clock.today()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("for example Phòng chống ma túy"))
        self.title.setMaxLength(300)
        self.kind = QComboBox()
        for code, label in core.kind_labels().items():
            self.kind.addItem(label, code)
        self.level = QComboBox()
        for code, label in core.level_labels().items():
            self.level.addItem(label, code)
        self.state = QComboBox()
        self.state.addItem(self.tr("Held (results recorded)"), core.HELD)
        self.state.addItem(self.tr("Planned (people invited)"), core.PLANNED)
        self.start_date = QLineEdit()
        self.end_date = QLineEdit()
        for field in (self.start_date, self.end_date):
            field.setPlaceholderText(self.tr("dd/mm/yyyy"))
            field.setMaxLength(10)
            field.setFixedWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 24)
        self.end_date.setToolTip(self.tr("Leave empty for a training of one day"))
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("e.g. 7,5"))
        self.hours.setMaxLength(8)
        self.hours.setFixedWidth(self.fontMetrics().horizontalAdvance("0000,00") + 40)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("for example Hội trường UBND xã"))
        self.trainers = QLineEdit()
        self.trainers.setPlaceholderText(self.tr("who taught, with their office"))
        self.topics = QPlainTextEdit()
        self.topics.setTabChangesFocus(True)
        self.topics.setPlaceholderText(self.tr("the topics covered, one per line"))
        self.topics.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.for_club = QCheckBox(self.tr("For the secretaries' club"))
        self.for_club.setToolTip(
            self.tr("A training of the club of residential chapter secretaries")
        )
        self.note = QLineEdit()

        self.messages: dict[str, FieldMessage] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)

        def row(key: str, label: str, widget: QWidget, message_for: QWidget | None = None):
            cell, message = with_message(widget)
            if message_for is not None:
                message.field = message_for
            self.messages[key] = message
            title = QLabel(label)
            title.setBuddy(message_for or widget)
            form.addRow(title, cell)

        row("title", self.tr("Title *"), self.title)
        row("kind", self.tr("Kind *"), self.kind)
        row("level", self.tr("Organised by *"), self.level)
        row("state", self.tr("State *"), self.state)
        dates = QWidget()
        dates_layout = QHBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(self.start_date)
        until = QLabel(self.tr("to"))
        until.setBuddy(self.end_date)
        dates_layout.addWidget(until)
        dates_layout.addWidget(self.end_date)
        dates_layout.addStretch(1)
        row("start_date", self.tr("Dates *"), dates, self.start_date)
        self.messages["end_date"] = FieldMessage(field=self.end_date)
        form.addRow("", self.messages["end_date"])
        row("hours", self.tr("Hours"), self.hours)
        row("place", self.tr("Place"), self.place)
        row("trainers", self.tr("Trainers"), self.trainers)
        row("topics", self.tr("Topics"), self.topics)
        form.addRow("", self.for_club)
        row("note", self.tr("Note"), self.note)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addStretch(1)
        left.setFixedWidth(440)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Participants"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.participant_count = muted_label()
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.participant_count, 1)
        right_layout.addLayout(top)
        self.participants_model = ParticipantsModel(self)
        self.participants = QTableView()
        self.participants.setModel(self.participants_model)
        self.participants.setItemDelegateForColumn(P_RESULT, _ResultDelegate(self.participants))
        self.participants.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.participants.setSelectionMode(QAbstractItemView.SingleSelection)
        self.participants.setEditTriggers(
            QAbstractItemView.DoubleClicked
            | QAbstractItemView.SelectedClicked
            | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed
        )
        self.participants.setTabKeyNavigation(False)
        self.participants.verticalHeader().setVisible(False)
        self.participants.setWordWrap(False)
        header = self.participants.horizontalHeader()
        header.setSectionResizeMode(P_NAME, QHeaderView.Stretch)
        header.setSectionResizeMode(P_DETAIL, QHeaderView.Stretch)
        header.setSectionResizeMode(P_RESULT, QHeaderView.Interactive)
        header.setSectionResizeMode(P_CERTIFICATE, QHeaderView.Interactive)
        self.participants.setColumnWidth(P_RESULT, 120)
        self.participants.setColumnWidth(P_CERTIFICATE, 130)
        right_layout.addWidget(self.participants, 1)
        self.messages["participants"] = FieldMessage(field=None)
        right_layout.addWidget(self.messages["participants"])
        tools = QHBoxLayout()
        self.add_people_button = QPushButton(icon("add"), self.tr("Add from the roster…"))
        self.add_guest_button = QPushButton(icon("add"), self.tr("Add a guest"))
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"))
        self.all_completed_button = QPushButton(self.tr("Everyone completed"))
        self.all_completed_button.setToolTip(
            self.tr("Mark every participant as having completed the training")
        )
        for button in (
            self.add_people_button,
            self.add_guest_button,
            self.remove_button,
            self.all_completed_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        right_layout.addLayout(tools)
        right_layout.addWidget(
            muted_label(
                self.tr(
                    "Double-click a result to change it; a certificate number can be typed "
                    "for someone who completed the training."
                )
            )
        )

        self.delete_button = QPushButton(icon("delete"), self.tr("Move to trash"))
        self.delete_button.setVisible(bool(self.training_id))
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #c62828;")
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(icon("save"), self.tr("Save"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        body = QHBoxLayout()
        body.addWidget(left)
        body.addSpacing(8)
        body.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        for key, widget in (
            ("title", self.title),
            ("start_date", self.start_date),
            ("end_date", self.end_date),
            ("hours", self.hours),
            ("place", self.place),
            ("trainers", self.trainers),
            ("note", self.note),
        ):
            widget.textChanged.connect(lambda _t, k=key: self._changed(k))
        self.start_date.editingFinished.connect(lambda: self._tidy_date(self.start_date))
        self.end_date.editingFinished.connect(lambda: self._tidy_date(self.end_date))
        self.topics.textChanged.connect(lambda: self._changed("topics"))
        self.kind.currentIndexChanged.connect(lambda _i: self._changed("kind"))
        self.level.currentIndexChanged.connect(lambda _i: self._changed("level"))
        self.state.currentIndexChanged.connect(lambda _i: self._state_changed())
        self.for_club.toggled.connect(lambda _c: self._changed("for_club"))
        self.participants_model.changed.connect(lambda: self._changed("participants"))
        self.participants.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_people_button.clicked.connect(self.add_people)
        self.add_guest_button.clicked.connect(self.add_guest)
        self.remove_button.clicked.connect(self.remove_participant)
        self.all_completed_button.clicked.connect(
            lambda: self.participants_model.set_all(core.COMPLETED)
        )
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.Save, self, activated=self.save)
        QShortcut(QKeySequence.Delete, self.participants, activated=self.remove_participant)

        available = self.screen().availableGeometry() if self.screen() else None
        width, height = 1180, 680
        if available is not None:
            width, height = min(width, available.width() - 20), min(height, available.height() - 40)
        self.resize(width, height)
        self._update_buttons()

    # ------------------------------------------------------------------ loading and reading

    def _load(self, detail: core.TrainingDetail) -> None:
        data = detail.data
        self.title.setText(data.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.level.setCurrentIndex(max(0, self.level.findData(data.level)))
        self.state.setCurrentIndex(max(0, self.state.findData(data.state)))
        self.participants_model.set_state(data.state)
        self.start_date.setText(data.start_date)
        self.end_date.setText(data.end_date)
        self.hours.setText(data.hours)
        self.place.setText(data.place)
        self.trainers.setText(data.trainers)
        self.topics.setPlainText(data.topics)
        self.for_club.setChecked(data.for_club)
        self.note.setText(data.note)
        self.participants_model.set_participants(detail.participants)
        for field in (self.title, self.place, self.trainers, self.note):
            field.setCursorPosition(0)  # the start of a long title, not its end

    def data(self) -> core.TrainingInput:
        return core.TrainingInput(
            title=self.title.text(),
            kind=self.kind.currentData(),
            level=self.level.currentData(),
            state=self.state.currentData(),
            start_date=self.start_date.text(),
            end_date=self.end_date.text(),
            place=self.place.text(),
            trainers=self.trainers.text(),
            topics=self.topics.toPlainText(),
            hours=self.hours.text(),
            for_club=self.for_club.isChecked(),
            note=self.note.text(),
            participants=self.participants_model.inputs(),
        )

    # ------------------------------------------------------------------ checking

    def _tidy_date(self, field: QLineEdit) -> None:
        value, error = core.parse_training_date(field.text())
        if value is not None and not error:
            field.setText(value.strftime("%d/%m/%Y"))

    def _changed(self, key: str) -> None:
        if self._loading:
            return
        self._dirty = True
        if key == "participants":
            # People added or a result chosen: a finished action, like leaving a field.
            self.touched.touch(key)
        self._validate()

    def _state_changed(self) -> None:
        self.participants_model.set_state(self.state.currentData())
        self._update_buttons()
        self._changed("state")

    def _validate(self, show_all: bool = False) -> Problems:
        with self.context.database.session() as session:
            problems = core.validate_training(session, self.data(), self.today())
        self.problems = problems
        if show_all:
            self.touched.touch_all((*FIELDS, "participants"))
        shown = {key for key in (*FIELDS, "participants") if self.touched.shows(key)}
        for key, message in self.messages.items():
            if key == "participants":
                continue
            if key in shown:
                message.show_problems(problems, key)
            else:
                message.clear()
        rows = {
            int(key.split(".")[1]) for key in problems.errors if key.startswith("participants.")
        }
        self.participants_model.set_problem_rows(rows if "participants" in shown else set())
        first = core.participant_problem(problems) if "participants" in shown else None
        if first is not None:
            self.messages["participants"].show_error(first[2])
        else:
            self.messages["participants"].clear()
        self.save_button.setEnabled(problems.ok)
        if problems.ok:
            tip = ""
        elif any(key.split(".")[0] in shown for key in problems.errors):
            tip = self.tr("Correct the fields marked in red first")
        else:
            tip = self.tr(
                "Save becomes available once the fields marked * are filled in correctly."
            )
        self.save_button.setToolTip(tip)
        self._update_count()
        return problems

    def _update_count(self) -> None:
        rows = self.participants_model.participants()
        if self.state.currentData() == core.PLANNED:
            text = self.tr("{n} invited").format(n=len(rows))
        else:
            took_part = sum(1 for r in rows if r.result in core.TOOK_PART)
            completed = sum(1 for r in rows if r.result == core.COMPLETED)
            text = self.tr("{n} listed, {took} took part, {done} completed").format(
                n=len(rows), took=took_part, done=completed
            )
        self.participant_count.setText(text)

    def _update_buttons(self, *_args) -> None:
        has = self.participants.selectionModel().hasSelection()
        self.remove_button.setEnabled(has)
        self.all_completed_button.setEnabled(self.state.currentData() == core.HELD)

    # ------------------------------------------------------------------ participants

    def add_people(self) -> None:
        chosen = choose_people(self, self.context, self.participants_model.person_ids())
        if not chosen:
            return
        result = self.participants_model.default_result()
        first = self.participants_model.add(
            [
                core.ParticipantView(p.id, p.full_name, p.chapter, result, "", p.sort_key)
                for p in chosen
            ]
        )
        self.participants.selectRow(first)
        self.participants.setFocus()

    def add_guest(self) -> None:
        result = self.participants_model.default_result()
        row = self.participants_model.add([core.ParticipantView(None, "", "", result, "")])
        index = self.participants_model.index(row, P_NAME)
        self.participants.setCurrentIndex(index)
        self.participants.setFocus()
        self.participants.edit(index)

    def remove_participant(self) -> None:
        rows = self.participants.selectionModel().selectedRows()
        if rows:
            self.participants_model.remove(rows[0].row())

    def set_certificate(self, row: int, number: str) -> bool:
        return self.participants_model.setData(
            self.participants_model.index(row, P_CERTIFICATE), number
        )

    def set_result(self, row: int, result: str) -> bool:
        return self.participants_model.setData(self.participants_model.index(row, P_RESULT), result)

    # ------------------------------------------------------------------ actions

    def save(self) -> bool:
        problems = self._validate(show_all=True)
        if not problems.ok:
            return False
        try:
            with self.context.database.session() as session:
                self.saved_id = core.save_training(
                    session, self.data(), self.training_id, today=self.today()
                )
        except ValidationError as error:  # the roster changed under the form
            self.problems = error.problems
            for key, message in self.messages.items():
                message.show_problems(error.problems, key)
            self.status_label.setText(self.tr("Not saved: correct the fields marked in red."))
            self.save_button.setEnabled(False)
            return False
        self.saved = True
        self._dirty = False
        self.context.notify("training")
        self.accept()
        return True

    def delete(self) -> None:
        if not self.training_id:
            return
        if not prompts.ask_yes_no(
            self,
            self.tr("Move to trash"),
            self.tr("Move the training \u201c{title}\u201d to the trash?").format(
                title=self.title.text()
            ),
        ):
            return
        with self.context.database.session() as session:
            core.delete_training(session, self.training_id)
        self.saved = True
        self.context.notify("training")
        self.accept()

    def reject(self) -> None:
        if self._dirty and not prompts.ask_yes_no(
            self,
            self.tr("Close without saving"),
            self.tr("The changes to this training are not saved. Close and lose them?"),
        ):
            return
        super().reject()
