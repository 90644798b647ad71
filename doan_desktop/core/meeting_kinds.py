"""The kinds of meeting, the attendance marks, and the wording the minutes print for each kind.

Stored codes are English and stable; the labels follow the clerk's language; the printed wording
is always Vietnamese (DOMAIN.md §4), whatever the language of the interface.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from doan_desktop.core.messages import translate

MONTHLY, THEMED, JOINT, BRIEFING, BCH, CLUB = (
    "monthly",
    "themed",
    "joint",
    "briefing",
    "bch",
    "club",
)
MEETING_KINDS = (MONTHLY, THEMED, JOINT, BRIEFING, BCH, CLUB)
# Meetings of one chapter; a joint meeting has a host chapter and participating chapters.
CHAPTER_MEETING_KINDS = (MONTHLY, THEMED)
# Meetings held by the commune committee: no chapter.
COMMUNE_MEETING_KINDS = (BRIEFING, BCH, CLUB)
# Kinds whose "theme" field means something (required for a themed meeting).
THEME_KINDS = (THEMED, BCH, CLUB)

PRESENT, EXCUSED, ABSENT = "present", "excused", "absent"
ATTENDANCE_STATUSES = (PRESENT, EXCUSED, ABSENT)

DRAFT, FINAL = "draft", "final"

# The "2 giao": the commune committee meets the chapter secretaries twice a year.
BRIEFINGS_PER_YEAR = 2


def meeting_kind_labels() -> dict[str, str]:
    return {
        MONTHLY: translate("Meetings", "Monthly chapter meeting"),
        THEMED: translate("Meetings", "Themed meeting"),
        JOINT: translate("Meetings", "Joint inter-chapter meeting"),
        BRIEFING: translate("Meetings", "Briefing with chapter secretaries"),
        BCH: translate("Meetings", "Commune committee (BCH) meeting"),
        CLUB: translate("Meetings", "Secretaries' club session"),
    }


def attendance_labels() -> dict[str, str]:
    return {
        PRESENT: translate("Meetings", "Present"),
        EXCUSED: translate("Meetings", "Absent with a reason"),
        ABSENT: translate("Meetings", "Absent without a reason"),
    }


def state_labels() -> dict[str, str]:
    return {DRAFT: translate("Meetings", "Draft"), FINAL: translate("Meetings", "Final")}


_ORDINALS = {1: "LẦN THỨ NHẤT", 2: "LẦN THỨ HAI", 3: "LẦN THỨ BA", 4: "LẦN THỨ TƯ"}


def printed_title(
    kind: str,
    *,
    month: dt.date,
    theme: str = "",
    unit_words: str = "",
    sequence: int = 0,
) -> str:
    """The line under "BIÊN BẢN": what was held, in capitals.

    ``month`` is any day of the month reported on; ``unit_words`` the commune's name as printed
    ("ĐOÀN XÃ HÒA PHÚ"); ``sequence`` the briefing's number within its year (0: unknown).
    """
    period = f"THÁNG {month.month:02d}/{month.year}"
    theme = theme.strip().upper()
    if kind == MONTHLY:
        return f"SINH HOẠT CHI ĐOÀN {period}"
    if kind == THEMED:
        return f"SINH HOẠT CHUYÊN ĐỀ: {theme}" if theme else f"SINH HOẠT CHUYÊN ĐỀ {period}"
    if kind == JOINT:
        return f"SINH HOẠT LIÊN CHI ĐOÀN {period}"
    if kind == BRIEFING:
        ordinal = _ORDINALS.get(sequence, f"LẦN THỨ {sequence}" if sequence else "")
        words = " ".join(filter(None, ["HỘI NGHỊ GIAO BAN BCH", unit_words or "ĐOÀN XÃ"]))
        return " ".join(
            filter(None, [words, "VỚI BÍ THƯ CÁC CHI ĐOÀN", ordinal, f"NĂM {month.year}"])
        )
    if kind == BCH:
        base = " ".join(filter(None, ["HỌP BAN CHẤP HÀNH", unit_words]))
        return f"{base}: {theme}" if theme else f"{base} {period}"
    if kind == CLUB:
        base = "SINH HOẠT CÂU LẠC BỘ BÍ THƯ CHI ĐOÀN"
        return f"{base}: {theme}" if theme else f"{base} {period}"
    return period


@dataclass(frozen=True)
class AttendanceWording:
    """How the minutes name the people on the attendance list (section II) and whom the minutes
    are read back to (section VI): members at a chapter meeting, secretaries at a joint meeting,
    committee members at a BCH meeting, and so on."""

    label: str  # "Tổng số đoàn viên", printed before ": 25; có mặt: 22/25; …"
    audience: str  # "các đoàn viên", in "Biên bản đã được đọc lại cho … dự họp nghe"


def attendance_wording(
    kind: str, *, with_youth: bool = False, club_members: bool = True, unit_word: str = "xã"
) -> AttendanceWording:
    """The printed wording for the attendance of a meeting of ``kind`` (always Vietnamese).

    ``with_youth``: youth who are not members were invited to a chapter meeting and are on its
    list; ``club_members``: a club session whose list is the club's members (else the chapter
    secretaries were invited, as ``meetings.expected_people`` does while the club has none);
    ``unit_word``: "xã", "phường" or "đặc khu", for the commune committee.
    """
    secretaries = AttendanceWording("Tổng số Bí thư, Phó Bí thư các chi đoàn", "các đồng chí")
    if kind in CHAPTER_MEETING_KINDS:
        if with_youth:
            return AttendanceWording("Tổng số đoàn viên, thanh niên", "các đoàn viên, thanh niên")
        return AttendanceWording("Tổng số đoàn viên", "các đoàn viên")
    if kind == JOINT:
        return secretaries
    if kind == BRIEFING:
        committee = " ".join(filter(None, ["BCH Đoàn", unit_word.strip()]))
        return AttendanceWording(
            f"Tổng số đại biểu được triệu tập ({committee}; Bí thư, Phó Bí thư các chi đoàn)",
            "các đại biểu",
        )
    if kind == BCH:
        return AttendanceWording("Tổng số Ủy viên Ban Chấp hành", "các đồng chí")
    if kind == CLUB:
        if club_members:
            return AttendanceWording("Tổng số thành viên Câu lạc bộ", "các thành viên")
        return secretaries
    return AttendanceWording("Tổng số đồng chí được mời", "các đồng chí")
