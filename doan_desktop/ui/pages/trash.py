"""The trash page: people and chapters moved to the trash, and the way back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
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
from doan_desktop.ui.models.chapters_model import ROW_ROLE, SearchSortProxy
from doan_desktop.ui.models.trash_model import DELETED_AT, DETAIL, KIND, NAME, TrashModel
from doan_desktop.ui.pages import muted_label, page_layout


class TrashPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = page_layout(
            self,
            self.tr("Trash"),
            self.tr(
                "People and chapters moved to the trash. Nothing in the trash is ever deleted "
                "for good: select an item and press Restore to bring it back."
            ),
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the trash"))
        self.search.addAction(icon("search"), QLineEdit.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.setMaximumWidth(420)
        self.restore_button = QPushButton(icon("restore"), self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Bring the selected item back (Alt+R)"))
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addStretch(1)
        tools.addWidget(self.restore_button)
        layout.addLayout(tools)

        self.model = TrashModel(self)
        self.proxy = SearchSortProxy(self)
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
        header.resizeSection(NAME, 260)
        header.setSectionResizeMode(DETAIL, QHeaderView.Stretch)
        layout.addWidget(self.table, 1)

        self.status = muted_label()
        layout.addWidget(self.status)

        self.search.textChanged.connect(self._search)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        with self.context.database.session() as session:
            items = trash.list_trash(session)
        self.model.set_rows(items)
        self._update_buttons()
        self.status.setText("" if items else self.tr("The trash is empty."))

    def current_item(self) -> TrashItem | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_buttons()

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
