"""The backups dialog, and the window's data safety: a folder that cannot be written, timers (lost
data at start: test_recovery_dialog.py; a second start: test_single_instance.py)."""

from __future__ import annotations

import pytest

from doan_desktop.core.chapters import ChapterInput, add_chapter, list_chapters
from doan_desktop.core.store import backups
from doan_desktop.core.store.lock import DataDirLock
from doan_desktop.preferences import Preferences
from doan_desktop.ui import data_safety, prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs import backups_dialog as dialog_module
from doan_desktop.ui.dialogs.backups_dialog import BackupsDialog


@pytest.fixture
def answers(monkeypatch):
    """Message boxes answered by the test: ``answers.yes`` for questions; texts recorded."""

    class Answers:
        yes = True
        texts: list[str] = []

    record = Answers()
    record.texts = []

    def ask(parent, title, text):
        record.texts.append(text)
        return record.yes

    monkeypatch.setattr(prompts, "ask_yes_no", ask)
    monkeypatch.setattr(
        prompts, "show_error", lambda parent, title, text: record.texts.append(text)
    )
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: record.texts.append(text))
    return record


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences())


def _add(context, name):
    with context.database.session() as session:
        add_chapter(session, ChapterInput(name, "thon"))


def _names(context):
    with context.database.session() as session:
        return [c.name for c in list_chapters(session)]


@pytest.fixture
def dialog(qtbot, context, answers):
    widget = BackupsDialog(context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_back_up_now_lists_the_new_copy(dialog, context):
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.create_button.click()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Made by hand"
    assert "checked" in dialog.status.text()
    assert dialog.restore_button.isEnabled()


def test_restore_asks_backs_up_the_present_and_reopens(dialog, context, answers):
    _add(context, "Thôn 1")
    dialog.create_button.click()
    _add(context, "Thôn 2")
    changed = []
    context.events.changed.connect(changed.append)
    answers.yes = False
    dialog.restore_button.click()
    assert _names(context) == ["Thôn 1", "Thôn 2"]  # declined: nothing happened
    answers.yes = True
    dialog.restore_button.click()
    assert "present data is backed up first" in answers.texts[-1]
    assert _names(context) == ["Thôn 1"]  # the reopened database
    reasons = [i.reason for i in backups.list_backups(context.data_dir.backups)]
    assert sorted(reasons) == ["before-restore", "manual"]
    assert "Restored" in dialog.status.text()
    assert "person" in changed


def test_a_damaged_backup_is_refused_with_a_message(dialog, context, answers):
    _add(context, "Thôn 1")
    dialog.create_button.click()
    info = backups.list_backups(context.data_dir.backups)[0]
    with open(info.path, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\x0d\xff\x00\xff" * 4096)
    _add(context, "Thôn 2")
    dialog.restore_button.click()
    assert "damaged" in dialog.message.text()
    assert _names(context) == ["Thôn 1", "Thôn 2"]


def test_open_folder(dialog, context, monkeypatch):
    opened = []
    monkeypatch.setattr(dialog_module, "open_folder", opened.append)
    dialog.folder_button.click()
    assert opened == [context.data_dir.backups]


def test_read_only_data_folder_is_explained(data_dir, answers, monkeypatch):
    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(DataDirLock, "acquire", denied)
    lock, code = data_safety.take_lock(data_dir)
    assert lock is None and code == 1
    assert "No permission to write" in answers.texts[-1]
    assert str(data_dir.root) in answers.texts[-1]


def test_periodic_backup_only_when_records_changed_and_at_close(qtbot, context):
    scheduler = data_safety.BackupScheduler(context, minutes=60)
    scheduler.tick()
    assert scheduler._job is None  # nothing changed: no copy
    _add(context, "Thôn 1")
    scheduler.tick()
    qtbot.waitUntil(
        lambda: scheduler._job is None and scheduler.last_backup is not None, timeout=10000
    )
    assert scheduler.last_backup.reason == "periodic"
    assert scheduler.at_close() is None  # no change since the last copy
    _add(context, "Thôn 2")
    assert scheduler.at_close().reason == "close"


def test_settings_page_opens_the_backups_dialog(qtbot, context, monkeypatch):
    from doan_desktop.ui.pages.settings import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    opened = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: opened.append(self) or 0)
    page.backups_button.click()
    assert len(opened) == 1 and opened[0].context is context
