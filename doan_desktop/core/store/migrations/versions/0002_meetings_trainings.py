"""meetings, attendance, trainings and the secretaries club

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 23:53:39.125728
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('training',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('trainers', sa.Text(), nullable=False),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.Column('hours', sa.String(length=10), nullable=False),
    sa.Column('for_club', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search_key', sa.String(length=300), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training'))
    )
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_search_key'), ['search_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_start_date'), ['start_date'], unique=False)

    op.create_table('club_member',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('since', sa.String(length=10), nullable=False),
    sa.Column('until', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_club_member_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_club_member'))
    )
    with op.batch_alter_table('club_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_club_member_person_id'), ['person_id'], unique=False)

    op.create_table('meeting',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('chapter_id', sa.String(length=36), nullable=True),
    sa.Column('for_month', sa.String(length=7), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('end_time', sa.String(length=5), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('chair_id', sa.String(length=36), nullable=True),
    sa.Column('secretary_id', sa.String(length=36), nullable=True),
    sa.Column('agenda', sa.JSON(), nullable=False),
    sa.Column('discussion', sa.JSON(), nullable=False),
    sa.Column('conclusions', sa.Text(), nullable=False),
    sa.Column('resolutions', sa.Text(), nullable=False),
    sa.Column('vote_for', sa.Integer(), nullable=True),
    sa.Column('vote_against', sa.Integer(), nullable=True),
    sa.Column('vote_other', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('finalised_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['chair_id'], ['person.id'], name=op.f('fk_meeting_chair_id_person')),
    sa.ForeignKeyConstraint(['chapter_id'], ['chapter.id'], name=op.f('fk_meeting_chapter_id_chapter')),
    sa.ForeignKeyConstraint(['secretary_id'], ['person.id'], name=op.f('fk_meeting_secretary_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_chapter_id'), ['chapter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_kind'), ['kind'], unique=False)

    op.create_table('training_participant',
    sa.Column('training_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('guest_name', sa.String(length=200), nullable=False),
    sa.Column('guest_title', sa.String(length=300), nullable=False),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('certificate_number', sa.String(length=50), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_training_participant_person_id_person')),
    sa.ForeignKeyConstraint(['training_id'], ['training.id'], name=op.f('fk_training_participant_training_id_training')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_participant'))
    )
    with op.batch_alter_table('training_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_participant_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_participant_training_id'), ['training_id'], unique=False)

    op.create_table('attendance',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_attendance_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_attendance_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_person_id'), ['person_id'], unique=False)

    op.create_table('meeting_chapter',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('chapter_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['chapter_id'], ['chapter.id'], name=op.f('fk_meeting_chapter_chapter_id_chapter')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_chapter_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_chapter'))
    )
    with op.batch_alter_table('meeting_chapter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_chapter_chapter_id'), ['chapter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_chapter_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_guest',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_guest_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_guest'))
    )
    with op.batch_alter_table('meeting_guest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_guest_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_revision',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_revision_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_revision'))
    )
    with op.batch_alter_table('meeting_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_revision_meeting_id'), ['meeting_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('meeting_revision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_revision_meeting_id'))

    op.drop_table('meeting_revision')
    with op.batch_alter_table('meeting_guest', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_guest_meeting_id'))

    op.drop_table('meeting_guest')
    with op.batch_alter_table('meeting_chapter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_chapter_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_chapter_chapter_id'))

    op.drop_table('meeting_chapter')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_person_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_meeting_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('training_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_participant_training_id'))
        batch_op.drop_index(batch_op.f('ix_training_participant_person_id'))

    op.drop_table('training_participant')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_kind'))
        batch_op.drop_index(batch_op.f('ix_meeting_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_meeting_date'))
        batch_op.drop_index(batch_op.f('ix_meeting_chapter_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('club_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_club_member_person_id'))

    op.drop_table('club_member')
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_start_date'))
        batch_op.drop_index(batch_op.f('ix_training_search_key'))
        batch_op.drop_index(batch_op.f('ix_training_deleted_at'))

    op.drop_table('training')
    
