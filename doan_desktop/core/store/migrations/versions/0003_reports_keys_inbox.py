"""reports, signing keys, the superior inbox

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 00:00:05.030516
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('manual_value',
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('indicator', sa.String(length=60), nullable=False),
    sa.Column('disagg', sa.String(length=120), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_manual_value'))
    )
    with op.batch_alter_table('manual_value', schema=None) as batch_op:
        batch_op.create_index('ix_manual_value_key', ['period', 'indicator', 'disagg'], unique=True)

    op.create_table('received_report',
    sa.Column('issuer', sa.String(length=50), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.String(length=36), nullable=False),
    sa.Column('supersedes', sa.String(length=36), nullable=True),
    sa.Column('created', sa.String(length=20), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('superseded_by', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_received_report')),
    sa.UniqueConstraint('file_sha256', name=op.f('uq_received_report_file_sha256')),
    sa.UniqueConstraint('report_id', name=op.f('uq_received_report_report_id'))
    )
    with op.batch_alter_table('received_report', schema=None) as batch_op:
        batch_op.create_index('ix_received_report_issuer', ['issuer', 'period', 'sequence'], unique=False)

    op.create_table('rejected_file',
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('kept_as', sa.String(length=500), nullable=False),
    sa.Column('issuer', sa.String(length=50), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rejected_file'))
    )
    op.create_table('report',
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.String(length=36), nullable=False),
    sa.Column('supersedes', sa.String(length=36), nullable=True),
    sa.Column('created', sa.String(length=20), nullable=False),
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('roster', sa.JSON(), nullable=True),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report')),
    sa.UniqueConstraint('report_id', name=op.f('uq_report_report_id')),
    sa.UniqueConstraint('sequence', name=op.f('uq_report_sequence'))
    )
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_period'), ['period'], unique=False)

    op.create_table('signing_key',
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.String(length=80), nullable=False),
    sa.Column('private_pem', sa.LargeBinary(), nullable=False),
    sa.Column('previous_key_id', sa.String(length=16), nullable=True),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signing_key')),
    sa.UniqueConstraint('key_id', name=op.f('uq_signing_key_key_id'))
    )
    op.create_table('trusted_key',
    sa.Column('unit_code', sa.String(length=50), nullable=False),
    sa.Column('unit_name', sa.String(length=200), nullable=False),
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.String(length=80), nullable=False),
    sa.Column('fingerprint', sa.String(length=100), nullable=False),
    sa.Column('registration', sa.LargeBinary(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trusted_key')),
    sa.UniqueConstraint('key_id', name=op.f('uq_trusted_key_key_id'))
    )
    with op.batch_alter_table('trusted_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trusted_key_unit_code'), ['unit_code'], unique=False)

    op.create_table('received_value',
    sa.Column('report_id', sa.String(length=36), nullable=False),
    sa.Column('indicator', sa.String(length=60), nullable=False),
    sa.Column('disagg', sa.String(length=120), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['report_id'], ['received_report.id'], name=op.f('fk_received_value_report_id_received_report')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_received_value'))
    )
    with op.batch_alter_table('received_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_received_value_report_id'), ['report_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('received_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_received_value_report_id'))

    op.drop_table('received_value')
    with op.batch_alter_table('trusted_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trusted_key_unit_code'))

    op.drop_table('trusted_key')
    op.drop_table('signing_key')
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_period'))

    op.drop_table('report')
    op.drop_table('rejected_file')
    with op.batch_alter_table('received_report', schema=None) as batch_op:
        batch_op.drop_index('ix_received_report_issuer')

    op.drop_table('received_report')
    with op.batch_alter_table('manual_value', schema=None) as batch_op:
        batch_op.drop_index('ix_manual_value_key')

    op.drop_table('manual_value')
    
