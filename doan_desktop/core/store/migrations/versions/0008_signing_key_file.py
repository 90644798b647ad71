"""signing key file: the private half of the key may be absent from the table

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 02:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The private half now lives in its own file (keys/signing-<key id>.key) so that backups of
    # the database do not carry it. Rows keep their private_pem until the clerk next unlocks the
    # key: only the passphrase can re-wrap it, so nothing is moved or dropped here.
    with op.batch_alter_table("signing_key", schema=None) as batch_op:
        batch_op.alter_column("private_pem", existing_type=sa.LargeBinary(), nullable=True)


def downgrade() -> None:
    moved = (
        op.get_bind()
        .execute(sa.text("SELECT count(*) FROM signing_key WHERE private_pem IS NULL"))
        .scalar()
    )
    if moved:
        raise RuntimeError(
            f"{moved} signing keys live in key files; an older version could not use them"
        )
    with op.batch_alter_table("signing_key", schema=None) as batch_op:
        batch_op.alter_column("private_pem", existing_type=sa.LargeBinary(), nullable=False)
