"""training state: a training is planned before it is held

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 01:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The office announces a class weeks ahead and lists who is to come; results and
    # certificates only make sense once it is held. Existing trainings were recorded after
    # the fact, hence "held".
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("state", sa.String(length=10), nullable=False, server_default="held")
        )


def downgrade() -> None:
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.drop_column("state")
