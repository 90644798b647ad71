"""Form pieces shared by the setup wizard, the settings page and the dialogs: a field with its
validation message below it, and the form for this office (the unit)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.core.text import clean
from doan_desktop.core.unit import UnitInfo, suggested_superior_name, validate_unit
from doan_desktop.core.validation import Problems
from doan_desktop.core.vocab import COMMUNE_UNIT_KINDS, unit_kind_labels
from doan_desktop.ui.widgets.field_message import FieldMessage


def with_message(field: QWidget) -> tuple[QWidget, FieldMessage]:
    """``field`` with its FieldMessage below it, as one cell of a form layout."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    message = FieldMessage(field=field)
    layout.addWidget(message)
    return cell, message


class UnitForm(QWidget):
    """Name, code, kind, province and the superior office of this unit.

    Messages appear next to the fields the clerk has touched (or all of them after
    ``show_all_messages``), so an empty new form is not covered in red.
    """

    changed = Signal()
    FIELDS = ("name", "code", "kind", "province", "superior_name", "superior_code")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._role = "commune"
        self._id = ""
        self._touched: set[str] = set()
        # The superior name follows the province until the clerk types in it.
        self._superior_edited = False

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example Hòa Phú"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("the code the superior office gave, e.g. HP-DL-01"))
        self.kind = QComboBox()
        self._fill_kinds(COMMUNE_UNIT_KINDS)
        self.province = QLineEdit()
        self.province.setPlaceholderText(self.tr("for example Đắk Lắk"))
        self.superior_name = QLineEdit()
        self.superior_name.setPlaceholderText(self.tr("for example Tỉnh Đoàn Đắk Lắk"))
        self.superior_code = QLineEdit()
        self.superior_code.setPlaceholderText(self.tr("for example TD-DL"))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        self.messages: dict[str, FieldMessage] = {}
        labels = {
            "name": self.tr("Unit name *"),
            "code": self.tr("Unit code *"),
            "kind": self.tr("Kind *"),
            "province": self.tr("Province or city *"),
            "superior_name": self.tr("Superior office *"),
            "superior_code": self.tr("Superior office code *"),
        }
        for key in self.FIELDS:
            widget = getattr(self, key)
            cell, message = with_message(widget)
            self.messages[key] = message
            label = QLabel(labels[key])
            label.setBuddy(widget)
            form.addRow(label, cell)

        for key in ("name", "code", "province", "superior_name", "superior_code"):
            line: QLineEdit = getattr(self, key)
            line.textEdited.connect(lambda _text, k=key: self._touch(k))
            line.editingFinished.connect(lambda k=key, w=line: self._left(k, w))
            line.textChanged.connect(self._on_change)
        self.kind.currentIndexChanged.connect(self._on_change)
        self.superior_name.textEdited.connect(self._superior_typed)
        self.province.textChanged.connect(self._suggest_superior)

    def set_role(self, role: str) -> None:
        """A commune office is a xã, phường or đặc khu; a superior office a tỉnh or thành phố."""
        self._role = role
        self._fill_kinds(("tinh", "thanh_pho") if role == "superior" else COMMUNE_UNIT_KINDS)
        self._on_change()

    def _fill_kinds(self, kinds) -> None:
        labels = unit_kind_labels()
        self.kind.clear()
        for code in kinds:
            self.kind.addItem(labels.get(code, code), code)

    # ------------------------------------------------------------------ value

    def value(self) -> UnitInfo:
        return UnitInfo(
            id=self._id,
            name=clean(self.name.text()),
            code=clean(self.code.text()),
            kind=self.kind.currentData() or "",
            province=clean(self.province.text()),
            superior_name=clean(self.superior_name.text()),
            superior_code=clean(self.superior_code.text()),
            role=self._role,
        )

    def set_value(self, info: UnitInfo) -> None:
        self.blockSignals(True)
        try:
            self._id, self._role = info.id, info.role
            if self.kind.findData(info.kind) < 0:
                # A kind outside the commune list (a superior office's) must survive an edit.
                self._fill_kinds((*COMMUNE_UNIT_KINDS, info.kind))
            self.kind.setCurrentIndex(max(0, self.kind.findData(info.kind)))
            for key in ("name", "code", "province", "superior_name", "superior_code"):
                getattr(self, key).setText(getattr(info, key))
            self._superior_edited = bool(info.superior_name) and info.superior_name != (
                suggested_superior_name(info.province)
            )
            self._touched.clear()
        finally:
            self.blockSignals(False)
        self._refresh_messages()
        self.changed.emit()

    def problems(self) -> Problems:
        return validate_unit(self.value())

    def is_valid(self) -> bool:
        return self.problems().ok

    def show_all_messages(self) -> None:
        self._touched.update(self.FIELDS)
        self._refresh_messages()

    # ------------------------------------------------------------------ reactions

    def _touch(self, key: str) -> None:
        if key not in self._touched:
            self._touched.add(key)
            self._refresh_messages()

    def _left(self, key: str, widget: QLineEdit) -> None:
        # Leaving a field empty counts as touching it: say it is required.
        if widget.isModified() or key in self._touched:
            self._touched.add(key)
            self._refresh_messages()

    def _superior_typed(self, text: str) -> None:
        self._superior_edited = bool(text)

    def _suggest_superior(self, province: str) -> None:
        if not self._superior_edited:
            self.superior_name.setText(suggested_superior_name(province))

    def _on_change(self, *_args) -> None:
        self._refresh_messages()
        self.changed.emit()

    def _refresh_messages(self) -> None:
        errors = self.problems().errors
        for key, message in self.messages.items():
            message.show_error(errors.get(key, "") if key in self._touched else "")
