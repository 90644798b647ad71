"""receipts and circulars sent down by the superior office; what a refused file claims

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26 03:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    # New tables only, and one new nullable column: every existing row stays as it is. Files
    # refused before this version have no claims; a receipt for them reads the copy kept in
    # inbox/rejected/ (core/receipts.py).
    op.create_table(
        "issued_receipt",
        sa.Column("recipient", sa.String(length=50), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created", sa.String(length=20), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("entries", sa.JSON(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_receipt")),
    )
    with op.batch_alter_table("issued_receipt", schema=None) as batch_op:
        batch_op.create_index("ix_issued_receipt_recipient", ["recipient", "sequence"], unique=True)
        batch_op.create_index(batch_op.f("ix_issued_receipt_period"), ["period"], unique=False)

    op.create_table(
        "issued_receipt_item",
        sa.Column("receipt_id", sa.String(length=36), nullable=False),
        sa.Column("item_kind", sa.String(length=10), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["issued_receipt.id"],
            name=op.f("fk_issued_receipt_item_receipt_id_issued_receipt"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_receipt_item")),
    )
    with op.batch_alter_table("issued_receipt_item", schema=None) as batch_op:
        batch_op.create_index("ix_issued_receipt_item_item", ["item_kind", "item_id"], unique=True)
        batch_op.create_index(
            batch_op.f("ix_issued_receipt_item_receipt_id"), ["receipt_id"], unique=False
        )

    op.create_table(
        "imported_receipt",
        sa.Column("issuer", sa.String(length=50), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created", sa.String(length=20), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("entries", sa.JSON(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_receipt")),
        sa.UniqueConstraint("file_sha256", name=op.f("uq_imported_receipt_file_sha256")),
    )
    with op.batch_alter_table("imported_receipt", schema=None) as batch_op:
        batch_op.create_index(
            "ix_imported_receipt_issuer", ["issuer", "period", "sequence"], unique=False
        )

    op.create_table(
        "circular",
        sa.Column("issuer", sa.String(length=50), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("applies_from", sa.String(length=7), nullable=False),
        sa.Column("list_version", sa.Integer(), nullable=False),
        sa.Column("indicators", sa.JSON(), nullable=False),
        sa.Column("deadlines", sa.JSON(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circular")),
        sa.UniqueConstraint("file_sha256", name=op.f("uq_circular_file_sha256")),
    )
    with op.batch_alter_table("circular", schema=None) as batch_op:
        batch_op.create_index("ix_circular_issuer", ["issuer", "sequence"], unique=True)

    # A plain ADD COLUMN (nullable, no default): SQLite adds it without copying the table.
    op.add_column("rejected_file", sa.Column("claims", sa.JSON(), nullable=True))


def downgrade() -> None:
    sent = sum(
        op.get_bind().execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()
        for table in ("issued_receipt", "imported_receipt", "circular")
    )
    if sent:
        raise RuntimeError(
            f"{sent} receipts and circulars are kept here; an older version could not keep them"
        )
    with op.batch_alter_table("rejected_file", schema=None) as batch_op:
        batch_op.drop_column("claims")
    op.drop_table("circular")
    op.drop_table("imported_receipt")
    op.drop_table("issued_receipt_item")
    op.drop_table("issued_receipt")
