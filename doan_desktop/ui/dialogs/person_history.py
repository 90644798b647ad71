"""A person's history: the meetings they were expected at and the trainings they were listed
in, newest first. Read-only; opened from the people page and the person form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.core.person_history import person_history
from doan_desktop.core.trainings import TOOK_PART
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.models.trainings_model import PersonMeetingsModel, PersonTrainingsModel
from doan_desktop.ui.pages import muted_label


def _table(model, stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    return table


class PersonHistoryDialog(QDialog):
    # The people page's dialog protocol: this one changes nothing.
    changed = False
    saved_id = None

    def __init__(self, context: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        with context.database.session() as session:
            history = person_history(session, person_id)
        self.history = history
        self.setWindowTitle(self.tr("History of {name}").format(name=history.name))
        title = QLabel(history.name)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        title.setFont(font)
        present = sum(1 for m in history.meetings if m.status == "present")
        took_part = sum(1 for t in history.trainings if t.result in TOOK_PART)
        summary = muted_label(
            self.tr(
                "Present at {present} of {meetings} meetings; took part in {took} of "
                "{trainings} trainings listed."
            ).format(
                present=present,
                meetings=len(history.meetings),
                took=took_part,
                trainings=len(history.trainings),
            )
        )
        self.meetings_model = PersonMeetingsModel(self)
        self.meetings_model.set_rows(history.meetings)
        self.trainings_model = PersonTrainingsModel(self)
        self.trainings_model.set_rows(history.trainings)
        self.meetings = _table(self.meetings_model, 2)
        self.trainings = _table(self.trainings_model, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.meetings, self.tr("Meetings ({n})").format(n=len(history.meetings)))
        self.tabs.addTab(
            self.trainings, self.tr("Trainings ({n})").format(n=len(history.trainings))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(860, 520)


def open_person_history(parent: QWidget, context: AppContext, person_id: str) -> None:
    PersonHistoryDialog(context, person_id, parent).exec()
