"""The circular: a signed file (exchange/bundle.py, kind ``circular``) by which a superior office
sends all its communes a version of the indicator list and the deadlines of coming periods.

``indicators.json`` is the code list in the format of the list shipped with the program
(core/indicators.json: ``schema``, ``schema_version``, ``indicators``), written canonically;
``circular.json`` says who sent it, its number (a newer circular has a higher one), its title,
the period from which its list applies, the list's version, and the deadlines.
docs/exchange-files.md describes every field.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from doan_desktop.core.indicators import CodeList, CodeListError, parse_code_list
from doan_desktop.core.periods import Period, PeriodError
from doan_desktop.exchange.bundle import (
    CIRCULAR,
    CIRCULAR_MEMBER,
    INDICATORS_MEMBER,
    Rejected,
    SignedFile,
    TrustedKey,
    require,
    verify_signed_file,
    write_signed_file,
)

SCHEMA = "doan-desktop/circular"
SCHEMA_VERSION = 1
MAX_DEADLINES = 100
MAX_TITLE = 500


@dataclass(frozen=True)
class Deadline:
    period: str
    due: dt.date

    def as_json(self) -> dict:
        return {"period": self.period, "due": self.due.isoformat()}


@dataclass(frozen=True)
class VerifiedCircular:
    manifest: dict
    issuer: str
    sequence: int
    title: str
    applies_from: str
    codes: CodeList
    indicators: dict  # indicators.json as it came
    deadlines: tuple[Deadline, ...]
    sha256: str
    key: TrustedKey


def file_name(issuer: str, sequence: int) -> str:
    """CV_<superior>_<n>.zip ("công văn")."""
    return f"CV_{issuer}_{sequence}.zip"


def check_deadlines(deadlines: list[Deadline]) -> str | None:
    """What is wrong with a list of deadlines, or None: each period once, valid, and due no
    earlier than its last day."""
    seen = set()
    for deadline in deadlines:
        try:
            period = Period.parse(deadline.period)
        except PeriodError:
            return deadline.period
        if period.code in seen or deadline.due < period.end:
            return period.code
        seen.add(period.code)
    return None


def write_circular_file(
    *,
    issuer: str,
    sequence: int,
    title: str,
    applies_from: str,
    indicators: dict,
    deadlines: list[Deadline],
    created: dt.datetime,
    app_version: str,
    key_id: bytes,
    private: Ed25519PrivateKey,
) -> bytes:
    document = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "issuer": issuer,
        "sequence": sequence,
        "title": title,
        "applies_from": applies_from,
        "indicators_version": indicators["schema_version"],
        "deadlines": [d.as_json() for d in sorted(deadlines, key=lambda d: d.due)],
    }
    return write_signed_file(
        kind=CIRCULAR,
        contents={CIRCULAR_MEMBER: document, INDICATORS_MEMBER: indicators},
        fields={"issuer": issuer, "sequence": sequence},
        created=created,
        app_version=app_version,
        key_id=key_id,
        private=private,
        untrusted_comment=f"doan-desktop circular {issuer} #{sequence}",
    )


def _deadline(item: object) -> Deadline:
    require(isinstance(item, dict) and set(item) == {"period", "due"}, "deadlines", CIRCULAR)
    require(isinstance(item["period"], str) and isinstance(item["due"], str), "deadlines", CIRCULAR)
    try:
        return Deadline(item["period"], dt.date.fromisoformat(item["due"]))
    except ValueError:
        raise Rejected("SCHEMA_INVALID", "deadlines", kind=CIRCULAR) from None


def _codes(document: object) -> CodeList:
    try:
        return parse_code_list(json.dumps(document, ensure_ascii=False))
    except (CodeListError, TypeError, ValueError) as error:
        raise Rejected("SCHEMA_INVALID", f"{INDICATORS_MEMBER}: {error}", kind=CIRCULAR) from error


def _check(signed: SignedFile) -> None:
    manifest, document = signed.manifest, signed.contents[CIRCULAR_MEMBER]
    require(isinstance(document, dict), CIRCULAR_MEMBER, CIRCULAR)
    require(document.get("schema") == SCHEMA, "schema", CIRCULAR)
    require(document.get("schema_version") == SCHEMA_VERSION, "schema_version", CIRCULAR)
    title = document.get("title")
    require(isinstance(title, str) and len(title) <= MAX_TITLE, "title", CIRCULAR)
    require(isinstance(document.get("applies_from"), str), "applies_from", CIRCULAR)
    try:
        Period.parse(document["applies_from"])
    except PeriodError as error:
        raise Rejected("PERIOD_INVALID", document["applies_from"], kind=CIRCULAR) from error
    items = document.get("deadlines")
    require(isinstance(items, list) and len(items) <= MAX_DEADLINES, "deadlines", CIRCULAR)
    wrong = check_deadlines([_deadline(item) for item in items])
    if wrong is not None:
        raise Rejected("PERIOD_INVALID", wrong, kind=CIRCULAR)
    codes = _codes(signed.contents[INDICATORS_MEMBER])
    for name in ("issuer", "sequence"):
        if document.get(name) != manifest[name]:
            raise Rejected("FIELDS_DISAGREE", name, kind=CIRCULAR)
    if document.get("indicators_version") != codes.version:
        raise Rejected("FIELDS_DISAGREE", "indicators_version", kind=CIRCULAR)


def verify_circular_file(
    data: bytes, lookup_key: Callable[[str], TrustedKey | None]
) -> VerifiedCircular:
    """Check a circular; raise Rejected at the first failure."""
    signed = verify_signed_file(data, lookup_key, kind=CIRCULAR, more_checks=_check)
    document = signed.contents[CIRCULAR_MEMBER]
    return VerifiedCircular(
        signed.manifest,
        signed.manifest["issuer"],
        signed.manifest["sequence"],
        document["title"],
        document["applies_from"],
        _codes(signed.contents[INDICATORS_MEMBER]),
        signed.contents[INDICATORS_MEMBER],
        tuple(_deadline(item) for item in document["deadlines"]),
        signed.sha256,
        signed.key,
    )
