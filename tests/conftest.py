"""Test set-up: Qt offscreen, a fresh data dir per test, English-independent Vietnamese default."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DOAN_DATA_DIR", None)
os.environ.pop("DOAN_LANG", None)

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from doan_desktop.core import messages  # noqa: E402
from doan_desktop.core.store.db import open_database  # noqa: E402
from doan_desktop.core.unit import UnitInfo, save_unit  # noqa: E402
from doan_desktop.paths import DataDir  # noqa: E402

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(autouse=True)
def english_core_messages():
    """Core messages in their English source form unless a test installs a language."""
    messages.set_translator(None)
    yield
    messages.set_translator(None)


@pytest.fixture
def data_dir(tmp_path) -> DataDir:
    return DataDir(tmp_path / "data").ensure()


@pytest.fixture
def database(data_dir):
    db = open_database(data_dir.database, data_dir.backups)
    yield db
    db.close()


SAMPLE_UNIT = UnitInfo(
    name="Hòa Phú",
    code="HP-DL-01",
    kind="xa",
    province="Đắk Lắk",
    superior_name="Tỉnh Đoàn Đắk Lắk",
    superior_code="TD-DL",
)


@pytest.fixture
def unit_db(database):
    """A database with the unit set up and no chapters."""
    with database.session() as session:
        save_unit(session, SAMPLE_UNIT)
    return database
