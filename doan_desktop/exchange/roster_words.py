"""The words a roster spreadsheet writes for the roster's codes, and reading them back.

The export writes them in Vietnamese whatever the interface language (a member list is a
document of the office); the import also understands the interface's own labels, the usual
abbreviations and text typed without diacritics. Every reader returns the code and, for a value
it cannot read, the sentence saying what to write instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from doan_desktop.core.messages import translate
from doan_desktop.core.text import clean, fold
from doan_desktop.core.vocab import (
    CLASSIFICATION_SCALES,
    chapter_kind_labels,
    classification_labels,
    office_role_labels,
    status_labels,
    unit_kind_word,
)
from doan_desktop.exchange.columns import compact

ROLE_WORDS = {"bi_thu": "Bí thư", "pho_bi_thu": "Phó Bí thư", "uy_vien_bch": "Ủy viên BCH"}
CHAPTER_LEVEL = "Chi đoàn"
STATUS_WORDS = {
    "active": "Đang sinh hoạt",
    "away": "Đi làm ăn, học tập xa",
    "received": "Tiếp nhận sinh hoạt tại đây",
    "transferred_out": "Đã chuyển sinh hoạt",
    "aged_out": "Đã trưởng thành Đoàn",
    "removed": "Đã xóa tên",
    "deceased": "Đã mất",
}
CLASSIFICATION_WORDS = {
    "htxs": "Hoàn thành xuất sắc nhiệm vụ",
    "htt": "Hoàn thành tốt nhiệm vụ",
    "ht": "Hoàn thành nhiệm vụ",
    "kht": "Không hoàn thành nhiệm vụ",
    "xuat_sac": "Xuất sắc",
    "kha": "Khá",
    "trung_binh": "Trung bình",
    "yeu": "Yếu",
}
CHAPTER_KIND_WORDS = {
    "thon": "Thôn",
    "buon": "Buôn",
    "ban": "Bản",
    "ap": "Ấp",
    "to_dan_pho": "Tổ dân phố",
    "khu_pho": "Khu phố",
    "school": "Trường học",
    "agency": "Cơ quan",
    "enterprise": "Doanh nghiệp",
    "other": "Khác",
}
YES, NO = "Có", "Không"

# Words in an office cell that mean "no office".
_NO_OFFICE = {"", "doanvien", "thanhnien", "dv", "tn", "khong"}
# Office words, compact, longest first so that "phobithu" is not read as "bithu".
_ROLE_PREFIXES = (
    ("uyvienbanchaphanh", "uy_vien_bch"),
    ("phobithuthuongtruc", "pho_bi_thu"),
    ("committeemember", "uy_vien_bch"),
    ("deputysecretary", "pho_bi_thu"),
    ("uyvienbch", "uy_vien_bch"),
    ("secretary", "bi_thu"),
    ("phobithu", "pho_bi_thu"),
    ("uyvien", "uy_vien_bch"),
    ("bithu", "bi_thu"),
    ("uvbch", "uy_vien_bch"),
    ("pbt", "pho_bi_thu"),
    ("uv", "uy_vien_bch"),
    ("bt", "bi_thu"),
)
# What may follow the office: its level.
_CHAPTER_LEVEL_WORDS = ("bchchidoan", "chidoan", "chapter", "chi")
_COMMUNE_LEVEL_WORDS = (
    "bchdoanxa",
    "bchdoanphuong",
    "bchdoandackhu",
    "doanxa",
    "doanphuong",
    "doandackhu",
    "doancoso",
    "xa",
    "phuong",
    "dackhu",
    "coso",
    "commune",
    "ward",
)
_SEPARATORS = re.compile(r"[,;\n]+")
_CHAPTER_WORDS = re.compile(r"\bchi\s+[đd]o[àa]n\b", re.IGNORECASE)

CHAPTER, COMMUNE = "chapter", "commune"


def commune_level(unit_kind: str) -> str:
    """ "Đoàn xã", "Đoàn phường", "Đoàn đặc khu": the level of the commune's own offices."""
    word = unit_kind_word(unit_kind) or "xã"
    return f"Đoàn {word}"


@dataclass(frozen=True)
class OfficeWords:
    role: str  # a code of vocab.OFFICE_ROLES
    level: str  # CHAPTER, COMMUNE, or "" when the text does not say
    chapter: str  # the chapter named after the level ("Bí thư Chi đoàn Thôn 1"), or ""


def office_words(role: str, level: str, chapter: str = "", unit_kind: str = "xa") -> str:
    """ "Bí thư Chi đoàn", "Ủy viên BCH Đoàn xã", "Bí thư Chi đoàn Thôn 1"."""
    where = commune_level(unit_kind) if level == COMMUNE else CHAPTER_LEVEL
    text = f"{ROLE_WORDS.get(role, role)} {where}"
    return f"{text} {chapter}" if chapter and level != COMMUNE else text


def _level_of(rest: str) -> tuple[str, str] | None:
    """(level, what follows the level word) for the compact text after an office's name."""
    if not rest:
        return "", ""
    for word in _COMMUNE_LEVEL_WORDS:
        if rest.startswith(word):
            return COMMUNE, rest[len(word) :]
    for word in _CHAPTER_LEVEL_WORDS:
        if rest.startswith(word):
            return CHAPTER, rest[len(word) :]
    return None


def read_office(text: str) -> OfficeWords | None:
    """One office as written: "Bí thư", "Bí thư chi đoàn", "Phó Bí thư Đoàn xã", "UV BCH",
    "Secretary" (the interface's label); None when it is not a Union office."""
    key = compact(text)
    labels = {compact(label): code for code, label in office_role_labels().items()}
    if key in labels:
        return OfficeWords(labels[key], "", "")
    for prefix, code in _ROLE_PREFIXES:
        if key.startswith(prefix):
            level = _level_of(key[len(prefix) :])
            if level is None:
                continue
            chapter = ""
            if level[0] == CHAPTER and level[1]:
                # The chapter's name as typed, after "chi đoàn".
                named = _CHAPTER_WORDS.search(text)
                chapter = clean(text[named.end() :]) if named else ""
            return OfficeWords(code, level[0], chapter)
    return None


def read_offices(text: str) -> tuple[list[OfficeWords], list[str]]:
    """The offices of a "Chức vụ" cell ("Bí thư Chi đoàn, Ủy viên BCH Đoàn xã") and the parts
    that are not Union offices."""
    found, unknown = [], []
    for part in _SEPARATORS.split(text or ""):
        part = clean(part)
        if compact(part) in _NO_OFFICE:
            continue
        office = read_office(part)
        if office is None:
            unknown.append(part)
        elif office not in found:
            found.append(office)
    return found, unknown


def read_level(value: object) -> tuple[str, str | None]:
    """(CHAPTER, COMMUNE or "", the problem) for a "Cấp" cell."""
    key = compact(value)
    if not key:
        return "", None
    level = _level_of(key)
    if level is not None and not level[1]:
        return level[0], None
    if key in ("doan", "bch"):
        return COMMUNE, None
    return "", translate(
        "Import", '"{value}" is not the level of an office: write "Chi đoàn" or "Đoàn xã".'
    ).format(value=clean(str(value)))


def _lookup(words: dict[str, str], labels: dict[str, str]) -> dict[str, str]:
    table = {compact(code): code for code in words}
    table.update({compact(label): code for code, label in labels.items()})
    table.update({compact(word): code for code, word in words.items()})
    return table


def read_status(value: object) -> tuple[str, str | None]:
    """(status code or "" for an empty cell, the problem)."""
    key = compact(value)
    if not key:
        return "", None
    table = _lookup(STATUS_WORDS, status_labels())
    table.update(
        {
            "dangsinhhoat": "active",
            "sinhhoat": "active",
            "dilamanxa": "away",
            "dihocxa": "away",
            "vangmat": "away",
            "tiepnhan": "received",
            "nhansinhhoat": "received",
            "chuyensinhhoat": "transferred_out",
            "chuyendi": "transferred_out",
            "truongthanhdoan": "aged_out",
            "truongthanh": "aged_out",
            "xoaten": "removed",
            "tutran": "deceased",
            "damat": "deceased",
        }
    )
    if key in table:
        return table[key], None
    return "", translate(
        "Import", '"{value}" is not a status: write, for example, "{example}".'
    ).format(value=clean(str(value)), example=STATUS_WORDS["active"])


def read_classification(value: object) -> tuple[tuple[str, str] | None, str | None]:
    """((scale, result), the problem) for a classification cell; (None, None) when empty."""
    key = compact(value)
    if not key:
        return None, None
    table = _lookup(CLASSIFICATION_WORDS, classification_labels())
    table.update(
        {
            "htxsnv": "htxs",
            "httnv": "htt",
            "htnv": "ht",
            "khtnv": "kht",
            "xuatsacnhiemvu": "htxs",
            "xs": "xuat_sac",
            "tb": "trung_binh",
        }
    )
    result = table.get(key)
    if result is None:
        return None, translate(
            "Import",
            '"{value}" is not a classification: write, for example, "{example}" or HTXS, HTT, '
            "HT, KHT.",
        ).format(value=clean(str(value)), example=CLASSIFICATION_WORDS["htt"])
    scale = next(name for name, results in CLASSIFICATION_SCALES.items() if result in results)
    return (scale, result), None


def read_chapter_kind(value: object) -> tuple[str, str | None]:
    """(chapter kind code or "" for an empty cell, the problem)."""
    key = compact(value)
    if not key:
        return "", None
    table = _lookup(CHAPTER_KIND_WORDS, chapter_kind_labels())
    table.update(
        {"tdp": "to_dan_pho", "truong": "school", "dn": "enterprise", "congty": "enterprise"}
    )
    if key in table:
        return table[key], None
    return "", translate(
        "Import", '"{value}" is not a kind of chapter: write, for example, Thôn, Buôn or Cơ quan.'
    ).format(value=clean(str(value)))


_GUESSED_KINDS = (
    ("thon", "thon"),
    ("buon", "buon"),
    ("ban", "ban"),
    ("ap", "ap"),
    ("to dan pho", "to_dan_pho"),
    ("tdp", "to_dan_pho"),
    ("khu pho", "khu_pho"),
    ("truong", "school"),
    ("co quan", "agency"),
    ("cong ty", "enterprise"),
    ("doanh nghiep", "enterprise"),
)


def guess_chapter_kind(name: str) -> str:
    """A chapter's kind from its name ("Thôn 3" → thôn, "Trường THCS …" → school)."""
    folded = fold(clean(name))
    for word, kind in _GUESSED_KINDS:
        if folded == word or folded.startswith(word + " "):
            return kind
    return "other"
