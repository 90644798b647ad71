"""Test set-up: Qt offscreen, a fresh data dir per test, English-independent Vietnamese default."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DOAN_DATA_DIR", None)
# Tests read messages in their English source form; tests/i18n checks the Vietnamese catalogue.
os.environ["DOAN_LANG"] = "en"

import datetime as dt  # noqa: E402
import time  # noqa: E402

from doan_desktop.ui.refcount_guard import immortalise_singletons  # noqa: E402

# PySide6 6.12.0 on Python 3.11 leaks references to None/True at every call (see the module);
# the window guards itself at start, and a long test run needs the same guard.
immortalise_singletons()

import pytest  # noqa: E402

from doan_desktop.core import clock, formatting, messages  # noqa: E402
from doan_desktop.core.store.db import open_database  # noqa: E402
from doan_desktop.core.unit import UnitInfo, save_unit  # noqa: E402
from doan_desktop.paths import DataDir  # noqa: E402

TODAY = dt.date(2026, 11, 25)
# The moment every test starts at: code that asks doan_desktop's clock gets TODAY at 10:00, moving
# on as the test runs (records saved one after another keep their order), whatever the machine's
# date. CI also runs the suite with the machine's clock moved (libfaketime), which catches anything
# that reads the real calendar some other way.
NOW = dt.datetime.combine(TODAY, dt.time(10, 0)).astimezone()


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch):
    started = time.perf_counter()
    monkeypatch.setattr(
        clock, "_wall", lambda: NOW + dt.timedelta(seconds=time.perf_counter() - started)
    )
    return NOW


@pytest.fixture(autouse=True)
def cheap_key_wrapping(monkeypatch):
    """Key files written with scrypt n=2**4 instead of 2**17 (half a second and 128 MiB per
    unlock): every test that makes a key or signs a report would otherwise pay that. The strong
    default is asserted in tests/exchange/test_key_file.py."""
    from doan_desktop.exchange import keys

    monkeypatch.setattr(keys, "KDF", keys.KdfParams(n=2**4, r=8, p=1))


@pytest.fixture(autouse=True)
def english_messages():
    """English source text in every test, whatever language an earlier test (or a CLI run
    inside a test) installed into Qt and the core."""
    messages.set_translator(None)
    yield
    from doan_desktop import i18n

    i18n.install("en")
    messages.set_translator(None)
    # Numbers stay in the default (Vietnamese) writing; tests/core/test_formatting covers English.
    formatting.set_language("vi")


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
