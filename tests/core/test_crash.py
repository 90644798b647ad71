"""Crash safety: a writer killed with SIGKILL at random moments never damages the database and
never loses a transaction it reported as committed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import uuid

import pytest

from doan_desktop.core.store.backups import check_database

KILLS = 50


def _write_until_killed(path: str, prefix: str, out: int) -> None:
    """The child: writes the way the program does (WAL, synchronous=FULL, foreign keys on);
    each transaction adds a chapter and its change-log entry, and its id is written to ``out``
    once COMMIT has returned."""
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL", "busy_timeout=5000"):
        connection.execute("PRAGMA " + pragma)
    for number in range(100000):
        chapter_id = str(uuid.uuid4())
        name = f"{prefix}-{number}"
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO chapter (id, created_at, updated_at, name, kind, active, note, search_key,"
            " sort_key) VALUES (?, '2026-01-01', '2026-01-01', ?, 'thon', 1, ?, ?, ?)",
            (chapter_id, name, "x" * (number % 700), name, name),
        )
        connection.execute(
            "INSERT INTO change_log (at, entity, entity_id, action, after) VALUES"
            " ('2026-01-01', 'chapter', ?, 'create', '{}')",
            (chapter_id,),
        )
        connection.execute("COMMIT")
        os.write(out, (chapter_id + "\n").encode("ascii"))


def _start_writer(path: str, prefix: str) -> tuple[int, object]:
    """Fork a writer (a fresh interpreter per round would take most of the test's time)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        try:
            os.close(read_end)
            _write_until_killed(path, prefix, write_end)
        finally:
            os._exit(0)
    os.close(write_end)
    return pid, os.fdopen(read_end, "r")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX")
def test_sigkill_at_random_moments_loses_no_reported_commit(data_dir, unit_db):
    unit_db.close()  # set up (check counts an office without a unit as not sound)
    path = str(data_dir.database)
    rng = random.Random(20261125)
    reported: set[str] = set()
    for round_number in range(KILLS):
        pid, lines = _start_writer(path, f"r{round_number}")
        # Kill after a random number of reported commits: mostly in the middle of the next one.
        wanted = rng.randint(0, 20)
        try:
            for _ in range(wanted):
                line = lines.readline()
                if not line:
                    break
                reported.add(line.strip())
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            # Lines written before the kill were reported too.
            reported.update(line.strip() for line in lines.read().splitlines() if line.strip())
        finally:
            lines.close()
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL

        connection = sqlite3.connect(path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {row[0] for row in connection.execute("SELECT id FROM chapter")}
            logged = {row[0] for row in connection.execute("SELECT entity_id FROM change_log")}
        finally:
            connection.close()
        missing = reported - stored
        assert not missing, f"round {round_number}: {len(missing)} reported commits lost"
        assert stored <= logged  # a chapter never without its change-log entry
    assert len(reported) > KILLS
    assert check_database(data_dir.database) == []
