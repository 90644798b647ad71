"""Icons: one consistent set (Material Design Icons through qtawesome), always beside a label
or a tooltip.

Only that one icon font is loaded (and shipped in the frozen build): qtawesome's own ``icon()``
loads all twelve of its fonts at first use and, on Windows, copies them into the user's fonts
folder.
"""

from __future__ import annotations

from pathlib import Path

import qtawesome
from PySide6.QtGui import QIcon
from qtawesome.iconic_font import IconicFont

PREFIX = "mdi6"
FONT_FILES = "materialdesignicons6-webfont"
DEFAULT_COLOR = "#37474f"
_font: list[IconicFont] = []

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


def font_files() -> tuple[Path, Path]:
    """The Material Design Icons font and its charmap, as this qtawesome release names them."""
    folder = Path(qtawesome.__file__).parent / "fonts"
    ttf = sorted(folder.glob(FONT_FILES + "-*.ttf"))
    charmap = sorted(folder.glob(FONT_FILES + "-charmap-*.json"))
    if not ttf or not charmap:
        raise FileNotFoundError(f"no {FONT_FILES} font in {folder}")
    return ttf[-1], charmap[-1]


def mdi_icon(full_name: str, color: str = DEFAULT_COLOR) -> QIcon:
    """An icon by its qtawesome name ("mdi6.magnify"), drawn from the one font loaded."""
    if not _font:
        ttf, charmap = font_files()
        _font.append(IconicFont((PREFIX, ttf.name, charmap.name, str(ttf.parent))))
    return _font[0].icon(full_name, color=color)


def icon(name: str) -> QIcon:
    return mdi_icon(_ICONS[name])
