"""A row of controls that continues on a second line when the window is too narrow for it: at a
large text size a page's buttons and filters wrap instead of pushing the page wider than the
screen (or being cut).

``FlowRow`` is a widget holding a ``FlowLayout`` (Qt's flow layout example), so that the page's
box layout asks it how tall it is for the width it gets.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items left to right at their preferred size, wrapping to a new line when the next one
    does not fit; an item added with ``add_widget(..., stretch=True)`` takes what its line
    has to spare."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: set[int] = set()  # ids of items that grow
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def add_widget(self, widget: QWidget, stretch: bool = False) -> None:
        self.addWidget(widget)
        if stretch:
            self._stretch.add(id(self._items[-1]))

    # ------------------------------------------------------------------ QLayout

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._stretch.discard(id(item))
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All on one line."""
        width = sum(i.sizeHint().width() for i in self._visible()) + self.spacing() * max(
            0, len(self._visible()) - 1
        )
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as its widest item: everything else may go to the next line."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # ------------------------------------------------------------------ placing

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            wanted = item.sizeHint().width()
            if lines[-1] and used + self.spacing() + wanted > width:
                lines.append([])
                used = 0
            used += (self.spacing() if lines[-1] else 0) + wanted
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            widths = [min(i.sizeHint().width(), area.width()) for i in line]
            spare = area.width() - sum(widths) - self.spacing() * (len(line) - 1)
            growing = [n for n, i in enumerate(line) if id(i) in self._stretch]
            for n in growing:
                widths[n] += max(0, spare) // len(growing)
            height = max(i.sizeHint().height() for i in line)
            x = area.x()
            for item, width in zip(line, widths, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - area.y() + margins.top() + margins.bottom()


class CardsLayout(FlowLayout):
    """Items in up to ``columns`` columns: as many columns as fit, each as wide as the widest
    of its items needs, sharing the room left equally (the overview's cards); the rest on the
    following lines."""

    def __init__(self, parent: QWidget | None = None, columns: int = 5, spacing: int = 8):
        super().__init__(parent, spacing)
        self.columns = columns

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        items = self._visible()
        count = min(self.columns, len(items)) or 1
        mins = self._column_minimums(items, count)
        height = max((i.sizeHint().height() for i in items), default=0)
        return QSize(sum(mins) + self.spacing() * (count - 1), height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(max((i.minimumSize().width() for i in self._visible()), default=0), 0)

    @staticmethod
    def _column_minimums(items: list[QLayoutItem], count: int) -> list[int]:
        mins = [0] * count
        for index, item in enumerate(items):
            mins[index % count] = max(mins[index % count], item.minimumSize().width())
        return mins

    def columns_for(self, width: int) -> int:
        items = self._visible()
        for count in range(min(self.columns, len(items)), 0, -1):
            mins = self._column_minimums(items, count)
            if sum(mins) + self.spacing() * (count - 1) <= width:
                return count
        return 1

    def _arrange(self, rect: QRect, move: bool) -> int:
        items = self._visible()
        if not items:
            return 0
        count = self.columns_for(rect.width())
        mins = self._column_minimums(items, count)
        spare = max(0, rect.width() - sum(mins) - self.spacing() * (count - 1)) // count
        widths = [m + spare for m in mins]
        y = rect.y()
        for start in range(0, len(items), count):
            line = items[start : start + count]
            height = max(
                i.heightForWidth(widths[n]) if i.hasHeightForWidth() else i.sizeHint().height()
                for n, i in enumerate(line)
            )
            x = rect.x()
            for n, item in enumerate(line):
                if move:
                    item.setGeometry(QRect(x, y, widths[n], height))
                x += widths[n] + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - rect.y()


class FlowRow(QWidget):
    """A widget whose controls wrap (see FlowLayout)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, columns: int = 0):
        super().__init__(parent)
        self.flow = CardsLayout(self, columns, spacing) if columns else FlowLayout(self, spacing)
        policy = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, *widgets: QWidget, stretch: bool = False) -> None:
        for widget in widgets:
            self.flow.add_widget(widget, stretch)

    def add_together(self, *widgets: QWidget) -> QWidget:
        """Widgets kept on one line with each other (a label and its box)."""
        group = QWidget()
        line = QHBoxLayout(group)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        for widget in widgets:
            line.addWidget(widget)
        self.flow.add_widget(group)
        return group

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self.flow.heightForWidth(width)
