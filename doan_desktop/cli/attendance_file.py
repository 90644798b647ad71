"""The attendance of ``meetings add --attendance FILE``: who came, one person a line.

A line names a person by full name (as the roster writes it; case and, failing an exact match,
diacritics do not matter) or by id (``roster list --format json``). A CSV line may add the mark,
present (the default), excused or absent, in English or Vietnamese (``có mặt``, ``vắng có lý do``
or ``có phép``, ``vắng``), and for an excused absence the reason. Empty lines, lines starting with
``#`` and a first line of column titles (``Họ và tên``, ``name``, ``id``) are skipped.

Each name is looked up among the people expected at the meeting (``core.meetings``: the
chapter's members for a chapter meeting, the secretaries for a joint one …); one that matches
no one, or several people, is an error that says which line and what to write instead.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from doan_desktop.core.meeting_kinds import ABSENT, EXCUSED, PRESENT
from doan_desktop.core.meetings import ExpectedPerson
from doan_desktop.core.messages import translate
from doan_desktop.core.text import clean, fold

# A list of who came has a few hundred lines at most; anything far larger is another file.
MAX_BYTES = 1024 * 1024

_MARKS = {
    PRESENT: {"present", "p", "x", "co mat", "co"},
    EXCUSED: {"excused", "absent with a reason", "vang co ly do", "co phep", "vang co phep"},
    ABSENT: {"absent", "absent without a reason", "vang", "vang khong ly do", "khong phep"},
}
_TITLES = {"ho va ten", "ho ten", "ten", "name", "full name", "id", "ma"}


@dataclass
class Line:
    number: int  # in the file, from 1
    who: str  # a full name or an id
    status: str = PRESENT
    reason: str = ""


class AttendanceFileError(Exception):
    """The file cannot be read, or some of its lines are wrong: the message says which."""


def _text(path: Path) -> str:
    # The roster reader's encoding detection (UTF-8, UTF-16, Excel's Windows-1258), imported here:
    # its module brings openpyxl, which the other commands do not wait for.
    from doan_desktop.exchange.roster_xlsx import UnreadableFile, detect_encoding

    try:
        if path.stat().st_size > MAX_BYTES:
            raise AttendanceFileError(
                translate(
                    "CLI", "{path} is larger than 1 MB: it is not a list of who attended."
                ).format(path=path)
            )
        encoding = detect_encoding(path)
        with open(path, encoding=encoding.codec, newline="") as stream:
            return unicodedata.normalize("NFC", stream.read())
    except (UnreadableFile, UnicodeDecodeError) as error:
        raise AttendanceFileError(
            translate("CLI", "{path} is not text: save it as UTF-8 text or CSV.").format(path=path)
        ) from error
    except OSError as error:
        raise AttendanceFileError(
            translate("CLI", "Cannot read {path}: {detail}").format(
                path=path, detail=error.strerror or error
            )
        ) from error


def _delimiter(text: str) -> str:
    for line in text.splitlines():
        for mark in ("\t", ";", ","):
            if mark in line:
                return mark
    return ","


def read_lines(path: Path) -> list[Line]:
    """The file's lines; AttendanceFileError naming every line whose mark is not understood."""
    text = _text(path)
    lines, errors = [], []
    rows = csv.reader(io.StringIO(text), delimiter=_delimiter(text))
    for number, cells in enumerate(rows, start=1):
        cells = [clean(c) for c in cells]
        if not cells or not cells[0] or cells[0].startswith("#"):
            continue
        if not lines and not errors and fold(cells[0]) in _TITLES:
            continue
        mark = fold(cells[1]) if len(cells) > 1 else ""
        status = next((s for s, words in _MARKS.items() if mark in words), None) if mark else None
        if mark and status is None:
            errors.append(
                translate(
                    "CLI",
                    'line {line}: "{mark}" is not a mark; write present, excused (with the '
                    "reason after it) or absent.",
                ).format(line=number, mark=cells[1])
            )
            continue
        reason = cells[2] if len(cells) > 2 and status == EXCUSED else ""
        lines.append(Line(number, cells[0], status or PRESENT, reason))
    if errors:
        raise AttendanceFileError(f"{path}: " + " ".join(errors))
    if not lines:
        raise AttendanceFileError(
            translate(
                "CLI", "{path} names no one: write one full name or id a line, for those present."
            ).format(path=path)
        )
    return lines


def matches(people: list[ExpectedPerson], who: str) -> list[ExpectedPerson]:
    """The people ``who`` names: the one with that id; else those of exactly that name (case
    aside); else those whose name is the same without diacritics."""
    who = clean(who)
    by_id = [p for p in people if p.person_id == who]
    if by_id:
        return by_id
    exact = [p for p in people if clean(p.name).casefold() == who.casefold()]
    return exact or [p for p in people if fold(p.name) == fold(who)]


def ambiguous_sentence(who: str, found: list[ExpectedPerson]) -> str:
    listed = "; ".join(
        translate("CLI", "{name} ({detail}), id {id}").format(
            name=p.name, detail=p.detail, id=p.person_id
        )
        for p in found
    )
    return translate(
        "CLI", '"{who}" could be any of {count} people: {people}. Write the id instead.'
    ).format(who=who, count=len(found), people=listed)
