"""Two small charts drawn with QPainter: bars for a value per month, lines for values per period.

Painted by hand rather than with QtCharts: two simple charts do not justify shipping the
QtCharts module (and its QML dependencies) in the installer. Both follow the application font,
so they stay readable when the clerk enlarges the text, and show a tooltip with the exact
value under the mouse.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

AXIS = QColor("#90a4ae")
GRID = QColor("#eceff1")
TEXT = QColor("#37474f")
BAR = QColor("#1e88e5")
BAR_LOW = QColor("#ef9a9a")  # a month when not every chapter met


def nice_top(value: int) -> int:
    """A round top for the axis, at least ``value`` (and at least 1)."""
    if value <= 5:
        return max(1, value)
    for step in (2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if value <= step * 5:
            return -(-value // step) * step
    return value


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumHeight(140)

    def sizeHint(self) -> QSize:
        return QSize(360, 160)

    def _plot_area(self, top_value: int) -> QRectF:
        metrics = QFontMetrics(self.font())
        left = metrics.horizontalAdvance(str(top_value)) + 10
        bottom = metrics.height() + 8
        return QRectF(left, metrics.height() / 2 + 4, self.width() - left - 8, 0).adjusted(
            0, 0, 0, self.height() - bottom - metrics.height() / 2 - 4
        )

    def _axes(self, painter: QPainter, area: QRectF, top_value: int) -> None:
        metrics = QFontMetrics(self.font())
        ticks = top_value if top_value <= 5 else 5
        for i in range(ticks + 1):
            value = top_value * i // ticks
            y = area.bottom() - area.height() * value / top_value
            painter.setPen(QPen(GRID if i else AXIS, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(TEXT)
            text = str(value)
            painter.drawText(
                QPointF(
                    area.left() - 6 - metrics.horizontalAdvance(text), y + metrics.ascent() / 2.5
                ),
                text,
            )


@dataclass
class Bar:
    label: str  # under the bar
    value: int | None  # None: not yet (drawn as an empty slot)
    tooltip: str = ""


class BarChart(_Chart):
    """Bars against a full mark (e.g. chapters meeting out of all the chapters)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.full = 0

    def set_bars(self, bars: list[Bar], full: int) -> None:
        self.bars, self.full = bars, full
        self.update()

    def _slots(self, area: QRectF) -> list[QRectF]:
        if not self.bars:
            return []
        width = area.width() / len(self.bars)
        return [
            QRectF(area.left() + i * width, area.top(), width, area.height())
            for i in range(len(self.bars))
        ]

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        top_value = nice_top(max([self.full, *(b.value or 0 for b in self.bars)]))
        area = self._plot_area(top_value)
        self._axes(painter, area, top_value)
        metrics = QFontMetrics(self.font())
        for bar, slot in zip(self.bars, self._slots(area), strict=False):
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(slot.left(), area.bottom() + 4, slot.width(), metrics.height()),
                Qt.AlignHCenter | Qt.AlignTop,
                bar.label,
            )
            if bar.value is None:
                continue
            height = area.height() * bar.value / top_value
            rect = QRectF(
                slot.left() + slot.width() * 0.2, area.bottom() - height, slot.width() * 0.6, height
            )
            painter.setPen(Qt.NoPen)
            painter.setBrush(BAR if bar.value >= self.full else BAR_LOW)
            painter.drawRect(rect)
        if self.full:
            y = area.bottom() - area.height() * self.full / top_value
            painter.setPen(QPen(TEXT, 1, Qt.DashLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.end()

    def bar_at(self, x: float) -> int:
        top_value = nice_top(max([self.full, *(b.value or 0 for b in self.bars)]))
        for index, slot in enumerate(self._slots(self._plot_area(top_value))):
            if slot.left() <= x < slot.right():
                return index
        return -1

    def mouseMoveEvent(self, event) -> None:
        index = self.bar_at(event.position().x())
        if index >= 0 and self.bars[index].tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), self.bars[index].tooltip, self)
        else:
            QToolTip.hideText()


@dataclass
class Series:
    name: str
    colour: QColor
    values: list[int]


class LineChart(_Chart):
    """Lines over labelled points (quarters), with a legend above."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.labels: list[str] = []
        self.series: list[Series] = []

    def set_series(self, labels: list[str], series: list[Series]) -> None:
        self.labels, self.series = labels, series
        self.setToolTip(
            "\n".join(
                f"{label}: " + ", ".join(f"{s.name} {s.values[i]}" for s in series)
                for i, label in enumerate(labels)
            )
        )
        self.update()

    def _points(self, area: QRectF, values: list[int], top_value: int) -> list[QPointF]:
        count = max(1, len(values) - 1)
        return [
            QPointF(
                area.left() + 12 + (area.width() - 24) * i / count,
                area.bottom() - area.height() * v / top_value,
            )
            for i, v in enumerate(values)
        ]

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        metrics = QFontMetrics(self.font())
        top_value = nice_top(max([0, *(v for s in self.series for v in s.values)]))
        area = self._plot_area(top_value).adjusted(0, metrics.height() + 4, 0, 0)
        self._axes(painter, area, top_value)
        x = area.left()
        for series in self.series:  # the legend
            painter.setPen(QPen(series.colour, 3))
            y = area.top() - metrics.height() / 2 - 4
            painter.drawLine(QPointF(x, y), QPointF(x + 18, y))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 24, y + metrics.ascent() / 2.5), series.name)
            x += 24 + metrics.horizontalAdvance(series.name) + 18
        for series in self.series:
            points = self._points(area, series.values, top_value)
            painter.setPen(QPen(series.colour, 2.5))
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)
            painter.setBrush(series.colour)
            for point in points:
                painter.drawEllipse(point, 3.5, 3.5)
        painter.setPen(TEXT)
        if self.series:
            points = self._points(area, self.series[0].values, top_value)
            # A narrow chart labels every second (third …) point rather than overprint them;
            # the tooltip still names every point.
            widest = max((metrics.horizontalAdvance(label) for label in self.labels), default=0)
            spacing = points[1].x() - points[0].x() if len(points) > 1 else widest + 8
            step = max(1, math.ceil((widest + 8) / max(spacing, 1)))
            for index, (label, point) in enumerate(zip(self.labels, points, strict=False)):
                if (len(points) - 1 - index) % step:  # always label the latest point
                    continue
                width = metrics.horizontalAdvance(label)
                painter.drawText(
                    QPointF(point.x() - width / 2, area.bottom() + 4 + metrics.ascent()), label
                )
        painter.end()
