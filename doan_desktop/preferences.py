"""Preferences of the person at this PC (language, text size), kept beside the data."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

FONT_SCALES = (100, 115, 130, 150)


@dataclass
class Preferences:
    language: str = "vi"
    font_scale: int = 100  # per cent of the system font size

    @classmethod
    def load(cls, path: Path) -> Preferences:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        prefs = cls()
        if raw.get("language") in ("vi", "en"):
            prefs.language = raw["language"]
        if raw.get("font_scale") in FONT_SCALES:
            prefs.font_scale = raw["font_scale"]
        return prefs

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(partial, path)
