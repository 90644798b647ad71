"""The ORM models. Schema changes go through Alembic migrations in ``migrations/versions``."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


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
