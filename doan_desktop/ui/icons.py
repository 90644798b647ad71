"""Icons: one consistent set (Material Design Icons through qtawesome), always beside a label
or a tooltip."""

from __future__ import annotations

import qtawesome
from PySide6.QtGui import QIcon

_ICONS = {
    "overview": "mdi6.view-dashboard-outline",
    "chapters": "mdi6.account-group-outline",
    "people": "mdi6.card-account-details-outline",
    "meetings": "mdi6.calendar-text-outline",
    "trainings": "mdi6.school-outline",
    "works": "mdi6.hand-heart-outline",
    "models": "mdi6.home-group",
    "history": "mdi6.history",
    "trash": "mdi6.delete-restore",
    "settings": "mdi6.cog-outline",
    "add": "mdi6.plus",
    "edit": "mdi6.pencil-outline",
    "delete": "mdi6.delete-outline",
    "restore": "mdi6.restore",
    "search": "mdi6.magnify",
    "save": "mdi6.content-save-outline",
    "office": "mdi6.badge-account-outline",
    "deactivate": "mdi6.pause-circle-outline",
    "activate": "mdi6.play-circle-outline",
    "warning": "mdi6.alert-outline",
    "error": "mdi6.alert-circle-outline",
    "folder": "mdi6.folder-open-outline",
    "inbox": "mdi6.inbox-arrow-down-outline",
    "report": "mdi6.file-chart-outline",
    "print": "mdi6.printer-outline",
    "key": "mdi6.key-outline",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "backup": "mdi6.backup-restore",
}


def icon(name: str) -> QIcon:
    return qtawesome.icon(_ICONS[name], color="#37474f")
