"""A table's columns that always fit its width (a page never scrolls sideways): each column as
wide as its contents when there is room, the widest ones narrowed (their cells elided, the full
text in the tooltip where the model gives one) when there is not, the spare room to the
stretching column.

Qt's ResizeToContents columns never shrink, so at a large text size the last columns of a
table went out of sight; this keeps them all in view at any size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


def fair_widths(wanted: list[int], room: int, minimum: int) -> list[int]:
    """Widths for columns wanting ``wanted`` in ``room`` pixels: all they want if it fits;
    else the narrow ones keep theirs and the wide ones share what is left equally (never below
    ``minimum``)."""
    if sum(wanted) <= room:
        return list(wanted)
    widths = list(wanted)
    wide = set(range(len(wanted)))
    while wide:
        share = (room - sum(widths[c] for c in range(len(widths)) if c not in wide)) // len(wide)
        narrow = {c for c in wide if wanted[c] <= share}
        if not narrow:
            for c in wide:
                widths[c] = max(minimum, share)
            break
        wide -= narrow
    return widths


class ColumnFitter(QObject):
    """Keeps the columns of ``table`` fitting; the ``stretch`` columns share the room left."""

    def __init__(self, table: QTableView, stretch: tuple[int, ...] = (0,)):
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self._timer.start)
        model.dataChanged.connect(self._timer.start)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Resize, QEvent.FontChange, QEvent.Show):
            self._timer.start()
        return False

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns:
            return
        wanted = [
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c), header.minimumSectionSize())
            for c in columns
        ]
        room = table.viewport().width()
        widths = fair_widths(wanted, room, header.minimumSectionSize())
        spare = max(0, room - sum(widths))
        growing = [columns.index(c) for c in self.stretch if c in columns]
        for n, index in enumerate(growing):
            widths[index] += spare // len(growing) + (spare % len(growing) if n == 0 else 0)
        for column, width in zip(columns, widths, strict=True):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
