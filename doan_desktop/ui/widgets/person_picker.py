"""Choosing people from the roster by typing part of a name, without diacritics if need be
("y phon" finds "Y Phôn Ksơr"): ``PersonPicker`` for one person, ``PeopleListField`` for the
people named in a record."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from doan_desktop.core.dates import parse_iso
from doan_desktop.core.roster import list_people
from doan_desktop.core.text import fold
from doan_desktop.ui.icons import icon

ID_ROLE = Qt.UserRole + 1
SEARCH_ROLE = Qt.UserRole + 2
NAME_ROLE = Qt.UserRole + 3


@dataclass
class PersonChoice:
    id: str
    name: str
    detail: str  # chapter and birth year: tells two people of the same name apart


def load_choices(session: Session) -> list[PersonChoice]:
    """Everyone in the roster (not the trash), in roster order."""
    choices = []
    for row in list_people(session):
        birth = parse_iso(row.birth_date)
        parts = [p for p in (row.chapter, str(birth.year) if birth else "") if p]
        choices.append(PersonChoice(row.id, row.full_name, ", ".join(parts)))
    return choices


class PersonPicker(QLineEdit):
    """A line where the clerk types a name and picks the person from the list that drops down.

    ``person_id()`` is "" until a person is picked; typing again clears the choice.
    """

    personChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._id = ""
        self._name = ""
        self._choices: dict[str, PersonChoice] = {}
        self.setPlaceholderText(self.tr("Type part of a name, then pick from the list"))
        self.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        self.completer = QCompleter(self._model, self)
        # Matched against the folded name, so "nguyen van an" finds "Nguyễn Văn Ấn".
        self.completer.setCompletionRole(SEARCH_ROLE)
        self.completer.setFilterMode(Qt.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        # Set on the widget only, not with setCompleter(): the line edit would then write the
        # folded text into itself while the clerk moves through the list.
        self.completer.setWidget(self)
        self.completer.activated[QModelIndex].connect(self._chosen)
        self.textEdited.connect(self._typed)

    def set_choices(self, choices: list[PersonChoice]) -> None:
        self._model.clear()
        self._choices = {c.id: c for c in choices}
        for choice in choices:
            text = f"{choice.name} — {choice.detail}" if choice.detail else choice.name
            item = QStandardItem(text)
            item.setData(choice.id, ID_ROLE)
            item.setData(choice.name, NAME_ROLE)
            item.setData(fold(f"{choice.name} {choice.detail}"), SEARCH_ROLE)
            self._model.appendRow(item)

    def person_id(self) -> str:
        return self._id

    def choice(self, person_id: str) -> PersonChoice | None:
        return self._choices.get(person_id)

    def set_person(self, person_id: str | None, name: str = "") -> None:
        """Show a chosen person (``name`` for someone not among the choices, e.g. trashed)."""
        choice = self._choices.get(person_id or "")
        self._name = choice.name if choice else name
        self.setText(self._name if person_id else "")
        self._set_id(person_id or "")

    def matches(self) -> list[str]:
        """The ids the drop-down offers for the text typed now."""
        self.completer.setCompletionPrefix(fold(self.text()))
        model = self.completer.completionModel()
        return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]

    def _set_id(self, person_id: str) -> None:
        if person_id != self._id:
            self._id = person_id
            self.personChanged.emit(person_id)

    def _typed(self, text: str) -> None:
        if self._id and text != self._name:
            self._set_id("")
        prefix = fold(text)
        if not prefix:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(prefix)
        self._drop_down()

    def _drop_down(self) -> None:
        """Show the list, wide enough for a name with its chapter and birth year."""
        popup = self.completer.popup()
        rect = self.rect()
        wanted = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 12
        rect.setWidth(max(rect.width(), min(wanted, 560)))
        self.completer.complete(rect)

    def _chosen(self, index: QModelIndex) -> None:
        self.set_person(index.data(ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter on a name that matches one person picks them, and goes no further: it must not
        # also press the dialog's Save button.
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not self._id and self.text():
            found = self.matches()
            if len(found) == 1:
                self.set_person(found[0])
            else:
                self._drop_down()
            event.accept()
            return
        super().keyPressEvent(event)


class PeopleListField(QWidget):
    """The people named in a record: pick one and they join the list; Remove takes them off."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.picker = PersonPicker()
        self.picker.setPlaceholderText(self.tr("Add a person: type part of a name"))
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Take the selected people off the list"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        self.picker.personChanged.connect(self._picked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_choices(self, choices: list[PersonChoice]) -> None:
        self.picker.set_choices(choices)

    def ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def set_people(self, people: list[tuple[str, str]]) -> None:
        self.list.clear()
        for person_id, name in people:
            self._append(person_id, name)
        self.changed.emit()

    def add(self, person_id: str) -> None:
        choice = self.picker.choice(person_id)
        if choice is None or person_id in self.ids():
            return
        text = f"{choice.name} — {choice.detail}" if choice.detail else choice.name
        self._append(person_id, text)
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def _append(self, person_id: str, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, person_id)
        self.list.addItem(item)
        self.list.scrollToItem(item)

    def _picked(self, person_id: str) -> None:
        if person_id:
            self.add(person_id)
            self.picker.set_person(None)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
