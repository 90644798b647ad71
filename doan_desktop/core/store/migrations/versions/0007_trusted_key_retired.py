"""trusted keys: retired (replaced or lost) apart from revoked (compromised)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 02:00:00.000000
"""

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_keys = sa.table(
    "trusted_key",
    sa.column("id", sa.String),
    sa.column("key_id", sa.String),
    sa.column("registration", sa.LargeBinary),
    sa.column("created_at", sa.DateTime),
    sa.column("revoked_at", sa.DateTime),
    sa.column("retired_at", sa.DateTime),
    sa.column("retired_by", sa.String),
)
_log = sa.table(
    "change_log",
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("action", sa.String),
    sa.column("after", sa.JSON),
)


def _registration(data: bytes) -> dict:
    try:
        document = json.loads(data)
    except (TypeError, ValueError):
        return {}
    return document if isinstance(document, dict) else {}


def _created(document: dict) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(document.get("created") or "", "%Y-%m-%dT%H:%M:%SZ")
    except (TypeError, ValueError):
        return None


def upgrade() -> None:
    with op.batch_alter_table("trusted_key", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retired_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("retired_by", sa.String(length=16), nullable=True))

    # Until now a rotation set revoked_at on the old key, like a revocation. A rotation is
    # told apart by what it left: the change log's "replace" of that key, or a newer key whose
    # registration names it as previous and was trusted at that very moment. Such a key
    # becomes retired (its files made before the rotation stay acceptable); any other
    # revoked key stays revoked.
    connection = op.get_bind()
    rows = connection.execute(sa.select(_keys)).mappings().all()
    successors: dict[str, list] = {}
    for row in rows:
        previous = _registration(row["registration"]).get("previous_key_id")
        if isinstance(previous, str):
            successors.setdefault(previous, []).append(row)
    replaced_in_log = {}
    for entry in connection.execute(
        sa.select(_log.c.entity_id, _log.c.after).where(
            _log.c.entity == "trusted_key", _log.c.action == "replace"
        )
    ):
        after = entry.after if isinstance(entry.after, dict) else {}
        replaced_in_log[entry.entity_id] = after.get("replaced_by")
    for row in rows:
        if row["revoked_at"] is None:
            continue
        newer = successors.get(row["key_id"], [])
        successor = next((n for n in newer if n["created_at"] == row["revoked_at"]), None)
        if row["id"] in replaced_in_log:
            named = replaced_in_log[row["id"]]
            successor = next((n for n in newer if n["key_id"] == named), successor)
        elif successor is None:
            continue
        retired_at = row["revoked_at"]
        created = _created(_registration(successor["registration"])) if successor else None
        if created is not None and created <= retired_at:
            retired_at = created  # the moment the commune rotated, not when it was trusted here
        connection.execute(
            _keys.update()
            .where(_keys.c.id == row["id"])
            .values(
                revoked_at=None,
                retired_at=retired_at,
                retired_by=successor["key_id"] if successor else replaced_in_log[row["id"]],
            )
        )


def downgrade() -> None:
    # The older program knows only revoked keys: a retired one becomes revoked.
    op.execute(
        "UPDATE trusted_key SET revoked_at = retired_at "
        "WHERE revoked_at IS NULL AND retired_at IS NOT NULL"
    )
    with op.batch_alter_table("trusted_key", schema=None) as batch_op:
        batch_op.drop_column("retired_by")
        batch_op.drop_column("retired_at")
