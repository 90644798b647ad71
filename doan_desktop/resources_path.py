"""Files shipped with the program (fonts, icons, compiled translations), found the same way
from a source tree, an installed package or a frozen build."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource(*parts: str) -> Path:
    return Path(str(resources.files("doan_desktop.resources").joinpath(*parts)))


def locale_dir() -> Path:
    return Path(str(resources.files("doan_desktop").joinpath("locale")))
