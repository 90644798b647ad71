"""--demo writes the sample commune off the GUI thread behind a busy window
(ui/sample_fill.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog
from sqlalchemy import func, select

from doan_desktop.core import demo
from doan_desktop.core.store.models import Person
from doan_desktop.core.unit import get_unit, save_unit
from doan_desktop.ui import prompts, sample_fill
from tests.conftest import SAMPLE_UNIT


def _people(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_the_sample_is_written_while_a_busy_window_shows(qtbot, database, monkeypatch):
    seen = []
    real_fill = demo.fill_sample_commune

    def fill(session):
        # On the pool thread: the busy window is up meanwhile.
        seen.append([w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)])
        real_fill(session)

    monkeypatch.setattr(demo, "fill_sample_commune", fill)
    monkeypatch.setattr(prompts, "show_error", lambda *a: pytest.fail(f"error shown: {a}"))

    assert sample_fill.fill_sample_commune(database) is True

    assert len(seen) == 1 and seen[0], "no busy window while the sample was written"
    assert seen[0][0].labelText() == "Preparing the sample commune for practice…"
    assert not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
    )
    with database.session() as session:
        assert get_unit(session) is not None
    assert _people(database) == 300


def test_a_sample_already_there_is_not_written_twice(qtbot, database):
    assert sample_fill.fill_sample_commune(database) is True
    assert sample_fill.fill_sample_commune(database) is True
    assert _people(database) == 300


def test_a_failure_is_said_and_nothing_is_kept(qtbot, database, monkeypatch):
    errors = []

    def broken(session):
        save_unit(session, SAMPLE_UNIT)  # written, then rolled back with the rest
        session.flush()
        raise OSError("disk full")

    monkeypatch.setattr(demo, "fill_sample_commune", broken)
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: errors.append(text))

    assert sample_fill.fill_sample_commune(database) is False

    assert errors == ["The sample commune could not be written: disk full"]
    with database.session() as session:
        assert get_unit(session) is None
    assert _people(database) == 0
