"""What every page and dialog is given: the data dir, the database, the preferences, and a
signal that tells the other pages the records changed."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from doan_desktop.core.store.db import Database
from doan_desktop.paths import DataDir
from doan_desktop.preferences import Preferences


class DataEvents(QObject):
    # The kind of record that changed: "unit", "chapter", "person", "office" …
    changed = Signal(str)


@dataclass
class AppContext:
    data_dir: DataDir
    database: Database
    preferences: Preferences
    events: DataEvents = field(default_factory=DataEvents)

    def notify(self, kind: str) -> None:
        self.events.changed.emit(kind)
