"""What "fits the screen" means for a page, checked on the widgets as laid out.

A page fits when, in a window of the office screen's size, nothing visible lies outside the
window, no layout had to squeeze a widget below the smallest size it can show itself at (which is
when widgets overlap), and no text is cut: a one-line label, a button, a check box, a tab or a
combo box as wide as its text needs, a wrapped label as tall as its lines. Inside a scroll area
only the scroll area itself must fit (what it holds may scroll), and a table's cells may elide.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

SLACK = 1  # rounding of fractional font metrics


def _describe(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    text = ""
    for getter in ("text", "currentText", "title"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if text:
                break
    parent = widget.parentWidget()
    where = ""
    while parent is not None and not where:
        where = parent.objectName()
        parent = parent.parentWidget()
    return f"{name} {text[:40]!r} in {where or '?'}"


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's or an item view's viewport: it may scroll, or be a cell editor."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _part_of_a_control(widget: QWidget) -> bool:
    """A piece Qt places inside a control itself (a line edit's clear button, a spin box's
    text): the control is what is checked."""
    parent = widget.parentWidget()
    return isinstance(parent, QLineEdit | QAbstractSpinBox | QComboBox) or (
        widget.objectName().startswith("qt_") and not isinstance(widget, QTabBar)
    )


def problems(window: QWidget, root: QWidget) -> list[str]:
    """What does not fit, among the visible widgets of ``root`` (a page) in ``window``."""
    found = []
    bounds = window.rect()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or widget.isWindow() or _part_of_a_control(widget):
            continue
        scrolled = _scrolled(widget, window)
        if not scrolled and not bounds.contains(_in_window(widget, window)):
            found.append(f"outside the window: {_describe(widget)} at {_in_window(widget, window)}")
        if scrolled and isinstance(widget.parentWidget(), QAbstractItemView):
            continue
        problem = _cut(widget)
        if problem:
            found.append(f"{problem}: {_describe(widget)}")
    return found


def _smallest(widget: QWidget) -> tuple[int, int]:
    """The smallest size a layout may give ``widget``: the minimum it was given, else the one
    it asks for, never above the maximum it was given (a swatch fixed at 16 px is meant so)."""
    hint = widget.minimumSizeHint()
    given = widget.minimumSize()
    width = given.width() or (hint.width() if hint.isValid() else 0)
    height = given.height() or (hint.height() if hint.isValid() else 0)
    return min(width, widget.maximumWidth()), min(height, widget.maximumHeight())


def _cut(widget: QWidget) -> str:
    """Why ``widget`` does not show all of itself, or ""."""
    if isinstance(widget, QScrollArea):
        return _scroll_cut(widget)
    if isinstance(widget, QTableView | QTreeView):
        return _columns_cut(widget)
    if isinstance(widget, QAbstractScrollArea):
        return ""  # it scrolls what does not fit
    policy = widget.sizePolicy()
    width, height = _smallest(widget)
    if (
        width
        and policy.horizontalPolicy() != QSizePolicy.Ignored
        and widget.width() + SLACK < width
        and not isinstance(widget, QTabBar)  # a tab bar scrolls its tabs
    ):
        return f"squeezed to {widget.width()} px wide (needs {width})"
    if (
        height
        and policy.verticalPolicy() != QSizePolicy.Ignored
        and widget.height() + SLACK < height
    ):
        return f"squeezed to {widget.height()} px high (needs {height})"
    if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return f"wrapped text cut: {widget.height()} px high, needs {needed}"
        elif widget.sizeHint().width() > widget.width() + SLACK:
            return f"text cut: {widget.width()} px wide, needs {widget.sizeHint().width()}"
    elif isinstance(widget, QAbstractButton) and widget.text():
        if widget.sizeHint().width() > widget.width() + SLACK:
            return f"text cut: {widget.width()} px wide, needs {widget.sizeHint().width()}"
    elif isinstance(widget, QComboBox) and widget.currentText():
        needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
        room = widget.width() - _combo_frame(widget)
        if needed > room + SLACK:
            return f"choice cut: {room} px for its text, needs {needed}"
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            if widget.tabRect(index).right() > widget.width():
                return f"tab {widget.tabText(index)!r} out of sight"
    return ""


def _combo_frame(combo: QComboBox) -> int:
    """What a combo box spends besides its text: its frame, arrow and icon (the style says
    where it draws the text)."""
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.rect = combo.rect()
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    field = combo.style().subControlRect(
        QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField, combo
    )
    icon = combo.itemIcon(combo.currentIndex())
    spent = combo.width() - field.width() + 4  # the text's own margin inside the field
    return spent + (combo.iconSize().width() + 4 if not icon.isNull() else 0)


def _columns_cut(view: QAbstractItemView) -> str:
    """A table that does not scroll sideways must show all its columns (cells may elide)."""
    if view.horizontalScrollBarPolicy() != Qt.ScrollBarAlwaysOff:
        return ""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    if header is None or header.isHidden() and isinstance(view, QTreeView):
        return ""
    room = view.viewport().width()
    if header.length() > room + SLACK:
        last = header.logicalIndexAt(room - 1)
        return f"columns cut on the right: {header.length()} px of columns in {room} (from {last})"
    return ""


def _scroll_cut(area: QScrollArea) -> str:
    """A page may scroll down, never sideways: what is wider than the area is cut or scrolls."""
    inner = area.widget()
    if inner is None or not inner.isVisible():
        return ""
    needed = inner.minimumSizeHint().width()
    if inner.layout() is not None:
        needed = max(needed, inner.layout().minimumSize().width())
    room = area.viewport().width()
    if area.horizontalScrollBar().isVisible():
        return f"scrolls sideways: {room} px wide, its content needs {needed}"
    if needed > room + SLACK:
        return f"content cut on the right: {room} px wide, needs {needed}"
    return ""
