"""The pieces that keep pages within the screen: rows that wrap, cards that take fewer columns,
table columns that narrow to fit, a side column that scrolls down."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from doan_desktop.ui.widgets.fit_columns import ColumnFitter, fair_widths
from doan_desktop.ui.widgets.flow_row import FlowRow
from doan_desktop.ui.widgets.vertical_scroll import VerticalScroll


@pytest.mark.parametrize(
    ("wanted", "room", "expected"),
    [
        ([100, 200, 50], 400, [100, 200, 50]),  # room enough: as wanted
        ([100, 400, 300], 500, [100, 200, 200]),  # the narrow keeps its width, the wide share
        ([60, 60, 600], 300, [60, 60, 180]),
        ([500, 500], 200, [100, 100]),
        ([500, 500], 40, [30, 30]),  # never below the minimum
    ],
)
def test_fair_widths(wanted, room, expected):
    assert fair_widths(wanted, room, minimum=30) == expected


def test_a_row_wraps_when_narrow_and_keeps_together_what_belongs_together(qtbot):
    row = FlowRow()
    buttons = [QPushButton(f"Button number {n}") for n in range(4)]
    row.add(*buttons)
    label, box = QLabel("Year"), QPushButton("2026")
    group = row.add_together(label, box)
    qtbot.addWidget(row)
    wide = row.flow.sizeHint().width()
    one_line = row.heightForWidth(wide)
    assert row.heightForWidth(wide // 2) > one_line  # two lines or more
    row.resize(wide // 2, row.heightForWidth(wide // 2))
    row.show()
    qtbot.waitExposed(row)
    assert all(b.width() >= b.sizeHint().width() for b in buttons)  # never squeezed
    assert label.parentWidget() is group is box.parentWidget()
    assert row.minimumSizeHint().width() <= max(b.sizeHint().width() for b in [*buttons, group])


def test_cards_take_as_many_columns_as_fit(qtbot):
    row = FlowRow(columns=5)
    cards = [QLabel("A card title of some length") for _ in range(10)]
    row.add(*cards)
    qtbot.addWidget(row)
    need = max(c.minimumSizeHint().width() for c in cards)
    layout = row.flow
    assert layout.columns_for(need * 5 + 4 * 8) == 5
    assert layout.columns_for(need * 3 + 2 * 8) == 3
    assert layout.columns_for(need) == 1
    assert layout.columns_for(need * 9) == 5  # never more than asked


def test_columns_fit_the_table_width(qtbot):
    model = QStandardItemModel(3, 4)
    for row in range(3):
        for column in range(4):
            model.setItem(row, column, QStandardItem("a rather long cell text " * (column + 1)))
    table = QTableView()
    table.setModel(model)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    fitter = ColumnFitter(table, (0,))
    qtbot.addWidget(table)
    table.resize(500, 300)
    table.show()
    qtbot.waitExposed(table)
    fitter.fit()
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert all(header.sectionSize(c) > 0 for c in range(4))  # none pushed out of sight
    table.resize(2400, 300)
    fitter.fit()
    assert header.length() == table.viewport().width()  # the spare room to column 0
    assert header.sectionSize(0) > table.sizeHintForColumn(0)


def test_a_side_column_scrolls_down_and_keeps_its_width(qtbot):
    content = QWidget()
    column = QVBoxLayout(content)
    for n in range(30):
        column.addWidget(QPushButton(f"A button with a long text, number {n}"))
    area = VerticalScroll(content)
    qtbot.addWidget(area)
    assert area.minimumSizeHint().width() >= content.minimumSizeHint().width()
    assert area.minimumSizeHint().height() < content.minimumSizeHint().height()
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarAlwaysOff
