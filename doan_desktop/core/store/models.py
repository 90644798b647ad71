"""The ORM models. Schema changes go through Alembic migrations in ``migrations/versions``."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from doan_desktop.core import clock


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return clock.utc_now().replace(tzinfo=None)


NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record:
    """Columns every table has. Ids are UUID text so that records of many communes never collide."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Unit(Record, Base):
    """This office. One row."""

    __tablename__ = "unit"

    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(20))
    province: Mapped[str] = mapped_column(String(100))
    superior_name: Mapped[str] = mapped_column(String(200))
    superior_code: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(20), default="commune")


class Chapter(Record, Base):
    __tablename__ = "chapter"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Remote chapters may meet every quarter instead of every month ("Chi đoàn 3 có").
    remote: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    note: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(String(200), index=True)
    sort_key: Mapped[str] = mapped_column(String(400), index=True)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)

    people: Mapped[list[Person]] = relationship(back_populates="chapter")


class Person(Record, Base):
    """A member or a youth who is not a member. Fields of the official member book."""

    __tablename__ = "person"

    full_name: Mapped[str] = mapped_column(String(200))
    given_name: Mapped[str] = mapped_column(String(100))
    other_names: Mapped[str] = mapped_column(String(200), default="")
    gender: Mapped[str] = mapped_column(String(1), default="")
    birth_date: Mapped[str] = mapped_column(String(10), default="")  # YYYY-MM-DD or YYYY
    hometown: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    ethnicity: Mapped[str] = mapped_column(String(50), default="")
    religion: Mapped[str] = mapped_column(String(50), default="")
    occupation: Mapped[str] = mapped_column(String(200), default="")
    education: Mapped[str] = mapped_column(String(50), default="")
    qualification: Mapped[str] = mapped_column(String(200), default="")
    political_theory: Mapped[str] = mapped_column(String(100), default="")
    id_number: Mapped[str] = mapped_column(String(12), default="", index=True)
    phone: Mapped[str] = mapped_column(String(15), default="")
    is_member: Mapped[bool] = mapped_column(Boolean, default=False)
    member_since: Mapped[str] = mapped_column(String(10), default="")
    admission_place: Mapped[str] = mapped_column(String(200), default="")
    card_number: Mapped[str] = mapped_column(String(50), default="")
    is_party_member: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    chapter_id: Mapped[str | None] = mapped_column(ForeignKey("chapter.id"), index=True)
    search_key: Mapped[str] = mapped_column(String(400), index=True)
    sort_key: Mapped[str] = mapped_column(String(600), index=True)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None, index=True)

    chapter: Mapped[Chapter | None] = relationship(back_populates="people")
    offices: Mapped[list[Office]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Office.start_date"
    )
    classifications: Mapped[list[Classification]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Classification.year"
    )


class Office(Record, Base):
    """An office held in a chapter (or, with no chapter, in the commune committee)."""

    __tablename__ = "office"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    chapter_id: Mapped[str | None] = mapped_column(ForeignKey("chapter.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[str] = mapped_column(String(10), default="")
    end_date: Mapped[str] = mapped_column(String(10), default="")

    person: Mapped[Person] = relationship(back_populates="offices")
    chapter: Mapped[Chapter | None] = relationship()


class Classification(Record, Base):
    """The annual classification of a member; the scale is stored with each result."""

    __tablename__ = "classification"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    scale: Mapped[str] = mapped_column(String(20))
    result: Mapped[str] = mapped_column(String(20))

    person: Mapped[Person] = relationship(back_populates="classifications")


class ChangeLog(Base):
    """What changed, when: every create, update, delete and restore."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[dict | None] = mapped_column(JSON, default=None)
    after: Mapped[dict | None] = mapped_column(JSON, default=None)


class Setting(Base):
    """Key-value settings that belong with the data (not with the PC): rules, amounts."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# ----------------------------------------------------------------------------- meetings


class Meeting(Record, Base):
    """A meeting of a chapter, of several chapters (joint), of the commune committee with the
    chapter secretaries (briefing), of the committee (BCH) or of the secretaries' club."""

    __tablename__ = "meeting"

    kind: Mapped[str] = mapped_column(String(20), index=True)
    # The chapter that met, or the host of a joint meeting; None for commune-level meetings.
    chapter_id: Mapped[str | None] = mapped_column(ForeignKey("chapter.id"), index=True)
    # The month reported on, "2026-01" (minutes held early in February may report on January).
    for_month: Mapped[str] = mapped_column(String(7), default="")
    title: Mapped[str] = mapped_column(String(300), default="")  # theme of a themed meeting
    date: Mapped[dt.date] = mapped_column(index=True)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # "19:30"
    end_time: Mapped[str] = mapped_column(String(5), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    chair_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    secretary_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    agenda: Mapped[list] = mapped_column(JSON, default=list)  # list of item texts
    discussion: Mapped[list] = mapped_column(JSON, default=list)  # [{"speaker": …, "text": …}]
    conclusions: Mapped[str] = mapped_column(Text, default="")
    resolutions: Mapped[str] = mapped_column(Text, default="")
    vote_for: Mapped[int | None] = mapped_column(Integer, default=None)
    vote_against: Mapped[int | None] = mapped_column(Integer, default=None)
    vote_other: Mapped[int | None] = mapped_column(Integer, default=None)
    state: Mapped[str] = mapped_column(String(10), default="draft")  # draft | final
    finalised_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None, index=True)

    chapter: Mapped[Chapter | None] = relationship(foreign_keys=[chapter_id])
    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    secretary: Mapped[Person | None] = relationship(foreign_keys=[secretary_id])
    participants: Mapped[list[MeetingChapter]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    guests: Mapped[list[MeetingGuest]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingGuest.position"
    )
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    revisions: Mapped[list[MeetingRevision]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingRevision.at"
    )


class MeetingChapter(Record, Base):
    """A chapter taking part in a joint meeting (the host is Meeting.chapter_id)."""

    __tablename__ = "meeting_chapter"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    chapter_id: Mapped[str] = mapped_column(ForeignKey("chapter.id"), index=True)

    meeting: Mapped[Meeting] = relationship(back_populates="participants")
    chapter: Mapped[Chapter] = relationship()


class MeetingGuest(Record, Base):
    """Someone from outside the roster (or outside the chapter) who attended: counted apart."""

    __tablename__ = "meeting_guest"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300), default="")

    meeting: Mapped[Meeting] = relationship(back_populates="guests")


class Attendance(Record, Base):
    """An expected person: present, absent with a reason (excused), or absent without one."""

    __tablename__ = "attendance"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="present")  # present|excused|absent
    reason: Mapped[str] = mapped_column(String(300), default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship()


class MeetingRevision(Record, Base):
    """A finalised meeting reopened for correction, and why."""

    __tablename__ = "meeting_revision"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="revisions")


# ----------------------------------------------------------------------------- trainings


class Training(Record, Base):
    """A training session: a talk, seminar, skills course or pre-admission class."""

    __tablename__ = "training"

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))  # talk|seminar|skills|pre_admission|other
    level: Mapped[str] = mapped_column(String(20))  # commune|province|central
    start_date: Mapped[dt.date] = mapped_column(index=True)
    end_date: Mapped[dt.date]
    place: Mapped[str] = mapped_column(String(300), default="")
    trainers: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[str] = mapped_column(String(10), default="")  # decimal text, e.g. "7.5"
    for_club: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(10), default="held")  # planned | held
    note: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None, index=True)

    participants: Mapped[list[TrainingParticipant]] = relationship(
        back_populates="training", cascade="all, delete-orphan"
    )


class TrainingParticipant(Record, Base):
    """A person from the roster, or a guest (person_id None), with their result."""

    __tablename__ = "training_participant"

    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    guest_name: Mapped[str] = mapped_column(String(200), default="")
    guest_title: Mapped[str] = mapped_column(String(300), default="")
    result: Mapped[str] = mapped_column(String(20), default="attended")  # attended|completed|absent
    certificate_number: Mapped[str] = mapped_column(String(50), default="")

    training: Mapped[Training] = relationship(back_populates="participants")
    person: Mapped[Person | None] = relationship()


class ClubMember(Record, Base):
    """A member of the club of residential chapter secretaries (CLB Bí thư chi đoàn)."""

    __tablename__ = "club_member"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    since: Mapped[str] = mapped_column(String(10), default="")
    until: Mapped[str] = mapped_column(String(10), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship()


# ----------------------------------------------------------------------------- reporting


class SigningKey(Record, Base):
    """This office's Ed25519 key: its public half and history. The private half is in its own
    file in the data folder (core/signing.py), so that backups of the database never carry it."""

    __tablename__ = "signing_key"

    key_id: Mapped[str] = mapped_column(String(16), unique=True)  # hex, as minisign prints it
    public_key: Mapped[str] = mapped_column(String(80))  # minisign's one-line form
    # Older versions kept the private half here (PKCS#8, 2,048 PBKDF2 iterations); it stays until
    # the clerk next unlocks the key, which moves it into the key file and empties this.
    private_pem: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    previous_key_id: Mapped[str | None] = mapped_column(String(16), default=None)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    registration: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)  # as made


class ManualValue(Record, Base):
    """A count the records cannot give (trees planted, volunteer lượt …), entered with a note,
    or the clerk's correction of a computed value."""

    __tablename__ = "manual_value"
    __table_args__ = (Index("ix_manual_value_key", "period", "indicator", "disagg", unique=True),)

    period: Mapped[str] = mapped_column(String(7))
    indicator: Mapped[str] = mapped_column(String(60))
    disagg: Mapped[str] = mapped_column(String(120), default="")
    value: Mapped[str] = mapped_column(String(40))  # integer or decimal text
    note: Mapped[str] = mapped_column(Text, default="")


class Report(Record, Base):
    """A report sent upward: its sequence is reserved and its payload frozen in one transaction,
    so that exporting it again gives the same bytes."""

    __tablename__ = "report"

    period: Mapped[str] = mapped_column(String(7), index=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    report_id: Mapped[str] = mapped_column(String(36), unique=True)
    supersedes: Mapped[str | None] = mapped_column(String(36), default=None)
    created: Mapped[str] = mapped_column(String(20))  # as in the manifest: 2026-11-25T08:00:00Z
    key_id: Mapped[str] = mapped_column(String(16))
    recipient: Mapped[str] = mapped_column(String(50), default="", server_default="")
    app_version: Mapped[str] = mapped_column(String(40), default="", server_default="")
    payload: Mapped[dict] = mapped_column(JSON)
    roster: Mapped[list | None] = mapped_column(JSON, default=None)
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    file_name: Mapped[str] = mapped_column(String(200), default="")


class TrustedUnit(Record, Base):
    """A unit whose key registration was imported, pinned by key: at a superior office its
    communes, at a commune its superior office (which signs the receipts and circulars it sends
    down). A key is active while neither revoked nor retired."""

    __tablename__ = "trusted_key"

    unit_code: Mapped[str] = mapped_column(String(50), index=True)
    unit_name: Mapped[str] = mapped_column(String(200))
    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    public_key: Mapped[str] = mapped_column(String(80))
    fingerprint: Mapped[str] = mapped_column(String(100))
    registration: Mapped[bytes] = mapped_column(LargeBinary)  # the file as received
    # Revoked: the key may be in other hands; nothing it signed is accepted any more.
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    # Retired: the commune stopped using the key (a rotation, or a key lost, not stolen); files
    # it signed up to this moment (UTC) stay acceptable, later ones are refused.
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    retired_by: Mapped[str | None] = mapped_column(String(16), default=None)  # the new key id


class ReceivedReport(Record, Base):
    """At a superior office: an accepted report file, kept whole, with its values."""

    __tablename__ = "received_report"
    __table_args__ = (Index("ix_received_report_issuer", "issuer", "period", "sequence"),)

    issuer: Mapped[str] = mapped_column(String(50))
    period: Mapped[str] = mapped_column(String(7))
    sequence: Mapped[int] = mapped_column(Integer)
    report_id: Mapped[str] = mapped_column(String(36), unique=True)
    supersedes: Mapped[str | None] = mapped_column(String(36), default=None)
    created: Mapped[str] = mapped_column(String(20))
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    superseded_by: Mapped[str | None] = mapped_column(String(36), default=None)

    values: Mapped[list[ReceivedValue]] = relationship(
        back_populates="report", cascade="all, delete-orphan"
    )


class ReceivedValue(Record, Base):
    __tablename__ = "received_value"

    report_id: Mapped[str] = mapped_column(ForeignKey("received_report.id"), index=True)
    indicator: Mapped[str] = mapped_column(String(60))
    disagg: Mapped[str] = mapped_column(String(120), default="")
    value: Mapped[str] = mapped_column(String(40))

    report: Mapped[ReceivedReport] = relationship(back_populates="values")


class RejectedFile(Record, Base):
    """A file the inbox refused: kept aside (never imported), with the reason."""

    __tablename__ = "rejected_file"

    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)
    kept_as: Mapped[str] = mapped_column(String(500), default="")
    issuer: Mapped[str] = mapped_column(String(50), default="")
    period: Mapped[str] = mapped_column(String(7), default="")
    # What the file's manifest says of itself (issuer, period, sequence, report_id, and
    # "verified": whether its signature did), and the reason alone: what a receipt to the
    # commune needs. Empty for files refused before version 0009 and for unreadable ones.
    claims: Mapped[dict | None] = mapped_column(JSON, default=None)


# ----------------------------------------------------------------------------- sent down


class IssuedReceipt(Record, Base):
    """At a superior office: a signed receipt written for a commune and period, telling what
    became of the report files received; kept whole so that it can be written again."""

    __tablename__ = "issued_receipt"
    __table_args__ = (Index("ix_issued_receipt_recipient", "recipient", "sequence", unique=True),)

    recipient: Mapped[str] = mapped_column(String(50))
    period: Mapped[str] = mapped_column(String(7), index=True)
    sequence: Mapped[int] = mapped_column(Integer)  # numbered per commune
    created: Mapped[str] = mapped_column(String(20))
    key_id: Mapped[str] = mapped_column(String(16))
    file_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(200))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    entries: Mapped[list] = mapped_column(JSON)


class IssuedReceiptItem(Record, Base):
    """Which received file (an accepted report or a refused file) a receipt answered: each is
    answered once."""

    __tablename__ = "issued_receipt_item"
    __table_args__ = (Index("ix_issued_receipt_item_item", "item_kind", "item_id", unique=True),)

    receipt_id: Mapped[str] = mapped_column(ForeignKey("issued_receipt.id"), index=True)
    item_kind: Mapped[str] = mapped_column(String(10))  # report | rejected
    item_id: Mapped[str] = mapped_column(String(36))


class ImportedReceipt(Record, Base):
    """At a commune: a receipt from the superior office, verified and imported whole."""

    __tablename__ = "imported_receipt"
    __table_args__ = (Index("ix_imported_receipt_issuer", "issuer", "period", "sequence"),)

    issuer: Mapped[str] = mapped_column(String(50))
    period: Mapped[str] = mapped_column(String(7))
    sequence: Mapped[int] = mapped_column(Integer)
    created: Mapped[str] = mapped_column(String(20))
    key_id: Mapped[str] = mapped_column(String(16))
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[bytes] = mapped_column(LargeBinary)
    entries: Mapped[list] = mapped_column(JSON)


class Circular(Record, Base):
    """A signed circular of a superior office: the indicator list in force from a period on and
    the deadlines of coming periods. Published here (a superior office) or imported (a
    commune)."""

    __tablename__ = "circular"
    __table_args__ = (Index("ix_circular_issuer", "issuer", "sequence", unique=True),)

    issuer: Mapped[str] = mapped_column(String(50))
    sequence: Mapped[int] = mapped_column(Integer)
    created: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text, default="")
    applies_from: Mapped[str] = mapped_column(String(7))
    list_version: Mapped[int] = mapped_column(Integer)
    indicators: Mapped[dict] = mapped_column(JSON)  # the code list, as indicators.json holds it
    deadlines: Mapped[list] = mapped_column(JSON)  # [{"period": "2026Q4", "due": "2027-01-20"}]
    key_id: Mapped[str] = mapped_column(String(16))
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[bytes] = mapped_column(LargeBinary)


# ----------------------------------------------------------------------------- residential models


class YouthWork(Record, Base):
    """A youth work or task (công trình / phần việc thanh niên)."""

    __tablename__ = "youth_work"

    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(10))  # work | task
    start_date: Mapped[dt.date] = mapped_column(index=True)
    end_date: Mapped[dt.date | None] = mapped_column(default=None)
    # planned | under_way | done | handed_over
    state: Mapped[str] = mapped_column(String(20), default="planned")
    value: Mapped[int] = mapped_column(Integer, default=0)  # đồng
    workdays: Mapped[int] = mapped_column(Integer, default=0)
    participant_count: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None, index=True)

    chapters: Mapped[list[YouthWorkChapter]] = relationship(cascade="all, delete-orphan")
    participants: Mapped[list[YouthWorkParticipant]] = relationship(cascade="all, delete-orphan")


class YouthWorkChapter(Record, Base):
    __tablename__ = "youth_work_chapter"

    work_id: Mapped[str] = mapped_column(ForeignKey("youth_work.id"), index=True)
    chapter_id: Mapped[str] = mapped_column(ForeignKey("chapter.id"), index=True)


class YouthWorkParticipant(Record, Base):
    __tablename__ = "youth_work_participant"

    work_id: Mapped[str] = mapped_column(ForeignKey("youth_work.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class VolunteerDrive(Record, Base):
    """A volunteer drive; participation counted in lượt (person-times), not persons."""

    __tablename__ = "volunteer_drive"

    name: Mapped[str] = mapped_column(String(300))
    # environment|traffic|blood|epidemic|digital|vulnerable|other
    field: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[dt.date] = mapped_column(index=True)
    end_date: Mapped[dt.date | None] = mapped_column(default=None)
    teams: Mapped[int] = mapped_column(Integer, default=0)  # đội hình
    volunteers: Mapped[int] = mapped_column(Integer, default=0)
    participation: Mapped[int] = mapped_column(Integer, default=0)  # lượt
    people_helped: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[int] = mapped_column(Integer, default=0)  # đồng
    chapter_id: Mapped[str | None] = mapped_column(ForeignKey("chapter.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None, index=True)

    participants: Mapped[list[VolunteerParticipant]] = relationship(cascade="all, delete-orphan")


class VolunteerParticipant(Record, Base):
    __tablename__ = "volunteer_participant"

    drive_id: Mapped[str] = mapped_column(ForeignKey("volunteer_drive.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class Commendation(Record, Base):
    """Khen thưởng / tuyên dương of a person or a chapter."""

    __tablename__ = "commendation"

    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    chapter_id: Mapped[str | None] = mapped_column(ForeignKey("chapter.id"), index=True)
    level: Mapped[str] = mapped_column(String(20))  # commune|province|central|state
    title: Mapped[str] = mapped_column(String(300))
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[dt.date | None] = mapped_column(default=None)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None, index=True)


class CadrePlan(Record, Base):
    """Quy hoạch, tạo nguồn: a person planned for an office in a term."""

    __tablename__ = "cadre_plan"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    planned_office: Mapped[str] = mapped_column(String(200))
    term: Mapped[str] = mapped_column(String(20))  # "2027–2032"
    note: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None, index=True)


class ModelParticipation(Record, Base):
    """A chapter taking part in the "Chi đoàn 3 có" model, since when, as a pilot or not."""

    __tablename__ = "model_participation"

    chapter_id: Mapped[str] = mapped_column(ForeignKey("chapter.id"), index=True)
    since: Mapped[dt.date]
    until: Mapped[dt.date | None] = mapped_column(default=None)
    pilot: Mapped[bool] = mapped_column(Boolean, default=False)


class ComplianceOverride(Record, Base):
    """The office overriding a computed "3 có" result for a chapter and period, with a reason."""

    __tablename__ = "compliance_override"
    __table_args__ = (Index("ix_compliance_override_key", "chapter_id", "period", unique=True),)

    chapter_id: Mapped[str] = mapped_column(ForeignKey("chapter.id"))
    period: Mapped[str] = mapped_column(String(7))
    three_have: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text)
