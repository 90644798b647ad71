"""The trash page: every kind of record moved to the trash, and the way back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop.core import trash
from doan_desktop.core.trash import TrashItem
from doan_desktop.core.validation import ValidationError
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.icons import icon
from doan_desktop.ui.models.chapters_model import ROW_ROLE
from doan_desktop.ui.models.trash_model import (
    DELETED_AT,
    DETAIL,
    KIND,
    NAME,
    TrashModel,
    TrashProxy,
)
from doan_desktop.ui.pages import muted_label, page_layout, page_title


class TrashPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = page_layout(
            self,
            page_title("trash"),
            self.tr(
                "People, chapters, meetings, trainings, youth works, volunteer drives, "
                "commendations and cadre plans moved to the trash. Nothing in the trash is ever "
                "deleted for good: select an item and press Restore to bring it back. A record "
                "whose chapter or person is in the trash too comes back after it."
            ),
        )
        self.kind_filter = QComboBox()
        self.kind_filter.setToolTip(self.tr("Show one kind of record, or every kind"))
        self.kind_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        kind_label = QLabel(self.tr("&Show"))
        kind_label.setBuddy(self.kind_filter)
        self._fill_kinds([])
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the trash"))
        self.search.addAction(icon("search"), QLineEdit.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.setMaximumWidth(420)
        self.restore_button = QPushButton(icon("restore"), self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Bring the selected item back (Alt+R)"))
        tools = QHBoxLayout()
        tools.addWidget(kind_label)
        tools.addWidget(self.kind_filter)
        tools.addWidget(self.search, 1)
        tools.addStretch(1)
        tools.addWidget(self.restore_button)
        layout.addLayout(tools)

        self.model = TrashModel(self)
        self.proxy = TrashProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DELETED_AT, Qt.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (KIND, DELETED_AT):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.Interactive)
        header.resizeSection(NAME, 320)
        header.setSectionResizeMode(DETAIL, QHeaderView.Stretch)
        layout.addWidget(self.table, 1)

        self.status = muted_label()
        layout.addWidget(self.status)

        self.kind_filter.currentIndexChanged.connect(self._kind_changed)
        self.search.textChanged.connect(self._search)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        with self.context.database.session() as session:
            items = trash.list_trash(session)
        self.model.set_rows(items)
        self._fill_kinds(items)
        self._update_buttons()
        self._update_status()

    def _fill_kinds(self, items: list[TrashItem]) -> None:
        """Every kind with how many of it are in the trash; the choice made is kept."""
        chosen = self.kind_filter.currentData()
        counts: dict[str, int] = {}
        for item in items:
            counts[item.kind] = counts.get(item.kind, 0) + 1
        blocked = self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds ({n})").format(n=len(items)), None)
        for kind, label in trash.kind_labels().items():
            self.kind_filter.addItem(
                self.tr("{kind} ({n})").format(kind=label, n=counts.get(kind, 0)), kind
            )
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(chosen), 0))
        self.kind_filter.blockSignals(blocked)

    def _update_status(self) -> None:
        if self.model.rowCount() == 0:
            self.status.setText(self.tr("The trash is empty."))
        elif self.proxy.rowCount() == 0:
            self.status.setText(self.tr("Nothing in the trash matches."))
        else:
            self.status.setText("")

    def _kind_changed(self, _index: int) -> None:
        self.proxy.set_kind(self.kind_filter.currentData())
        self._update_buttons()
        self._update_status()

    def current_item(self) -> TrashItem | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_buttons()
        self._update_status()

    def _update_buttons(self, *_args) -> None:
        self.restore_button.setEnabled(self.current_item() is not None)

    def restore_selected(self) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            with self.context.database.session() as session:
                message = trash.restore(session, item.kind, item.id)
        except ValidationError as error:
            prompts.show_error(
                self, self.tr("Cannot restore"), "\n".join(error.problems.errors.values())
            )
            return
        except trash.NotInTrash as error:
            prompts.show_error(self, self.tr("Cannot restore"), str(error))
            self.refresh()
            return
        except (SQLAlchemyError, OSError) as error:
            prompts.show_error(
                self,
                self.tr("Cannot restore"),
                self.tr("Nothing was changed: {reason}").format(reason=error),
            )
            return
        self.context.notify(item.kind)
        self.status.setText(message)
