"""Circulars (exchange/circular_file.py): the superior office publishes a version of the
indicator list and the deadlines of coming periods; each commune imports it.

Publishing checks the list before anything is signed: the format of the shipped list, codes
and labels that make sense, and only what this program can fill in — a new indicator is typed
by the commune (``manual``); an indicator counted from the records (``computed``) or computed
from others (``derived``) must be one the program knows. A list's version goes up with every
change: the same version again must be the same list. Deadlines fall on or after the last day
of their period.

Importing (a commune) takes a circular of this office's superior, signed by its trusted key,
newer than every circular imported from it (a higher number), with a list this program can
fill in and not older than the list in force. Which list a period uses then is
core/indicator_lists.py's rule.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from doan_desktop import __version__
from doan_desktop.core import clock, signing
from doan_desktop.core.changelog import log_change
from doan_desktop.core.indicator_lists import circulars, code_list_of, list_in_force
from doan_desktop.core.indicators import (
    SCHEMA as LIST_SCHEMA,
)
from doan_desktop.core.indicators import (
    CodeList,
    CodeListError,
    code_list,
    parse_code_list,
)
from doan_desktop.core.messages import translate
from doan_desktop.core.periods import Period
from doan_desktop.core.receipt_import import ReceiptRefused, from_rejected, next_step, refusal
from doan_desktop.core.store.db import Database
from doan_desktop.core.store.models import Circular, utcnow
from doan_desktop.core.superior_trust import SuperiorTrustError, commune_unit, superior_keys
from doan_desktop.core.unit import get_unit
from doan_desktop.exchange.bundle import TIME_FORMAT, Rejected
from doan_desktop.exchange.circular_file import (
    MAX_TITLE,
    Deadline,
    VerifiedCircular,
    check_deadlines,
    verify_circular_file,
    write_circular_file,
)
from doan_desktop.exchange.files import FileWriteError, write_atomically

IMPORTED = "imported"
ALREADY = "already"
MAX_LIST_FILE = 1024 * 1024
_CODE = re.compile(r"^[A-Z][A-Z0-9_]{0,59}$")
_DISAGG = re.compile(r"^(SEX_M|SEX_F|[A-Z][A-Z_]{0,30}:(\*|.{1,80}))$")


class CircularError(Exception):
    """The circular was not published: one sentence for the clerk."""


# ----------------------------------------------------------------------------- the list


def _problem(text: str) -> str:
    return translate("Circulars", "The indicator list is not valid: {problem}").format(problem=text)


def list_problem(codes: CodeList) -> str | None:
    """Why this program cannot use ``codes`` (a sentence), or None."""
    shipped = {i.code: i for i in code_list().indicators}
    present = set(codes.codes)
    for indicator in codes.indicators:
        texts = (indicator.label_vi, indicator.label_en, indicator.unit, indicator.group)
        if not isinstance(indicator.code, str) or not _CODE.match(indicator.code):
            return _problem(
                translate(
                    "Circulars", "the code '{code}' is not made of capitals, digits and _."
                ).format(code=indicator.code)
            )
        if not all(isinstance(t, str) for t in texts) or not all(
            isinstance(t, str) and 0 < len(t.strip()) <= 300 for t in texts[:2]
        ):
            return _problem(
                translate("Circulars", "{code} needs a Vietnamese and an English label.").format(
                    code=indicator.code
                )
            )
        if not all(isinstance(d, str) and _DISAGG.match(d) for d in indicator.disaggregations):
            return _problem(
                translate("Circulars", "{code} has a breakdown this program does not read.").format(
                    code=indicator.code
                )
            )
        known = shipped.get(indicator.code)
        if indicator.source == "computed" and (known is None or known.source != "computed"):
            return translate(
                "Circulars",
                "{code} is marked as counted from the records, but this program cannot count "
                "it: mark it 'manual' (typed by the commune), or use a newer program.",
            ).format(code=indicator.code)
        if indicator.source == "derived":
            if known is None or known.source != "derived" or known.formula != indicator.formula:
                return translate(
                    "Circulars",
                    "{code} is marked as computed from other indicators, which this program "
                    "cannot do for it: mark it 'manual', or use a newer program.",
                ).format(code=indicator.code)
            parts = set(re.findall(r"[A-Z][A-Z0-9_]+", indicator.formula))
            if not parts <= present:
                return translate(
                    "Circulars", "{code} is computed from {parts}, which the list must hold too."
                ).format(code=indicator.code, parts=", ".join(sorted(parts - present)))
    if not codes.indicators:
        return _problem(translate("Circulars", "it holds no indicator."))
    return None


def list_document(codes: CodeList) -> dict:
    """The list as indicators.json holds it (the shipped format), fields in a fixed set."""
    items = []
    for i in codes.indicators:
        item = {
            "code": i.code,
            "label_vi": i.label_vi,
            "label_en": i.label_en,
            "unit": i.unit,
            "source": i.source,
            "group": i.group,
            "disaggregations": list(i.disaggregations),
        }
        if i.formula:
            item["formula"] = i.formula
        items.append(item)
    return {"schema": LIST_SCHEMA, "schema_version": codes.version, "indicators": items}


def _no_float(text: str):
    raise CodeListError(f"a fractional number ({text})")


def read_list_file(path: Path) -> CodeList:
    """A code list from a file the superior office's clerk prepared (indicators.json's
    format); CircularError saying what is wrong."""
    try:
        if path.stat().st_size > MAX_LIST_FILE:
            raise CircularError(
                translate("Circulars", "{path} is too large for an indicator list.").format(
                    path=path
                )
            )
        text = path.read_text("utf-8-sig")
    except OSError as error:
        raise CircularError(
            translate("Circulars", "Cannot read {path}: {detail}").format(
                path=path, detail=error.strerror or error
            )
        ) from error
    except UnicodeDecodeError as error:
        raise CircularError(
            translate("Circulars", "{path} is not UTF-8 text.").format(path=path)
        ) from error
    try:
        json.loads(text, parse_float=_no_float)
        codes = parse_code_list(text)
    except (CodeListError, ValueError) as error:
        raise CircularError(
            translate(
                "Circulars",
                "{path} is not an indicator list in the format of indicators.json ({detail}).",
            ).format(path=path, detail=error)
        ) from error
    problem = list_problem(codes)
    if problem:
        raise CircularError(problem)
    return codes


def _version_problem(codes: CodeList, latest: CodeList) -> str | None:
    """A new list's version against the latest one: higher, or the same list again."""
    if codes.version > latest.version or (codes.version == latest.version and codes == latest):
        return None
    return translate(
        "Circulars",
        "The indicator list has version {version}, but the list in force has version "
        "{latest}: give a changed list a higher version ({next} or more), or send the list in "
        "force unchanged.",
    ).format(version=codes.version, latest=latest.version, next=latest.version + 1)


def _latest_list(session) -> CodeList:
    found = circulars(session)
    return code_list_of(found[0].indicators) if found else code_list()


# ----------------------------------------------------------------------------- publishing


@dataclass(frozen=True)
class Published:
    path: Path
    sequence: int
    list_version: int
    applies_from: str
    deadlines: tuple[Deadline, ...]
    new_codes: tuple[str, ...]  # indicators the previous list did not have


def parse_deadline(text: str) -> Deadline:
    """ "2026Q4=2027-01-20" → Deadline; ValueError with a sentence."""
    period_text, equals, due_text = text.partition("=")
    try:
        period = Period.parse(period_text)
        due = dt.date.fromisoformat(due_text.strip())
    except ValueError:
        raise ValueError(
            translate(
                "Circulars", "'{text}' is not PERIOD=YYYY-MM-DD (for example 2026Q4=2027-01-20)."
            ).format(text=text)
        ) from None
    if not equals:
        raise ValueError(
            translate(
                "Circulars", "'{text}' is not PERIOD=YYYY-MM-DD (for example 2026Q4=2027-01-20)."
            ).format(text=text)
        )
    return Deadline(period.code, due)


def publish_circular(
    database: Database,
    codes: CodeList,
    deadlines: list[Deadline],
    target: Path,
    passphrase: str,
    *,
    applies_from: Period | None = None,
    title: str = "",
    now: dt.datetime | None = None,
) -> Published:
    """Sign and write a circular, recorded in the same transaction (a file that cannot be
    written records nothing). Raises CircularError, WrongPassphrase or KeyProblem."""
    target = Path(target)
    if target.is_dir() or not target.parent.is_dir():
        raise CircularError(
            translate(
                "Circulars", "Cannot write {path}: choose a file in an existing folder."
            ).format(path=target)
        )
    problem = list_problem(codes) or (
        translate("Circulars", "The title is longer than {n} characters.").format(n=MAX_TITLE)
        if len(title) > MAX_TITLE
        else None
    )
    if problem:
        raise CircularError(problem)
    wrong = check_deadlines(deadlines)
    if wrong is not None:
        raise CircularError(
            translate(
                "Circulars",
                "The deadline of {period} is named twice or falls before the period ends.",
            ).format(period=wrong)
        )
    now = now or clock.utc_now()
    created = now.replace(tzinfo=None) if now.tzinfo else now
    with database.session() as session:
        unit = get_unit(session)
        if unit is None or unit.role != "superior":
            raise CircularError(
                translate(
                    "Circulars",
                    "Circulars are published by a superior office for its communes; this data "
                    "folder is a commune office's.",
                )
            )
        latest = _latest_list(session)
        problem = _version_problem(codes, latest)
        if problem:
            raise CircularError(problem)
        if codes == latest and not deadlines:
            raise CircularError(
                translate(
                    "Circulars",
                    "Nothing to send: the list is the one in force and no deadline is given.",
                )
            )
        pair, private = signing.unlock_key(session, passphrase)
        start = applies_from or Period.quarter_of(clock.today())
        sequence = (
            session.scalar(select(func.max(Circular.sequence)).where(Circular.issuer == unit.code))
            or 0
        ) + 1
        document = list_document(codes)
        data = write_circular_file(
            issuer=unit.code,
            sequence=sequence,
            title=title.strip(),
            applies_from=start.code,
            indicators=document,
            deadlines=deadlines,
            created=created,
            app_version=__version__,
            key_id=pair.key_id,
            private=private,
        )
        _store(
            session,
            issuer=unit.code,
            sequence=sequence,
            created=created.strftime(TIME_FORMAT),
            title=title.strip(),
            applies_from=start.code,
            document=document,
            deadlines=deadlines,
            key_id=pair.public.key_id_hex,
            data=data,
            file_name=target.name,
        )
        try:
            write_atomically(target, lambda temporary: temporary.write_bytes(data))
        except FileWriteError as error:
            raise CircularError(
                translate("Circulars", "{problem} The circular was not published.").format(
                    problem=error
                )
            ) from error
    return Published(
        target,
        sequence,
        codes.version,
        start.code,
        tuple(deadlines),
        tuple(c for c in codes.codes if c not in latest.codes),
    )


def _store(
    session,
    *,
    issuer,
    sequence,
    created,
    title,
    applies_from,
    document,
    deadlines,
    key_id,
    data,
    file_name,
) -> Circular:
    row = Circular(
        issuer=issuer,
        sequence=sequence,
        created=created,
        title=title,
        applies_from=applies_from,
        list_version=document["schema_version"],
        indicators=document,
        deadlines=[d.as_json() for d in deadlines],
        key_id=key_id,
        file_sha256=hashlib.sha256(data).hexdigest(),
        file_name=Path(file_name).name[-300:],
        content=data,
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    log_change(
        session,
        "circular",
        row.id,
        "create",
        None,
        {
            "issuer": issuer,
            "sequence": sequence,
            "applies_from": applies_from,
            "list_version": row.list_version,
            "deadlines": row.deadlines,
        },
    )
    return row


# ----------------------------------------------------------------------------- importing


def _reasons() -> dict[str, str]:
    return {
        "CIRCULAR_OLDER": translate(
            "Circulars",
            "This circular (No. {sequence}) is older than circular No. {newer}, already "
            "imported: the newer one is in force.",
        ),
        "CIRCULAR_CONFLICT": translate(
            "Circulars",
            "Another circular No. {sequence} was already imported from the superior office, "
            "with other content.",
        ),
        "LIST_OLDER": translate(
            "Circulars",
            "The circular carries indicator list version {version}, older than version "
            "{latest} in force, or the same version with other indicators.",
        ),
        "LIST_UNSUPPORTED": translate(
            "Circulars", "This program cannot use the circular's indicator list: {problem}"
        ),
    }


def _steps() -> dict[str, str]:
    return {
        "CIRCULAR_OLDER": translate("Circulars", "Nothing to do."),
        "CIRCULAR_CONFLICT": translate(
            "Circulars",
            "Ask the superior office which circular is genuine (its data may have been "
            "restored from a backup).",
        ),
        "LIST_OLDER": translate("Circulars", "Ask the superior office for its latest circular."),
        "LIST_UNSUPPORTED": translate(
            "Circulars",
            "Ask the superior office which version of the program the circular needs, and "
            "install it.",
        ),
    }


def _refused(code: str, **fields) -> ReceiptRefused:
    return ReceiptRefused(code, f"{_reasons()[code].format(**fields)} {_steps()[code]}")


@dataclass(frozen=True)
class CircularResult:
    outcome: str  # IMPORTED or ALREADY
    issuer: str
    sequence: int
    title: str
    applies_from: str
    list_version: int
    deadlines: tuple[Deadline, ...]
    new_codes: tuple[str, ...] = ()
    dropped_codes: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        if self.outcome == ALREADY:
            return [
                translate(
                    "Circulars", "Circular No. {n} was already imported: nothing new."
                ).format(n=self.sequence)
            ]
        lines = [
            translate(
                "Circulars",
                "Imported circular No. {n} of {issuer}: indicator list version {version}, for "
                "the reports of {period} on.",
            ).format(
                n=self.sequence,
                issuer=self.issuer,
                version=self.list_version,
                period=self.applies_from,
            )
        ]
        if self.title:
            lines.append(self.title)
        if self.new_codes:
            lines.append(
                translate("Circulars", "New indicators: {codes}.").format(
                    codes=", ".join(self.new_codes)
                )
            )
        if self.dropped_codes:
            lines.append(
                translate("Circulars", "No longer asked: {codes}.").format(
                    codes=", ".join(self.dropped_codes)
                )
            )
        for deadline in self.deadlines:
            lines.append(
                translate("Circulars", "The report for {period} is due on {date}.").format(
                    period=deadline.period, date=deadline.due.strftime("%d/%m/%Y")
                )
            )
        return lines


def verify(session, data: bytes) -> VerifiedCircular:
    """Check a circular against what this office trusts; ReceiptRefused if refused."""
    try:
        unit = commune_unit(session)
    except SuperiorTrustError as error:
        raise ReceiptRefused(error.code, f"{error} {next_step(error.code)}") from error
    try:
        circular = verify_circular_file(data, superior_keys(session))
    except Rejected as error:
        raise from_rejected(error) from error
    if circular.issuer != unit.superior_code:
        raise refusal(
            "NOT_OUR_SUPERIOR",
            issuer=circular.issuer,
            superior=f"{unit.superior_name}, {unit.superior_code}",
        )
    return circular


def import_circular(database: Database, data: bytes, *, file_name: str = "") -> CircularResult:
    """Verify and import a circular (one transaction); ReceiptRefused if refused."""
    digest = hashlib.sha256(data).hexdigest()
    with database.session() as session:
        circular = verify(session, data)
        result = CircularResult(
            ALREADY,
            circular.issuer,
            circular.sequence,
            circular.title,
            circular.applies_from,
            circular.codes.version,
            circular.deadlines,
        )
        if session.scalar(select(Circular.id).where(Circular.file_sha256 == digest)):
            return result
        earlier = circulars(session)
        if earlier and circular.sequence < earlier[0].sequence:
            raise _refused("CIRCULAR_OLDER", sequence=circular.sequence, newer=earlier[0].sequence)
        if any(c.sequence == circular.sequence for c in earlier):
            raise _refused("CIRCULAR_CONFLICT", sequence=circular.sequence)
        latest = _latest_list(session)
        if _version_problem(circular.codes, latest) is not None:
            raise _refused("LIST_OLDER", version=circular.codes.version, latest=latest.version)
        problem = list_problem(circular.codes)
        if problem is not None:
            raise _refused("LIST_UNSUPPORTED", problem=problem)
        before = list_in_force(session, Period.parse(circular.applies_from))
        _store(
            session,
            issuer=circular.issuer,
            sequence=circular.sequence,
            created=circular.manifest["created"],
            title=circular.title,
            applies_from=circular.applies_from,
            document=circular.indicators,
            deadlines=list(circular.deadlines),
            key_id=circular.manifest["key_id"],
            data=data,
            file_name=file_name,
        )
    return CircularResult(
        IMPORTED,
        circular.issuer,
        circular.sequence,
        circular.title,
        circular.applies_from,
        circular.codes.version,
        circular.deadlines,
        tuple(c for c in circular.codes.codes if c not in before.codes),
        tuple(c for c in before.codes if c not in circular.codes.codes),
    )
