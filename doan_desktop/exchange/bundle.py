"""The signed report file (DESIGN.md §5): a ZIP of canonical JSON members, a manifest listing
their sizes and SHA-256, and the manifest's minisign signature.

``write_report_file`` makes the bytes (deterministic: the same inputs give the same file);
``verify_report_file`` checks received bytes in the order of DESIGN.md §5, stopping at the first
failure with a reason code and a sentence for the clerk. Sequence checks need the inbox's
records and are done there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from doan_desktop.core.messages import translate
from doan_desktop.core.periods import Period, PeriodError
from doan_desktop.exchange import canonical
from doan_desktop.exchange.minisign import MinisignError, PublicKey, parse_signature, sign, verify

FORMAT = "doan-desktop/report"
FORMAT_VERSION = 1
PAYLOAD = "payload.json"
ROSTER = "roster.json"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
REQUIRED_MEMBERS = {PAYLOAD, MANIFEST, SIGNATURE}
OPTIONAL_MEMBERS = {ROSTER}
# Caps on what a report can be; anything larger is refused before it is read.
MAX_FILE = 32 * 1024 * 1024
MAX_MEMBER = {
    PAYLOAD: 4 * 1024 * 1024,
    ROSTER: 24 * 1024 * 1024,
    MANIFEST: 64 * 1024,
    SIGNATURE: 4096,
}
MAX_RATIO = 100  # uncompressed / compressed, per member: above it, a zip bomb
_FIXED_TIME = (2000, 1, 1, 0, 0, 0)


def _reasons() -> dict[str, str]:
    return {
        "FILE_TOO_LARGE": translate("ReportFile", "The file is larger than any report can be."),
        "NOT_ZIP": translate("ReportFile", "The file is not a report file (not a ZIP archive)."),
        "ZIP_ENCRYPTED": translate(
            "ReportFile", "The file is password-protected; report files never are."
        ),
        "ZIP_PATH": translate(
            "ReportFile", "The file holds a member with a folder path in its name."
        ),
        "ZIP_DUPLICATE": translate("ReportFile", "The file holds the same member twice."),
        "ZIP_MISSING": translate("ReportFile", "The file lacks a required member ({detail})."),
        "ZIP_EXTRA": translate(
            "ReportFile", "The file holds a member that does not belong in a report ({detail})."
        ),
        "ZIP_OVERSIZE": translate(
            "ReportFile", "A member of the file is larger than allowed ({detail})."
        ),
        "ZIP_BOMB": translate(
            "ReportFile", "A member of the file expands far beyond its size (a 'zip bomb')."
        ),
        "ZIP_ALTERED": translate(
            "ReportFile", "The archive's structure was altered after it was written."
        ),
        "ZIP_CORRUPT": translate(
            "ReportFile", "The file is damaged: a member cannot be read ({detail})."
        ),
        "JSON_INVALID": translate("ReportFile", "A member is not valid JSON ({detail})."),
        "JSON_NOT_CANONICAL": translate(
            "ReportFile", "A member is not in canonical JSON form ({detail}); it was altered."
        ),
        "JSON_DUPLICATE_KEY": translate("ReportFile", "A member repeats a JSON key ({detail})."),
        "JSON_NAN": translate("ReportFile", "A member holds NaN or Infinity ({detail})."),
        "JSON_FLOAT": translate(
            "ReportFile",
            "A member holds a fractional number; values travel as integers or decimal text ({detail}).",
        ),
        "JSON_BIG_INTEGER": translate(
            "ReportFile", "A member holds an integer too large to be exact ({detail})."
        ),
        "SIGNATURE_MALFORMED": translate("ReportFile", "The signature is malformed."),
        "KEY_UNKNOWN": translate(
            "ReportFile",
            "The file is signed with a key that is not trusted here. Import the commune's key registration first.",
        ),
        "KEY_REVOKED": translate(
            "ReportFile", "The file is signed with a key that has been revoked."
        ),
        "KEY_RETIRED": translate(
            "ReportFile",
            "The file is signed with a key the commune stopped using on {detail}, and it was "
            "made after that.",
        ),
        "KEY_WRONG_UNIT": translate(
            "ReportFile",
            "The file claims to come from {detail}, but it is signed with another unit's key.",
        ),
        "SIGNATURE_INVALID": translate(
            "ReportFile",
            "The signature does not match: the file was altered or not signed by this key.",
        ),
        "COMMENT_MISMATCH": translate(
            "ReportFile", "The signed comment does not match the file's manifest."
        ),
        "HASH_MISMATCH": translate(
            "ReportFile",
            "A member's content does not match the signed manifest ({detail}): it was altered.",
        ),
        "SCHEMA_INVALID": translate(
            "ReportFile", "The file's contents do not follow the report format ({detail})."
        ),
        "INDICATOR_UNKNOWN": translate(
            "ReportFile", "The file reports an unknown indicator ({detail})."
        ),
        "PERIOD_INVALID": translate("ReportFile", "The period is not valid ({detail})."),
        "PERIOD_FUTURE": translate("ReportFile", "The period {detail} has not started yet."),
        "FIELDS_DISAGREE": translate(
            "ReportFile", "The manifest and the payload disagree on {detail}."
        ),
        "WRONG_RECIPIENT": translate(
            "ReportFile", "The file is addressed to another office ({detail})."
        ),
    }


class Rejected(Exception):
    """A received file refused: ``code`` for records and tests, ``str()`` for the clerk."""

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        self.detail = detail
        # The manifest, once its signature verified by the issuer's own key: which commune
        # and period a file refused by a later check belongs to.
        self.manifest: dict | None = None
        super().__init__(_reasons()[code].format(detail=detail))


@dataclass(frozen=True)
class TrustedKey:
    unit_code: str
    public: PublicKey
    revoked: bool = False
    # A retired key (replaced by a rotation, or lost) still vouches for the files it signed
    # until then (UTC, naive); a revoked one for none.
    retired_at: dt.datetime | None = None


@dataclass(frozen=True)
class VerifiedFile:
    manifest: dict
    payload: dict
    roster: list | None
    sha256: str  # of the whole file
    key: TrustedKey


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def trusted_comment(manifest: dict, manifest_bytes: bytes) -> str:
    return (
        f"unit={manifest['issuer']} period={manifest['period']} sequence={manifest['sequence']} "
        f"manifest_sha256={_sha256(manifest_bytes)}"
    )


def write_report_file(
    *,
    payload: dict,
    roster: list | None,
    issuer: str,
    recipient: str,
    period: str,
    sequence: int,
    report_id: str,
    supersedes: str | None,
    created: dt.datetime,
    app_version: str,
    key_id: bytes,
    private: Ed25519PrivateKey,
) -> bytes:
    members = {PAYLOAD: canonical.dumps(payload)}
    if roster is not None:
        members[ROSTER] = canonical.dumps(roster)
    public = PublicKey.from_private(key_id, private)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "issuer": issuer,
        "recipient": recipient,
        "period": period,
        "sequence": sequence,
        "report_id": report_id,
        "supersedes": supersedes,
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "key_id": public.key_id_hex,
        "app_version": app_version,
        "members": [
            {"name": name, "size": len(data), "sha256": _sha256(data)}
            for name, data in sorted(members.items())
        ],
    }
    manifest_bytes = canonical.dumps(manifest)
    members[MANIFEST] = manifest_bytes
    members[SIGNATURE] = sign(
        manifest_bytes,
        private,
        key_id,
        trusted_comment(manifest, manifest_bytes),
        untrusted_comment=f"doan-desktop report {issuer} {period} #{sequence}",
    ).encode("ascii")
    return _layout(members)


def _layout(members: dict[str, bytes]) -> bytes:
    """The one byte layout of a report file: members stored (not compressed, so the bytes do not
    depend on the zlib at hand), in a fixed order, with fixed times and attributes. The verifier
    rebuilds it, so that a change to any byte of the archive's structure is caught too."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name in (PAYLOAD, ROSTER, MANIFEST, SIGNATURE):
            if name in members:
                info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
                info.compress_type = zipfile.ZIP_STORED
                info.external_attr = 0o644 << 16
                info.create_system = 3
                archive.writestr(info, members[name])
    return buffer.getvalue()


# ----------------------------------------------------------------------------- verification


def _read_members(data: bytes) -> dict[str, bytes]:
    if len(data) > MAX_FILE:
        raise Rejected("FILE_TOO_LARGE")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError, EOFError) as error:
        raise Rejected("NOT_ZIP") from error
    names = [info.filename for info in infos]
    for info in infos:
        if info.flag_bits & 0x1:
            raise Rejected("ZIP_ENCRYPTED")
        if (
            "/" in info.filename
            or "\\" in info.filename
            or ".." in info.filename
            or ":" in info.filename
        ):
            raise Rejected("ZIP_PATH", info.filename)
    if len(set(names)) != len(names):
        raise Rejected("ZIP_DUPLICATE")
    extra = set(names) - REQUIRED_MEMBERS - OPTIONAL_MEMBERS
    if extra:
        raise Rejected("ZIP_EXTRA", ", ".join(sorted(extra)))
    missing = REQUIRED_MEMBERS - set(names)
    if missing:
        raise Rejected("ZIP_MISSING", ", ".join(sorted(missing)))
    members = {}
    for info in infos:
        limit = MAX_MEMBER[info.filename]
        if info.file_size > limit:
            raise Rejected("ZIP_OVERSIZE", info.filename)
        if (
            info.compress_size
            and info.file_size / info.compress_size > MAX_RATIO
            and info.file_size > 65536
        ):
            raise Rejected("ZIP_BOMB")
        try:
            with archive.open(info) as handle:
                content = handle.read(limit + 1)  # never trust the declared size
        except (
            zipfile.BadZipFile,
            OSError,
            EOFError,
            ValueError,
            NotImplementedError,
            zlib.error,
        ) as error:
            raise Rejected("ZIP_CORRUPT", info.filename) from error
        except RuntimeError as error:  # zipfile's word for an encrypted member
            raise Rejected("ZIP_ENCRYPTED") from error
        if len(content) > limit:
            raise Rejected("ZIP_OVERSIZE", info.filename)
        if len(content) != info.file_size:
            raise Rejected("ZIP_CORRUPT", info.filename)
        members[info.filename] = content
    if _layout(members) != data:
        raise Rejected("ZIP_ALTERED")
    return members


def _json(name: str, data: bytes) -> Any:
    try:
        return canonical.loads_strict(data)
    except canonical.JsonRejected as error:
        raise Rejected(f"JSON_{error.code}", name) from error


def _require(condition: bool, detail: str) -> None:
    if not condition:
        raise Rejected("SCHEMA_INVALID", detail)


def _check_manifest_shape(manifest: Any) -> None:
    _require(isinstance(manifest, dict), MANIFEST)
    _require(manifest.get("format") == FORMAT, "format")
    _require(manifest.get("format_version") == FORMAT_VERSION, "format_version")
    for key in ("issuer", "recipient", "period", "report_id", "created", "key_id", "app_version"):
        _require(isinstance(manifest.get(key), str) and manifest[key] != "", key)
    _require(isinstance(manifest.get("sequence"), int) and manifest["sequence"] >= 1, "sequence")
    _require(
        manifest.get("supersedes") is None or isinstance(manifest["supersedes"], str), "supersedes"
    )
    listed = manifest.get("members")
    _require(isinstance(listed, list), "members")
    for entry in listed:
        _require(
            isinstance(entry, dict)
            and isinstance(entry.get("name"), str)
            and isinstance(entry.get("size"), int)
            and isinstance(entry.get("sha256"), str),
            "members",
        )


def _check_payload_shape(payload: Any, indicator_codes: set[str] | None) -> None:
    _require(isinstance(payload, dict), PAYLOAD)
    for key in ("schema", "issuer", "period", "report_id"):
        _require(isinstance(payload.get(key), str), key)
    _require(isinstance(payload.get("schema_version"), int), "schema_version")
    _require(isinstance(payload.get("sequence"), int), "sequence")
    values = payload.get("values")
    _require(isinstance(values, list), "values")
    for item in values:
        _require(isinstance(item, dict) and isinstance(item.get("indicator"), str), "values")
        _require(isinstance(item.get("disagg", ""), str), "disagg")
        value = item.get("value")
        _require(isinstance(value, int) or (isinstance(value, str) and _is_decimal(value)), "value")
        if indicator_codes is not None and item["indicator"] not in indicator_codes:
            raise Rejected("INDICATOR_UNKNOWN", item["indicator"])


def _check_made_before(manifest: dict, retired_at: dt.datetime) -> None:
    """The signed creation time against a retired key's last moment: a file the commune made
    with that key before it stopped using it is good, a later one is not."""
    try:
        created = dt.datetime.strptime(manifest["created"], "%Y-%m-%dT%H:%M:%SZ")
    except ValueError as error:
        raise Rejected("SCHEMA_INVALID", "created") from error
    if created > retired_at:
        raise Rejected("KEY_RETIRED", retired_at.strftime("%d/%m/%Y"))


def _is_decimal(text: str) -> bool:
    head, _, tail = text.lstrip("-").partition(".")
    return head.isdigit() and (tail == "" or tail.isdigit()) and len(text) <= 40


def verify_report_file(
    data: bytes,
    lookup_key: Callable[[str], TrustedKey | None],
    *,
    today: dt.date,
    recipient: str | None = None,
    indicator_codes: Iterable[str] | None = None,
) -> VerifiedFile:
    """Check ``data`` in the order of DESIGN.md §5; raise Rejected at the first failure."""
    members = _read_members(data)
    manifest = _json(MANIFEST, members[MANIFEST])
    payload = _json(PAYLOAD, members[PAYLOAD])
    roster = _json(ROSTER, members[ROSTER]) if ROSTER in members else None
    _check_manifest_shape(manifest)

    try:
        signature = parse_signature(members[SIGNATURE].decode("ascii"))
    except (MinisignError, UnicodeDecodeError) as error:
        raise Rejected("SIGNATURE_MALFORMED") from error
    key_id_hex = f"{int.from_bytes(signature.key_id, 'little'):016X}"
    key = lookup_key(key_id_hex)
    if key is None:
        raise Rejected("KEY_UNKNOWN")
    if key.revoked:
        raise Rejected("KEY_REVOKED")
    try:
        verify(members[MANIFEST], members[SIGNATURE].decode("ascii"), key.public)
    except MinisignError as error:
        raise Rejected("SIGNATURE_INVALID") from error
    if key.unit_code != manifest["issuer"]:
        raise Rejected("KEY_WRONG_UNIT", manifest["issuer"])
    if signature.trusted_comment != trusted_comment(manifest, members[MANIFEST]):
        raise Rejected("COMMENT_MISMATCH")
    if manifest["key_id"] != key_id_hex:
        raise Rejected("COMMENT_MISMATCH")
    try:
        _check_signed(members, manifest, payload, roster, key, today, recipient, indicator_codes)
    except Rejected as error:
        error.manifest = manifest
        raise
    return VerifiedFile(manifest, payload, roster, _sha256(data), key)


def _check_signed(
    members: dict[str, bytes],
    manifest: dict,
    payload: Any,
    roster: Any,
    key: TrustedKey,
    today: dt.date,
    recipient: str | None,
    indicator_codes: Iterable[str] | None,
) -> None:
    """The checks after the signature: the key's time, every hash, schema, fields."""
    if key.retired_at is not None:
        _check_made_before(manifest, key.retired_at)
    listed = {entry["name"]: entry for entry in manifest["members"]}
    content_members = set(members) - {MANIFEST, SIGNATURE}
    if set(listed) != content_members:
        raise Rejected("HASH_MISMATCH", ", ".join(sorted(set(listed) ^ content_members)))
    for name in sorted(content_members):
        if listed[name]["size"] != len(members[name]) or listed[name]["sha256"] != _sha256(
            members[name]
        ):
            raise Rejected("HASH_MISMATCH", name)

    _check_payload_shape(payload, set(indicator_codes) if indicator_codes is not None else None)
    _require(roster is None or isinstance(roster, list), ROSTER)
    try:
        period = Period.parse(manifest["period"])
    except PeriodError as error:
        raise Rejected("PERIOD_INVALID", manifest["period"]) from error
    if period.start > today:
        raise Rejected("PERIOD_FUTURE", period.code)
    for name in ("issuer", "period", "sequence", "report_id"):
        if payload[name] != manifest[name]:
            raise Rejected("FIELDS_DISAGREE", name)
    if recipient is not None and manifest["recipient"] != recipient:
        raise Rejected("WRONG_RECIPIENT", manifest["recipient"])
