"""The inbox page's tables: files received, communes' states for a period, the totals, and the
trusted keys. Each is fed plain dataclasses from core by ``set_rows``."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from doan_desktop.core import formatting
from doan_desktop.core.inbox import (
    ACCEPTED,
    ACTIVE,
    ALREADY,
    REJECTED,
    REPLACED,
    REVOKED,
    Receipt,
    TrustedKeyInfo,
)
from doan_desktop.core.inbox_status import (
    LATE,
    MISSING,
    ON_TIME,
    CommuneStatus,
    local_date,
    state_label,
)
from doan_desktop.core.inbox_totals import Totals
from doan_desktop.core.text import collation_key, fold
from doan_desktop.ui.models.chapters_model import ROW_ROLE, SEARCH_ROLE, SORT_ROLE

# Text and background for each state: dark enough text on a light ground to read easily.
GOOD = ("#1b5e20", "#e8f5e9")
WARN = ("#8a4b00", "#fff3e0")
BAD = ("#b71c1c", "#ffebee")
QUIET = ("#455a64", "#eceff1")


def _colours(role: int, pair: tuple[str, str] | None):
    if pair is None:
        return None
    if role == Qt.ForegroundRole:
        return QBrush(QColor(pair[0]))
    if role == Qt.BackgroundRole:
        return QBrush(QColor(pair[1]))
    return None


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int):
        return self._rows[number]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            if 0 <= section < len(self.headers):
                return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == ROW_ROLE:
            return item
        text = self.text(item, index.column())
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return text
        if role == SORT_ROLE:
            return self.sort_key(item, index.column(), text)
        if role == SEARCH_ROLE:
            return fold(" ".join(self.text(item, c) for c in range(len(self.headers))))
        return self.extra(item, index.column(), role)

    def text(self, item, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, item, column: int, text: str):
        return collation_key(text)

    def extra(self, item, column: int, role: int):
        return None


# ----------------------------------------------------------------------------- received files

R_FILE, R_RESULT, R_UNIT, R_PERIOD, R_NUMBER, R_REASON = range(6)


class ReceiptsModel(_Table):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = (
            QCoreApplication.translate("InboxModels", "File"),
            QCoreApplication.translate("InboxModels", "Result"),
            QCoreApplication.translate("InboxModels", "Commune"),
            QCoreApplication.translate("InboxModels", "Period"),
            QCoreApplication.translate("InboxModels", "No."),
            QCoreApplication.translate("InboxModels", "Details"),
        )

    @staticmethod
    def outcome_label(outcome: str) -> str:
        return {
            ACCEPTED: QCoreApplication.translate("InboxModels", "Accepted"),
            ALREADY: QCoreApplication.translate("InboxModels", "Already received"),
            REJECTED: QCoreApplication.translate("InboxModels", "Rejected"),
        }[outcome]

    def text(self, item: Receipt, column: int) -> str:
        if column == R_FILE:
            return item.file_name.replace("\\", "/").rsplit("/", 1)[-1]
        if column == R_RESULT:
            return self.outcome_label(item.outcome)
        if column == R_UNIT:
            return item.issuer
        if column == R_PERIOD:
            return item.period
        if column == R_NUMBER:
            return "" if item.sequence is None else str(item.sequence)
        return item.message

    def sort_key(self, item: Receipt, column: int, text: str):
        if column == R_NUMBER:
            return item.sequence or 0
        return collation_key(text)

    def extra(self, item: Receipt, column: int, role: int):
        if column == R_RESULT:
            pair = {ACCEPTED: GOOD, ALREADY: QUIET, REJECTED: BAD}[item.outcome]
            return _colours(role, pair)
        if role == Qt.ToolTipRole and column == R_FILE:
            return item.file_name
        return None


# ----------------------------------------------------------------------------- period states

S_CODE, S_NAME, S_STATE, S_NUMBER, S_RECEIVED, S_NOTES = range(6)


class StatusModel(_Table):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = (
            QCoreApplication.translate("InboxModels", "Code"),
            QCoreApplication.translate("InboxModels", "Commune"),
            QCoreApplication.translate("InboxModels", "State"),
            QCoreApplication.translate("InboxModels", "No."),
            QCoreApplication.translate("InboxModels", "Received"),
            QCoreApplication.translate("InboxModels", "Notes"),
        )

    def text(self, item: CommuneStatus, column: int) -> str:
        if column == S_CODE:
            return item.unit_code
        if column == S_NAME:
            return item.unit_name
        if column == S_STATE:
            return state_label(item.state, item.overdue)
        if column == S_NUMBER:
            return str(item.current.sequence) if item.current else ""
        if column == S_RECEIVED:
            first = item.first_received
            return local_date(first).strftime("%d/%m/%Y") if first else ""
        notes = [
            QCoreApplication.translate("InboxModels", "supersedes No. {old}").format(old=r.sequence)
            for r in item.superseded
        ]
        if item.flagged:
            notes.append(
                QCoreApplication.translate(
                    "InboxModels", "{count} conflicting file(s) with the same number"
                ).format(count=item.flagged)
            )
        if item.rejection is not None:
            notes.append(
                QCoreApplication.translate(
                    "InboxModels", "File refused on {date}: {reason}"
                ).format(
                    date=local_date(item.rejection.at).strftime("%d/%m/%Y"),
                    reason=item.rejection.message,
                )
            )
        return "; ".join(notes)

    def sort_key(self, item: CommuneStatus, column: int, text: str):
        if column == S_STATE:
            order = {ON_TIME: 0, LATE: 1, MISSING: 2}
            return (order.get(item.state, 3), not item.overdue)
        if column == S_NUMBER:
            return item.current.sequence if item.current else 0
        if column == S_RECEIVED:
            first = item.first_received
            return first.isoformat() if first else ""
        return collation_key(text)

    def extra(self, item: CommuneStatus, column: int, role: int):
        if column == S_STATE:
            if item.state == ON_TIME:
                pair = GOOD
            elif item.state == LATE:
                pair = WARN
            else:
                pair = BAD if item.overdue else QUIET
            return _colours(role, pair)
        if column == S_NOTES and (item.flagged or item.rejection) and role == Qt.ForegroundRole:
            return QBrush(QColor(BAD[0]))
        return None


# ----------------------------------------------------------------------------- totals

T_LABEL, T_UNIT, T_TOTAL = range(3)


def format_number(value: Decimal | None, share: bool = False) -> str:
    """In the chosen language's writing (Vietnamese: "1.234", "71,0")."""
    if value is None:
        return ""
    if share:
        return formatting.decimal(value, 1)
    return formatting.number(value)


class TotalsModel(_Table):
    """One row per indicator, the total beside its unit, then one column per commune."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.totals: Totals | None = None
        self.headers = self._fixed()

    @staticmethod
    def _fixed() -> tuple[str, ...]:
        return (
            QCoreApplication.translate("InboxModels", "Indicator"),
            QCoreApplication.translate("InboxModels", "Unit"),
            QCoreApplication.translate("InboxModels", "Total"),
        )

    def set_totals(self, totals: Totals) -> None:
        self.beginResetModel()
        self.totals = totals
        self.headers = self._fixed() + tuple(code for code, _name in totals.communes)
        self._rows = list(totals.rows)
        self.endResetModel()

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Horizontal
            and role == Qt.ToolTipRole
            and self.totals is not None
            and section > T_TOTAL
            and section - T_TOTAL - 1 < len(self.totals.communes)
        ):
            return self.totals.communes[section - T_TOTAL - 1][1]
        return super().headerData(section, orientation, role)

    def value(self, item, column: int) -> Decimal | None:
        if column == T_TOTAL:
            return item.total
        return item.values[column - T_TOTAL - 1]

    def text(self, item, column: int) -> str:
        if column == T_LABEL:
            return item.label
        if column == T_UNIT:
            return item.unit
        return format_number(self.value(item, column), item.is_share)

    def sort_key(self, item, column: int, text: str):
        if column >= T_TOTAL:
            value = self.value(item, column)
            return float(value) if value is not None else float("-inf")
        return collation_key(text)

    def extra(self, item, column: int, role: int):
        if role == Qt.TextAlignmentRole and column >= T_TOTAL:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and column == T_TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ForegroundRole and column == T_LABEL and item.disagg:
            return QBrush(QColor("#546e7a"))
        return None


# ----------------------------------------------------------------------------- trusted keys

K_CODE, K_NAME, K_KEY, K_FINGERPRINT, K_TRUSTED, K_STATE = range(6)


class TrustedModel(_Table):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = (
            QCoreApplication.translate("InboxModels", "Code"),
            QCoreApplication.translate("InboxModels", "Commune"),
            QCoreApplication.translate("InboxModels", "Key id"),
            QCoreApplication.translate("InboxModels", "Fingerprint"),
            QCoreApplication.translate("InboxModels", "Trusted on"),
            QCoreApplication.translate("InboxModels", "State"),
        )

    def text(self, item: TrustedKeyInfo, column: int) -> str:
        if column == K_CODE:
            return item.unit_code
        if column == K_NAME:
            return item.unit_name
        if column == K_KEY:
            return item.key_id
        if column == K_FINGERPRINT:
            return item.fingerprint
        if column == K_TRUSTED:
            return local_date(item.trusted_at).strftime("%d/%m/%Y")
        if item.state == ACTIVE:
            return QCoreApplication.translate("InboxModels", "Trusted")
        when = local_date(item.ended_at).strftime("%d/%m/%Y")
        if item.state == REVOKED:
            return QCoreApplication.translate(
                "InboxModels", "Revoked on {date} (nothing it signed counts)"
            ).format(date=when)
        if item.state == REPLACED:
            return QCoreApplication.translate(
                "InboxModels", "Replaced by {key} on {date} (earlier files still count)"
            ).format(key=item.replaced_by, date=when)
        return QCoreApplication.translate(
            "InboxModels", "Retired on {date} (earlier files still count)"
        ).format(date=when)

    def sort_key(self, item: TrustedKeyInfo, column: int, text: str):
        if column == K_TRUSTED:
            return item.trusted_at.isoformat()
        return collation_key(text)

    def extra(self, item: TrustedKeyInfo, column: int, role: int):
        if column == K_STATE:
            pair = {ACTIVE: GOOD, REVOKED: BAD}.get(item.state, QUIET)
            return _colours(role, pair)
        if column == K_FINGERPRINT and role == Qt.FontRole:
            font = QFont("monospace")
            font.setStyleHint(QFont.Monospace)
            return font
        return None
