"""The meeting form: what was held, who came, what was said and decided.

The left column holds the facts of the meeting (kind, chapter, date and times, place, chair and
secretary); the tabs on the right hold the attendance and guests, the agenda and the discussion,
and the conclusions and vote. A monthly or themed meeting may also list the chapter's own youth
(not members) with "Include the chapter's youth"; the minutes then count members and youth.
Every change is checked by ``core.meetings.validate_meeting`` and its messages appear next to
the fields; Save stays disabled while anything is wrong. Final minutes open read-only with a
banner; "Reopen for correction" asks why.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.core import clock
from doan_desktop.core import meetings as core
from doan_desktop.core.chapters import list_chapters
from doan_desktop.core.meeting_kinds import (
    CHAPTER_MEETING_KINDS,
    JOINT,
    MEETING_KINDS,
    MONTHLY,
    PRESENT,
    THEME_KINDS,
    THEMED,
    attendance_labels,
    meeting_kind_labels,
)
from doan_desktop.core.text import clean
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.documents.minutes import build_minutes_pdf
from doan_desktop.documents.minutes_docx import build_minutes_docx
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.print_preview import PrintPreviewDialog
from doan_desktop.ui.forms import with_message
from doan_desktop.ui.icons import icon
from doan_desktop.ui.models.meetings_model import STATUS, AttendanceModel
from doan_desktop.ui.touched import TouchedFields
from doan_desktop.ui.widgets.field_message import FieldMessage

NONE = ""


def _local(moment: dt.datetime) -> str:
    """A stored UTC time as the clerk's local date and time."""
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M")


# ---------------------------------------------------------------------------- the reason prompt


class ReasonDialog(QDialog):
    """Why final minutes are reopened: required, so OK waits for some text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen for correction"))
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr(
                "The minutes go back to draft so they can be corrected. Say what is being "
                "corrected and why; it is kept with the meeting."
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        layout.addWidget(self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Reopen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._update)
        self._update()
        self.resize(460, 220)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(clean(self.text.toPlainText())))

    def reason(self) -> str:
        return clean(self.text.toPlainText())


def ask_reopen_reason(parent: QWidget | None) -> str | None:
    """The reason typed, or None when the clerk cancels. Tests replace this function."""
    dialog = ReasonDialog(parent)
    return dialog.reason() if dialog.exec() == QDialog.Accepted else None


def open_print_preview(parent: QWidget | None, context: AppContext, meeting_id: str) -> None:
    """The minutes as they print (a draft carries its mark), with printing and saving."""
    with context.database.session() as session:
        data = core.minutes_data(session, meeting_id)
    name = "Biên bản {body} {date}".format(
        body=data.issuing_body, date=data.date.strftime("%d-%m-%Y")
    )
    dialog = PrintPreviewDialog(
        build_minutes_pdf(data), lambda: build_minutes_docx(data), name, parent
    )
    dialog.exec()


# ---------------------------------------------------------------------------- editors


class _StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent, _option, _index):  # noqa: N802 - Qt's name
        combo = QComboBox(parent)
        for code, label in attendance_labels().items():
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.EditRole))))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.EditRole)


class _SpeakerDelegate(QStyledItemDelegate):
    """The speaker: one of those present or a guest, or a name typed."""

    def __init__(self, names, parent=None):
        super().__init__(parent)
        self._names = names

    def createEditor(self, parent, _option, _index):  # noqa: N802
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(self._names())
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentText(index.data(Qt.EditRole) or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, clean(editor.currentText()), Qt.EditRole)


class ListEditor(QWidget):
    """An ordered, editable table of rows with Add, Remove, Up and Down."""

    def __init__(self, headers: list[str], add_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(
            QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        for column in range(len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.Stretch)
        self.add_button = QPushButton(icon("add"), add_text)
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.up_button.setToolTip(self.tr("Move the selected line up"))
        self.down_button.setToolTip(self.tr("Move the selected line down"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))

    def rows(self) -> list[list[str]]:
        return [
            [
                (self.table.item(r, c).text() if self.table.item(r, c) else "")
                for c in range(self.table.columnCount())
            ]
            for r in range(self.table.rowCount())
        ]

    def set_rows(self, rows: list[list[str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self.table.itemChanged.emit(None)

    def _append(self, values: list[str]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = values[column] if column < len(values) else ""
            self.table.setItem(row, column, QTableWidgetItem(text))
        return row

    def add_row(self, values: list[str] | None = None) -> int:
        row = self._append(values or [])
        self.table.setCurrentCell(row, 0)
        if values is None:
            self.table.editItem(self.table.item(row, 0))
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.table.itemChanged.emit(None)

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.rows()
        rows[row], rows[target] = rows[target], rows[row]
        self.set_rows(rows)
        self.table.setCurrentCell(target, 0)

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(
            QAbstractItemView.NoEditTriggers
            if read_only
            else QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed
        )
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(not read_only)


# ---------------------------------------------------------------------------- the form


class MeetingForm(QDialog):
    """A new meeting (``meeting_id`` None) or a recorded one."""

    def __init__(
        self,
        context: AppContext,
        meeting_id: str | None = None,
        parent: QWidget | None = None,
        *,
        kind: str = MONTHLY,
        chapter_id: str | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self._today = today
        self._state = "draft"
        self._loading = True
        self._problems = Problems()
        self._dirty = False
        self._settled = False
        self.saved = False
        self.setWindowTitle(self.tr("Meeting"))
        self._build()
        # A field's message shows once the clerk has left it or pressed Save (ui/touched.py).
        self.touched = TouchedFields(self)
        self._watch_fields()
        self.touched.left.connect(lambda _key: self._show(self._problems))
        with context.database.session() as session:
            self._chapters = list_chapters(session, include_inactive=True)
            detail = core.get_meeting(session, meeting_id) if meeting_id else None
        self._fill_chapters(detail)
        if detail is not None:
            self._load(detail)
        else:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
            if chapter_id:
                self.chapter.setCurrentIndex(max(0, self.chapter.findData(chapter_id)))
            self.date.setText(self.today().strftime("%d/%m/%Y"))
            self._set_month(self.today())
            self._reload_attendance()
        self._loading = False
        self._kind_changed(refill=False)
        self._apply_state()
        self._validate()
        # From here on any change is the clerk's, and closing would lose it.
        self._settled = True

    def today(self) -> dt.date:
        return self._today or clock.today()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff3e0; color: #5d4037; border: 1px solid #ffb74d; padding: 6px;"
        )
        self.banner.setVisible(False)

        self.kind = QComboBox()
        for code, label in meeting_kind_labels().items():
            if code in MEETING_KINDS:
                self.kind.addItem(label, code)
        self.chapter = QComboBox()
        self.participants = QListWidget()
        self.participants.setFixedHeight(96)
        self.for_month = QDateEdit()
        self.for_month.setDisplayFormat("MM/yyyy")
        self.for_month.setToolTip(self.tr("The month this meeting reports on"))
        self.theme = QLineEdit()
        self.theme.setPlaceholderText(self.tr("for example Phòng chống ma túy"))
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.date.setMaxLength(10)
        self.start_time = QLineEdit()
        self.start_time.setPlaceholderText("19:30")
        self.end_time = QLineEdit()
        self.end_time.setPlaceholderText("21:00")
        for field in (self.start_time, self.end_time):
            field.setMaxLength(5)
            field.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00") + 30)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("for example Nhà văn hóa thôn 3"))
        self.chair = QComboBox()
        self.secretary = QComboBox()
        for combo in (self.chair, self.secretary):
            combo.setToolTip(self.tr("Chosen from the people marked present"))

        self.messages: dict[str, FieldMessage] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        self._labels: dict[str, QLabel] = {}

        def row(key: str, label: str, widget: QWidget, message_for: QWidget | None = None):
            cell, message = with_message(widget)
            if message_for is not None:
                message.field = message_for
            self.messages[key] = message
            title = QLabel(label)
            title.setBuddy(message_for or widget)
            self._labels[key] = title
            form.addRow(title, cell)

        row("kind", self.tr("Kind *"), self.kind)
        row("chapter_id", self.tr("Chapter *"), self.chapter)
        row("participants", self.tr("Taking part *"), self.participants)
        row("for_month", self.tr("Month reported on"), self.for_month)
        row("theme", self.tr("Theme"), self.theme)
        row("date", self.tr("Date held *"), self.date)
        times = QWidget()
        times_layout = QHBoxLayout(times)
        times_layout.setContentsMargins(0, 0, 0, 0)
        times_layout.addWidget(self.start_time)
        until = QLabel(self.tr("to"))
        until.setBuddy(self.end_time)
        times_layout.addWidget(until)
        times_layout.addWidget(self.end_time)
        times_layout.addStretch(1)
        row("start_time", self.tr("Time"), times, self.start_time)
        self.messages["end_time"] = FieldMessage(field=self.end_time)
        form.addRow("", self.messages["end_time"])
        row("place", self.tr("Place"), self.place)
        row("chair_id", self.tr("Chair"), self.chair)
        row("secretary_id", self.tr("Secretary (minutes)"), self.secretary)
        self.history = QLabel()
        self.history.setObjectName("meetingHistory")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.PlainText)
        self.history.setStyleSheet("color: #546e7a;")
        self.history.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addSpacing(12)
        left_layout.addWidget(self.history)
        left_layout.addStretch(1)
        left.setFixedWidth(420)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._attendance_tab(), self.tr("Attendance and guests"))
        self.tabs.addTab(self._discussion_tab(), self.tr("Agenda and discussion"))
        self.tabs.addTab(self._decisions_tab(), self.tr("Conclusions and vote"))

        self.save_button = QPushButton(icon("save"), self.tr("Save draft"))
        self.save_button.setDefault(True)
        self.finalise_button = QPushButton(self.tr("Finalise"))
        self.finalise_button.setToolTip(
            self.tr("Save and make the minutes final (read-only). Needs a chair and a secretary.")
        )
        self.reopen_button = QPushButton(icon("edit"), self.tr("Reopen for correction"))
        self.delete_button = QPushButton(icon("delete"), self.tr("Move to trash"))
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.preview_button.setToolTip(
            self.tr("The minutes as they print, to print or save as PDF or Word")
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #c62828;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.preview_button)
        for button in (
            self.reopen_button,
            self.finalise_button,
            self.save_button,
            self.close_button,
        ):
            buttons.addWidget(button)

        body = QHBoxLayout()
        body.addWidget(left)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.chapter.currentIndexChanged.connect(lambda _i: self._chapter_changed())
        self.participants.itemChanged.connect(lambda _i: self._chapter_changed())
        self.date.editingFinished.connect(self._date_finished)
        self.date.textChanged.connect(self._date_typed)
        self._month_chosen = False
        self.for_month.editingFinished.connect(self._month_edited)
        for widget in (self.date, self.start_time, self.end_time, self.place, self.theme):
            widget.textChanged.connect(self._validate)
        self.for_month.dateChanged.connect(self._validate)
        self.chair.currentIndexChanged.connect(self._validate)
        self.secretary.currentIndexChanged.connect(self._validate)
        self.save_button.clicked.connect(lambda: self.save(finalise=False))
        self.finalise_button.clicked.connect(lambda: self.save(finalise=True))
        self.reopen_button.clicked.connect(self.reopen)
        self.delete_button.clicked.connect(self.delete)
        self.preview_button.clicked.connect(self.print_preview)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.Save, self, activated=lambda: self.save(finalise=False))

        available = self.screen().availableGeometry() if self.screen() else None
        width, height = 1260, 700
        if available is not None:
            width, height = min(width, available.width() - 20), min(height, available.height() - 40)
        self.resize(width, height)

    def _watch_fields(self) -> None:
        for key, widgets in (
            ("kind", (self.kind,)),
            ("chapter_id", (self.chapter,)),
            ("participants", (self.participants,)),
            ("for_month", (self.for_month,)),
            ("theme", (self.theme,)),
            ("date", (self.date,)),
            ("start_time", (self.start_time,)),
            ("end_time", (self.end_time,)),
            ("place", (self.place,)),
            ("chair_id", (self.chair,)),
            ("secretary_id", (self.secretary,)),
            ("attendance", (self.attendance,)),
            ("guests", (self.guests,)),
            ("discussion", (self.discussion,)),
            ("vote", (self.voted, self.vote_for, self.vote_against, self.vote_other)),
        ):
            self.touched.watch(key, *widgets)

    def _attendance_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.attendance_model = AttendanceModel(self)
        self.attendance = QTableView()
        self.attendance.setModel(self.attendance_model)
        self.attendance.setItemDelegateForColumn(STATUS, _StatusDelegate(self.attendance))
        self.attendance.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.attendance.setEditTriggers(
            QAbstractItemView.DoubleClicked
            | QAbstractItemView.SelectedClicked
            | QAbstractItemView.EditKeyPressed
        )
        self.attendance.verticalHeader().setVisible(False)
        self.attendance.setWordWrap(False)
        header = self.attendance.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Interactive)
        self.attendance.setColumnWidth(3, 220)
        tools = QHBoxLayout()
        self.all_present_button = QPushButton(self.tr("Mark everyone present"))
        self.reload_button = QPushButton(self.tr("Reload from the roster"))
        self.reload_button.setToolTip(
            self.tr("List again the people expected at this meeting, keeping the marks made")
        )
        hint = QLabel(
            self.tr("Double-click the attendance to change it; typing a reason marks an absence.")
        )
        hint.setStyleSheet("color: #546e7a;")
        hint.setWordWrap(True)
        tools.addWidget(self.all_present_button)
        tools.addWidget(self.reload_button)
        tools.addWidget(hint, 1)
        # A chapter's own youth (not members) may be invited to its monthly or themed meeting.
        self.youth = QCheckBox(self.tr("Include the chapter's youth"))
        self.youth.setToolTip(
            self.tr(
                "List the chapter's youth who are not members with the members, present or "
                "absent like them; the minutes then count members and youth"
            )
        )
        self.youth_note = QLabel()
        self.youth_note.setObjectName("youthNote")
        self.youth_note.setStyleSheet("color: #546e7a;")
        self.youth_note.setWordWrap(True)
        self.youth_row = QWidget()
        youth_layout = QHBoxLayout(self.youth_row)
        youth_layout.setContentsMargins(0, 0, 0, 0)
        youth_layout.addWidget(self.youth)
        youth_layout.addWidget(self.youth_note, 1)
        self.totals = QLabel()
        self.totals.setObjectName("attendanceTotals")
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        layout.addLayout(tools)
        layout.addWidget(self.youth_row)
        layout.addWidget(self.attendance, 3)
        self.messages["attendance"] = FieldMessage()
        layout.addWidget(self.messages["attendance"])
        layout.addWidget(self.totals)
        self.guests = ListEditor(
            [self.tr("Guest's name"), self.tr("Title or office")], self.tr("Add guest")
        )
        self.guests.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Interactive)
        self.guests.table.setColumnWidth(0, 220)
        guests_label = QLabel(self.tr("Guests (from outside the list above, counted apart)"))
        guests_label.setBuddy(self.guests.table)
        layout.addWidget(guests_label)
        layout.addWidget(self.guests, 1)
        self.messages["guests"] = FieldMessage()
        layout.addWidget(self.messages["guests"])
        self.attendance_model.changed.connect(self._attendance_changed)
        self.all_present_button.clicked.connect(self.attendance_model.mark_all_present)
        self.reload_button.clicked.connect(self._reload_attendance)
        self.youth.toggled.connect(self._youth_toggled)
        self.guests.table.itemChanged.connect(lambda _i: self._validate())
        return page

    def _discussion_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        agenda_label = QLabel(self.tr("Agenda items, in order"))
        self.agenda = ListEditor([self.tr("Item")], self.tr("Add item"))
        agenda_label.setBuddy(self.agenda.table)
        layout.addWidget(agenda_label)
        layout.addWidget(self.agenda, 2)
        discussion_label = QLabel(self.tr("Discussion: who spoke and what they said, in order"))
        self.discussion = ListEditor(
            [self.tr("Speaker"), self.tr("What they said")], self.tr("Add speech")
        )
        self.discussion.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Interactive)
        self.discussion.table.setColumnWidth(0, 190)
        self.discussion.table.setItemDelegateForColumn(
            0, _SpeakerDelegate(self._speaker_names, self.discussion.table)
        )
        discussion_label.setBuddy(self.discussion.table)
        layout.addWidget(discussion_label)
        layout.addWidget(self.discussion, 3)
        self.messages["discussion"] = FieldMessage()
        layout.addWidget(self.messages["discussion"])
        self.agenda.table.itemChanged.connect(lambda _i: self._validate())
        self.discussion.table.itemChanged.connect(lambda _i: self._discussion_changed())
        return page

    def _decisions_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.conclusions = QPlainTextEdit()
        self.conclusions.setTabChangesFocus(True)
        self.resolutions = QPlainTextEdit()
        self.resolutions.setTabChangesFocus(True)
        for label, widget in (
            (self.tr("The chair's conclusions"), self.conclusions),
            (self.tr("Resolutions (what was decided)"), self.resolutions),
        ):
            title = QLabel(label)
            title.setBuddy(widget)
            layout.addWidget(title)
            layout.addWidget(widget, 1)
        self.voted = QCheckBox(self.tr("A vote was held"))
        self.vote_for = QSpinBox()
        self.vote_against = QSpinBox()
        self.vote_other = QSpinBox()
        grid = QGridLayout()
        grid.addWidget(self.voted, 0, 0, 1, 6)
        for column, (label, spin) in enumerate(
            (
                (self.tr("For"), self.vote_for),
                (self.tr("Against"), self.vote_against),
                (self.tr("Other"), self.vote_other),
            )
        ):
            spin.setRange(0, 100000)
            title = QLabel(label)
            title.setBuddy(spin)
            grid.addWidget(title, 1, column * 2)
            grid.addWidget(spin, 1, column * 2 + 1)
        grid.setColumnStretch(6, 1)
        layout.addLayout(grid)
        self.messages["vote"] = FieldMessage()
        layout.addWidget(self.messages["vote"])
        self.voted.toggled.connect(self._vote_toggled)
        for spin in (self.vote_for, self.vote_against, self.vote_other):
            spin.valueChanged.connect(self._validate)
        self._vote_toggled(False)
        return page

    # ------------------------------------------------------------------ loading

    def _fill_chapters(self, detail: core.MeetingDetail | None) -> None:
        used = set()
        if detail is not None:
            used = {detail.data.chapter_id, *detail.data.participant_ids}
        chapters = [c for c in self._chapters if c.active or c.id in used]
        self.chapter.blockSignals(True)
        self.chapter.addItem(self.tr("— choose —"), NONE)
        for chapter in chapters:
            self.chapter.addItem(chapter.name, chapter.id)
        self.chapter.blockSignals(False)
        self.participants.blockSignals(True)
        for chapter in chapters:
            item = QListWidgetItem(chapter.name)
            item.setData(Qt.UserRole, chapter.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.participants.addItem(item)
        self.participants.blockSignals(False)

    def _load(self, detail: core.MeetingDetail) -> None:
        data = detail.data
        self._state = detail.state
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.chapter.setCurrentIndex(max(0, self.chapter.findData(data.chapter_id or NONE)))
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            checked = item.data(Qt.UserRole) in data.participant_ids
            item.setCheckState(Qt.Checked if checked else Qt.Unchecked)
        self.theme.setText(data.theme)
        self.date.setText(data.date)
        if data.for_month:
            self.for_month.setDate(QDate(int(data.for_month[:4]), int(data.for_month[5:7]), 1))
        else:
            date, _ = core.parse_meeting_date(data.date)
            self._set_month(date or self.today())
        self.start_time.setText(data.start_time)
        self.end_time.setText(data.end_time)
        self.place.setText(data.place)
        self.attendance_model.set_people(
            self._ordered(self._labelled(detail.attendees)), data.attendance
        )
        self.youth.blockSignals(True)
        self.youth.setChecked(data.kind in CHAPTER_MEETING_KINDS and bool(self._listed_youth()))
        self.youth.blockSignals(False)
        self._select(self.chair, data.chair_id)
        self._select(self.secretary, data.secretary_id)
        self.guests.set_rows([[g.name, g.title] for g in data.guests])
        self.agenda.set_rows([[item] for item in data.agenda])
        self.discussion.set_rows([[s.speaker, s.text] for s in data.discussion])
        self.conclusions.setPlainText(data.conclusions)
        self.resolutions.setPlainText(data.resolutions)
        voted = data.vote_for is not None
        self.voted.setChecked(voted)
        self.vote_for.setValue(data.vote_for or 0)
        self.vote_against.setValue(data.vote_against or 0)
        self.vote_other.setValue(data.vote_other or 0)
        self.setWindowTitle(self.tr("Meeting of {date}").format(date=data.date))
        self._show_history(detail)

    def _show_history(self, detail: core.MeetingDetail) -> None:
        lines = []
        if detail.finalised_at is not None:
            lines.append(self.tr("Finalised on {date}.").format(date=_local(detail.finalised_at)))
        for revision in detail.revisions:
            lines.append(
                self.tr("Reopened on {date}: {reason}").format(
                    date=_local(revision.at), reason=revision.reason
                )
            )
        self.history.setText("\n".join(lines))

    def _set_month(self, day: dt.date) -> None:
        self.for_month.setDate(QDate(day.year, day.month, 1))

    # ------------------------------------------------------------------ value

    def value(self) -> core.MeetingInput:
        kind = self.kind.currentData()
        month = self.for_month.date()
        participants = [
            self.participants.item(r).data(Qt.UserRole)
            for r in range(self.participants.count())
            if self.participants.item(r).checkState() == Qt.Checked
        ]
        voted = self.voted.isChecked()
        return core.MeetingInput(
            kind=kind,
            chapter_id=self.chapter.currentData() or None,
            participant_ids=participants if kind == JOINT else [],
            for_month=f"{month.year():04d}-{month.month():02d}" if kind == MONTHLY else "",
            theme=self.theme.text() if kind in THEME_KINDS else "",
            date=self.date.text(),
            start_time=self.start_time.text(),
            end_time=self.end_time.text(),
            place=self.place.text(),
            chair_id=self.chair.currentData() or None,
            secretary_id=self.secretary.currentData() or None,
            attendance=self.attendance_model.marks(),
            guests=[core.GuestInput(n, t) for n, t in self.guests.rows()],
            agenda=[row[0] for row in self.agenda.rows()],
            discussion=[core.SpeechInput(s, t) for s, t in self.discussion.rows()],
            conclusions=self.conclusions.toPlainText(),
            resolutions=self.resolutions.toPlainText(),
            vote_for=self.vote_for.value() if voted else None,
            vote_against=self.vote_against.value() if voted else None,
            vote_other=self.vote_other.value() if voted else None,
        )

    def is_final(self) -> bool:
        return self._state == "final"

    # ------------------------------------------------------------------ reactions

    def _kind_changed(self, refill: bool = True) -> None:
        kind = self.kind.currentData()
        chapter_kind = kind in (*CHAPTER_MEETING_KINDS, JOINT)
        for key, visible in (
            ("chapter_id", chapter_kind),
            ("participants", kind == JOINT),
            ("for_month", kind == MONTHLY),
            ("theme", kind in THEME_KINDS),
        ):
            self._labels[key].setVisible(visible)
            self.messages[key].parentWidget().setVisible(visible)
        self._labels["chapter_id"].setText(
            self.tr("Host chapter *") if kind == JOINT else self.tr("Chapter *")
        )
        self._labels["theme"].setText(self.tr("Theme *") if kind == THEMED else self.tr("Theme"))
        if refill and not self._loading:
            self._reload_attendance()
        self._update_youth_control()

    def _chapter_changed(self) -> None:
        host = self.chapter.currentData()
        self.participants.blockSignals(True)
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            is_host = item.data(Qt.UserRole) == host
            if is_host:
                item.setCheckState(Qt.Unchecked)
            flags = item.flags()
            item.setFlags(flags & ~Qt.ItemIsEnabled if is_host else flags | Qt.ItemIsEnabled)
        self.participants.blockSignals(False)
        if not self._loading:
            self._reload_attendance()
            self._update_youth_control()

    def _date_finished(self) -> None:
        date, error = core.parse_meeting_date(self.date.text())
        if error:
            return
        tidy = date.strftime("%d/%m/%Y")
        if tidy != self.date.text():
            self.date.setText(tidy)
        # Offices change over time: who was secretary depends on the date.
        if self.kind.currentData() not in CHAPTER_MEETING_KINDS:
            self._reload_attendance()

    def _date_typed(self, text: str) -> None:
        # A new monthly meeting reports on the month it is held in, unless the clerk says.
        date, error = core.parse_meeting_date(text)
        if not error and self.meeting_id is None and not self._month_chosen:
            self._set_month(date)

    def _month_edited(self) -> None:
        self._month_chosen = True

    def _reload_attendance(self) -> None:
        """The people expected for the kind, chapters and date chosen; marks are kept."""
        data = self.value()
        date, _ = core.parse_meeting_date(data.date)
        with self.context.database.session() as session:
            people = core.expected_people(
                session, data.kind, data.chapter_id, data.participant_ids, date or self.today()
            )
            if data.kind in CHAPTER_MEETING_KINDS and self.youth.isChecked():
                people += core.chapter_youth(session, data.chapter_id)
        people = self._labelled(people)
        kept = {p.person_id: p for p in self.attendance_model.people()}
        if self.meeting_id:  # those recorded stay on the list
            for person in people:
                kept.pop(person.person_id, None)
            recorded = [p for p in kept.values() if p.person_id in self._recorded_ids()]
            people = [*people, *recorded]
        self.attendance_model.set_people(self._ordered(people), self.attendance_model.marks())

    # ------------------------------------------------------------------ the chapter's youth

    def _labelled(self, people: list[core.ExpectedPerson]) -> list[core.ExpectedPerson]:
        """People as core lists them, the youth among them saying so beside the name."""
        youth = self.tr("Youth, {chapter}")
        return [
            dataclasses.replace(p, detail=youth.format(chapter=p.detail)) if p.youth else p
            for p in people
        ]

    @staticmethod
    def _ordered(people: list[core.ExpectedPerson]) -> list[core.ExpectedPerson]:
        """Members first, then the invited youth, each in roster order."""
        return sorted(people, key=lambda p: (p.youth, p.sort_key, p.person_id))

    def _listed_youth(self) -> list[core.ExpectedPerson]:
        return [p for p in self.attendance_model.people() if p.youth]

    def _update_youth_control(self) -> None:
        """Shown for the kinds that may invite youth; says how many the chapter has."""
        kind = self.kind.currentData()
        allowed = kind in CHAPTER_MEETING_KINDS
        self.youth_row.setVisible(allowed)
        chapter_id = self.chapter.currentData()
        if not allowed or not chapter_id:
            self.youth.setEnabled(False)
            self.youth_note.setText(self.tr("Choose the chapter first.") if allowed else "")
            return
        with self.context.database.session() as session:
            available = len(core.chapter_youth(session, chapter_id))
        listed = len(self._listed_youth())
        chapter = self.chapter.currentText()
        if not available and not listed:
            self.youth.blockSignals(True)
            self.youth.setChecked(False)
            self.youth.blockSignals(False)
        self.youth.setEnabled(not self.is_final() and bool(available or listed))
        if self.youth.isChecked():
            text = self.tr(
                "{count} youth on the list, marked like the members; the minutes count "
                "members and youth."
            ).format(count=listed)
        elif available:
            text = self.tr("{chapter} has {count} youth on the roster who are not members.").format(
                chapter=chapter, count=available
            )
        else:
            text = self.tr("{chapter} has no youth on the roster besides its members.").format(
                chapter=chapter
            )
        self.youth_note.setText(text)

    def _youth_toggled(self, on: bool) -> None:
        if self._loading:
            return
        if on:
            self._reload_attendance()
        elif not self._remove_youth():
            self.youth.blockSignals(True)
            self.youth.setChecked(True)
            self.youth.blockSignals(False)
        self._update_youth_control()

    def _remove_youth(self) -> bool:
        """Take the youth off the list; asks first when anything was marked for them."""
        model = self.attendance_model
        people, marks = model.people(), model.marks()
        youth = {p.person_id for p in people if p.youth}
        if not youth:
            return True
        roles = {self.chair.currentData(), self.secretary.currentData()} & youth
        marked = roles or youth & self._recorded_ids()
        marked = marked or any(
            m.person_id in youth and (m.status != PRESENT or m.reason) for m in marks
        )
        if marked:
            question = self.tr(
                "Take the {count} youth off the attendance list? What was marked for them is lost."
            ).format(count=len(youth))
            if roles:
                question += " " + self.tr("The chair or secretary chosen among them is cleared.")
            if not prompts.ask_yes_no(self, self.tr("Include the chapter's youth"), question):
                return False
        for combo in (self.chair, self.secretary):
            if combo.currentData() in youth:
                combo.setCurrentIndex(max(0, combo.findData(NONE)))
        model.set_people([p for p in people if not p.youth], marks)
        return True

    def _recorded_ids(self) -> set[str]:
        if not self.meeting_id:
            return set()
        with self.context.database.session() as session:
            return {a.person_id for a in core.get_meeting(session, self.meeting_id).data.attendance}

    def _attendance_changed(self) -> None:
        present = self.attendance_model.present_people()
        for combo in (self.chair, self.secretary):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not chosen —"), NONE)
            for person in present:
                combo.addItem(person.name, person.person_id)
            if chosen and combo.findData(chosen) < 0:
                # Kept (marked) so the clerk sees why it is refused rather than losing it.
                person = next(
                    (p for p in self.attendance_model.people() if p.person_id == chosen), None
                )
                combo.addItem(
                    self.tr("{name} (not present)").format(name=person.name if person else "?"),
                    chosen,
                )
            combo.setCurrentIndex(max(0, combo.findData(chosen or NONE)))
            combo.blockSignals(False)
        self._validate()

    def _select(self, combo: QComboBox, person_id: str | None) -> None:
        index = combo.findData(person_id or NONE)
        if index < 0 and person_id:
            self._attendance_changed()
            index = combo.findData(person_id)
        combo.setCurrentIndex(max(0, index))

    def _discussion_changed(self) -> None:
        self.discussion.table.resizeRowsToContents()
        self._validate()

    def _speaker_names(self) -> list[str]:
        names = [p.name for p in self.attendance_model.present_people()]
        names += [clean(name) for name, _ in self.guests.rows() if clean(name)]
        return names

    def _vote_toggled(self, on: bool) -> None:
        for spin in (self.vote_for, self.vote_against, self.vote_other):
            spin.setEnabled(on and not self.is_final())
        if on and self.vote_for.value() == 0 and not self._loading:
            self.vote_for.setValue(len(self.attendance_model.present_people()))
        self._validate()

    # ------------------------------------------------------------------ checking

    def _validate(self, *_args, finalising: bool = False) -> Problems:
        if self._loading:
            return self._problems
        self._dirty = self._dirty or self._settled
        data = self.value()
        with self.context.database.session() as session:
            problems = core.validate_meeting(
                session, data, self.meeting_id, self.today(), finalising=finalising
            )
        self._show(problems)
        total = core.totals(data)
        self.totals.setText(
            self.tr(
                "Expected {expected} · present {present} · absent with a reason {excused} · "
                "absent without a reason {absent} · guests {guests}"
            ).format(
                expected=total.expected,
                present=total.present,
                excused=total.excused,
                absent=total.absent,
                guests=total.guests,
            )
        )
        return problems

    def _show(self, problems: Problems) -> None:
        self._problems = problems
        shown = {key for key in self.messages if self.touched.shows(key)}
        for key, message in self.messages.items():
            if key in shown:
                message.show_problems(problems, key)
            else:
                message.clear()
        hint = False
        if "state" in problems.errors:
            self.status_label.setText(problems.errors["state"])
        elif shown & set(problems.errors):
            self.status_label.setText(self.tr("Correct the fields marked in red to save."))
        elif problems.errors:
            # Nothing is red yet: say what Save waits for, quietly.
            hint = True
            self.status_label.setText(
                self.tr("Save becomes available once the fields marked * are filled in correctly.")
            )
        else:
            self.status_label.setText("")
        self.status_label.setStyleSheet("color: #546e7a;" if hint else "color: #c62828;")
        can_edit = not self.is_final()
        self.save_button.setEnabled(can_edit and problems.ok)
        self.finalise_button.setEnabled(can_edit and problems.ok)
        # Errors in a tab the clerk is not looking at are flagged on the tab itself.
        for index, keys in enumerate((("attendance", "guests"), ("discussion",), ("vote",))):
            marked = any(k in problems.errors and k in shown for k in keys)
            base = self.tabs.tabText(index).removesuffix(" ⚠")
            self.tabs.setTabText(index, base + (" ⚠" if marked else ""))

    def problems(self) -> Problems:
        return self._problems

    # ------------------------------------------------------------------ actions

    def save(self, finalise: bool = False) -> bool:
        """Save the draft (and, with ``finalise``, make it final). False when refused."""
        if self.is_final():
            return False
        self.touched.touch_all(self.messages)  # pressing Save: say everything that is wrong
        problems = self._validate(finalising=finalise)
        if not problems.ok:
            return False
        try:
            with self.context.database.session() as session:
                self.meeting_id = core.save_meeting(
                    session, self.value(), self.meeting_id, self.today(), finalise=finalise
                )
        except ValidationError as error:
            self._show(error.problems)
            return False
        self.saved = True
        self._dirty = False
        self.context.notify("meeting")
        if finalise:
            self._state = "final"
            with self.context.database.session() as session:
                self._show_history(core.get_meeting(session, self.meeting_id))
            self._apply_state()
            return True
        self.accept()
        return True

    def reopen(self) -> bool:
        if not self.is_final() or self.meeting_id is None:
            return False
        reason = ask_reopen_reason(self)
        if reason is None:
            return False
        try:
            with self.context.database.session() as session:
                core.reopen_meeting(session, self.meeting_id, reason)
        except ValidationError as error:
            prompts.show_error(
                self, self.tr("Reopen for correction"), "\n".join(error.problems.errors.values())
            )
            return False
        self._state = "draft"
        self._dirty = False
        self.context.notify("meeting")
        with self.context.database.session() as session:
            self._show_history(core.get_meeting(session, self.meeting_id))
        self._apply_state()
        self._validate()
        self._dirty = False
        return True

    def delete(self) -> bool:
        if self.meeting_id is None or self.is_final():
            return False
        if not prompts.ask_yes_no(
            self,
            self.tr("Move to trash"),
            self.tr("Move this meeting and its minutes to the trash?"),
        ):
            return False
        try:
            with self.context.database.session() as session:
                core.delete_meeting(session, self.meeting_id)
        except ValidationError as error:
            self._show(error.problems)
            return False
        self.saved = True
        self.context.notify("meeting")
        self.accept()
        return True

    def has_unsaved_changes(self) -> bool:
        return self._dirty and not self.is_final()

    def reject(self) -> None:
        """Close (Esc): changes not saved are lost only if the clerk says so."""
        if self.has_unsaved_changes() and not prompts.ask_yes_no(
            self,
            self.tr("Close without saving"),
            self.tr("The changes to this meeting are not saved. Close and lose them?"),
        ):
            return
        super().reject()

    def print_preview(self) -> None:
        """Saved minutes only: what prints is what is recorded, not what is being typed."""
        if self.meeting_id is not None:
            open_print_preview(self, self.context, self.meeting_id)

    def _apply_state(self) -> None:
        final = self.is_final()
        self.banner.setVisible(final)
        if final:
            self.banner.setText(
                self.tr(
                    "These minutes are final and cannot be changed. To correct them, use "
                    "“Reopen for correction”: the reason is recorded."
                )
            )
        for widget in (
            self.kind,
            self.chapter,
            self.participants,
            self.for_month,
            self.theme,
            self.date,
            self.start_time,
            self.end_time,
            self.place,
            self.chair,
            self.secretary,
            self.all_present_button,
            self.reload_button,
            self.youth,
            self.conclusions,
            self.resolutions,
            self.voted,
        ):
            widget.setEnabled(not final)
        for text in (self.conclusions, self.resolutions):
            text.setEnabled(True)
            text.setReadOnly(final)
        self.attendance_model.set_read_only(final)
        for editor in (self.guests, self.agenda, self.discussion):
            editor.set_read_only(final)
        for spin in (self.vote_for, self.vote_against, self.vote_other):
            spin.setEnabled(self.voted.isChecked() and not final)
        self.reopen_button.setVisible(final)
        self.finalise_button.setVisible(not final)
        self.save_button.setVisible(not final)
        self.delete_button.setVisible(not final and self.meeting_id is not None)
        self.preview_button.setVisible(self.meeting_id is not None)
        self._update_youth_control()
        self._show(self._problems)
        if final:
            self.close_button.setDefault(True)
            self.close_button.setFocus()
