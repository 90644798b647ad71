"""Files shipped with the program (fonts, icons, compiled translations), found the same way
from a source tree, an installed package or a frozen build.

The top-level resources/ folder is installed as the package ``doan_desktop.resources``
(pyproject.toml maps it); in a source checkout it is read where it stands.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def _resources_root() -> Path:
    try:
        return Path(str(resources.files("doan_desktop.resources")))
    except ModuleNotFoundError:  # running from a source checkout
        return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return _resources_root().joinpath(*parts)


def locale_dir() -> Path:
    return Path(str(resources.files("doan_desktop").joinpath("locale")))
