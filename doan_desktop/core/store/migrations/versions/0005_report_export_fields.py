"""report export: recipient and app version frozen with the report; the key's registration

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 01:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Exporting a report again must give the same bytes, so everything its manifest says is
    # frozen with it, even if the superior's code or the program's version changes later.
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("recipient", sa.String(length=50), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("app_version", sa.String(length=40), nullable=False, server_default="")
        )
    # A rotated key's registration is signed by the old key too: kept as made, since the old
    # key's passphrase is not at hand when the clerk exports it again later.
    with op.batch_alter_table("signing_key", schema=None) as batch_op:
        batch_op.add_column(sa.Column("registration", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("signing_key", schema=None) as batch_op:
        batch_op.drop_column("registration")
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.drop_column("app_version")
        batch_op.drop_column("recipient")
