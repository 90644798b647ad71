"""The change log: every create, update, delete and restore, with the values before and after."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from doan_desktop.core.store.models import ChangeLog

_SKIPPED = {"search_key", "sort_key", "created_at", "updated_at"}


def snapshot(record: Any) -> dict[str, Any]:
    """The record's own columns as JSON-friendly values."""
    values = {}
    for column in inspect(record).mapper.column_attrs:
        if column.key in _SKIPPED:
            continue
        value = getattr(record, column.key)
        if isinstance(value, dt.datetime | dt.date):
            value = value.isoformat()
        values[column.key] = value
    return values


def log_change(
    session: Session,
    entity: str,
    entity_id: str,
    action: str,
    before: dict | None = None,
    after: dict | None = None,
) -> None:
    if before is not None and after is not None:
        changed = {k for k in after if before.get(k) != after.get(k)}
        if not changed:
            return
        before = {k: before.get(k) for k in changed}
        after = {k: after[k] for k in changed}
    session.add(
        ChangeLog(entity=entity, entity_id=entity_id, action=action, before=before, after=after)
    )
