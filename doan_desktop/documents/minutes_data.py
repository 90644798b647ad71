"""Everything the minutes (biên bản) print, as plain values: built by core.meetings from the
records, read by documents.minutes (PDF) and documents.minutes_docx (Word)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Absent:
    name: str
    reason: str = ""  # empty: absent without a reason


@dataclass
class Speech:
    speaker: str
    text: str


@dataclass
class Guest:
    name: str
    title: str = ""


@dataclass
class MinutesData:
    # Heading blocks (DOMAIN.md §4–§5). Upper body: the issuing body's superior, e.g. "ĐOÀN XÃ
    # HÒA PHÚ"; issuing body: e.g. "CHI ĐOÀN THÔN 3" (for a commune-level meeting the upper
    # body is the commune's superior and the issuing body is the commune Union, "BCH ĐOÀN XÃ …").
    upper_body: str
    issuing_body: str
    place_name: str  # the place in the date line: "Hòa Phú, ngày 05 tháng 02 năm 2026"
    signed_on: dt.date  # the date in that line (the meeting's date)
    title: str  # "SINH HOẠT CHI ĐOÀN THÁNG 01/2026", "HỘI NGHỊ GIAO BAN …" (under "BIÊN BẢN")
    date: dt.date
    start_time: str  # "19:30"
    end_time: str  # "21:00" or ""
    place: str
    chair: str
    secretary: str
    chair_title: str = "Chủ trì"  # the signature block heading on the right
    secretary_title: str = "Thư ký"
    guests: list[Guest] = field(default_factory=list)
    # The chapters of a joint meeting ("Chi đoàn Buôn Kram"), the host first; empty otherwise.
    chapters: list[str] = field(default_factory=list)
    expected: int = 0  # total expected (members of the chapter, or secretaries invited)
    # Who the expected are, as section II prints them before the count, and whom section VI
    # says the minutes were read back to: core.meeting_kinds.attendance_wording by kind.
    expected_label: str = "Tổng số đoàn viên"
    audience: str = "các đoàn viên"
    present: int = 0
    absent_excused: list[Absent] = field(default_factory=list)
    absent_unexcused: list[Absent] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    discussion: list[Speech] = field(default_factory=list)
    conclusions: str = ""
    resolutions: str = ""
    vote_for: int | None = None
    vote_against: int | None = None
    vote_other: int | None = None
    draft: bool = False  # a draft prints a "DỰ THẢO" mark
