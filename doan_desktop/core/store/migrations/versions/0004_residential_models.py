"""youth works, volunteering, commendations, cadre plans, the 3-have model

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 00:15:09.983664
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('youth_work',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('workdays', sa.Integer(), nullable=False),
    sa.Column('participant_count', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_work'))
    )
    with op.batch_alter_table('youth_work', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_work_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_youth_work_start_date'), ['start_date'], unique=False)

    op.create_table('compliance_override',
    sa.Column('chapter_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('three_have', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['chapter_id'], ['chapter.id'], name=op.f('fk_compliance_override_chapter_id_chapter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_compliance_override'))
    )
    with op.batch_alter_table('compliance_override', schema=None) as batch_op:
        batch_op.create_index('ix_compliance_override_key', ['chapter_id', 'period'], unique=True)

    op.create_table('model_participation',
    sa.Column('chapter_id', sa.String(length=36), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('pilot', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['chapter_id'], ['chapter.id'], name=op.f('fk_model_participation_chapter_id_chapter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_model_participation'))
    )
    with op.batch_alter_table('model_participation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_model_participation_chapter_id'), ['chapter_id'], unique=False)

    op.create_table('volunteer_drive',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('field', sa.String(length=20), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('teams', sa.Integer(), nullable=False),
    sa.Column('volunteers', sa.Integer(), nullable=False),
    sa.Column('participation', sa.Integer(), nullable=False),
    sa.Column('people_helped', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('chapter_id', sa.String(length=36), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['chapter_id'], ['chapter.id'], name=op.f('fk_volunteer_drive_chapter_id_chapter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_drive'))
    )
    with op.batch_alter_table('volunteer_drive', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_drive_chapter_id'), ['chapter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_drive_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_drive_start_date'), ['start_date'], unique=False)

    op.create_table('youth_work_chapter',
    sa.Column('work_id', sa.String(length=36), nullable=False),
    sa.Column('chapter_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['chapter_id'], ['chapter.id'], name=op.f('fk_youth_work_chapter_chapter_id_chapter')),
    sa.ForeignKeyConstraint(['work_id'], ['youth_work.id'], name=op.f('fk_youth_work_chapter_work_id_youth_work')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_work_chapter'))
    )
    with op.batch_alter_table('youth_work_chapter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_work_chapter_chapter_id'), ['chapter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_youth_work_chapter_work_id'), ['work_id'], unique=False)

    op.create_table('cadre_plan',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('planned_office', sa.String(length=200), nullable=False),
    sa.Column('term', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_cadre_plan_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cadre_plan'))
    )
    with op.batch_alter_table('cadre_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cadre_plan_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_cadre_plan_person_id'), ['person_id'], unique=False)

    op.create_table('commendation',
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('chapter_id', sa.String(length=36), nullable=True),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('decision_number', sa.String(length=60), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['chapter_id'], ['chapter.id'], name=op.f('fk_commendation_chapter_id_chapter')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_commendation_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commendation'))
    )
    with op.batch_alter_table('commendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commendation_chapter_id'), ['chapter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commendation_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_commendation_person_id'), ['person_id'], unique=False)

    op.create_table('volunteer_participant',
    sa.Column('drive_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['drive_id'], ['volunteer_drive.id'], name=op.f('fk_volunteer_participant_drive_id_volunteer_drive')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_volunteer_participant_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_participant'))
    )
    with op.batch_alter_table('volunteer_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_participant_drive_id'), ['drive_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_participant_person_id'), ['person_id'], unique=False)

    op.create_table('youth_work_participant',
    sa.Column('work_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_youth_work_participant_person_id_person')),
    sa.ForeignKeyConstraint(['work_id'], ['youth_work.id'], name=op.f('fk_youth_work_participant_work_id_youth_work')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_work_participant'))
    )
    with op.batch_alter_table('youth_work_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_work_participant_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_youth_work_participant_work_id'), ['work_id'], unique=False)

    with op.batch_alter_table('chapter', schema=None) as batch_op:
        batch_op.add_column(sa.Column('remote', sa.Boolean(), server_default='0', nullable=False))

    


def downgrade() -> None:
    
    with op.batch_alter_table('chapter', schema=None) as batch_op:
        batch_op.drop_column('remote')

    with op.batch_alter_table('youth_work_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_work_participant_work_id'))
        batch_op.drop_index(batch_op.f('ix_youth_work_participant_person_id'))

    op.drop_table('youth_work_participant')
    with op.batch_alter_table('volunteer_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_participant_person_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_participant_drive_id'))

    op.drop_table('volunteer_participant')
    with op.batch_alter_table('commendation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commendation_person_id'))
        batch_op.drop_index(batch_op.f('ix_commendation_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_commendation_chapter_id'))

    op.drop_table('commendation')
    with op.batch_alter_table('cadre_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cadre_plan_person_id'))
        batch_op.drop_index(batch_op.f('ix_cadre_plan_deleted_at'))

    op.drop_table('cadre_plan')
    with op.batch_alter_table('youth_work_chapter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_work_chapter_work_id'))
        batch_op.drop_index(batch_op.f('ix_youth_work_chapter_chapter_id'))

    op.drop_table('youth_work_chapter')
    with op.batch_alter_table('volunteer_drive', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_drive_start_date'))
        batch_op.drop_index(batch_op.f('ix_volunteer_drive_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_volunteer_drive_chapter_id'))

    op.drop_table('volunteer_drive')
    with op.batch_alter_table('model_participation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_model_participation_chapter_id'))

    op.drop_table('model_participation')
    with op.batch_alter_table('compliance_override', schema=None) as batch_op:
        batch_op.drop_index('ix_compliance_override_key')

    op.drop_table('compliance_override')
    with op.batch_alter_table('youth_work', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_youth_work_start_date'))
        batch_op.drop_index(batch_op.f('ix_youth_work_deleted_at'))

    op.drop_table('youth_work')
    
