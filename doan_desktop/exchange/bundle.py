"""The signed file (DESIGN.md §5): a ZIP of canonical JSON members, a manifest listing their
sizes and SHA-256, and the manifest's minisign signature.

One format carries three kinds of file, told apart by their members and by the manifest's
``kind``: the commune's **report** to its superior office (``payload.json``, optional
``roster.json``; its manifest has no ``kind``, so that a report frozen before kinds existed is
written again byte for byte), and what the superior office sends down: a **receipt** saying
what became of the commune's report files (``receipt.json``, exchange/receipt_file.py) and a
**circular** with the indicator list and the deadlines (``circular.json`` and
``indicators.json``, exchange/circular_file.py).

``write_signed_file`` makes the bytes (deterministic: the same inputs give the same file);
``verify_signed_file`` checks received bytes in the order of DESIGN.md §5, stopping at the
first failure with a reason code and a sentence for the clerk. ``write_report_file`` and
``verify_report_file`` add what only a report has. Sequence checks need the receiving office's
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

FORMAT = "doan-desktop/report"  # the name of the signed-file format, kept from its first kind
FORMAT_VERSION = 1
REPORT, RECEIPT, CIRCULAR = "report", "receipt", "circular"
PAYLOAD = "payload.json"
ROSTER = "roster.json"
RECEIPT_MEMBER = "receipt.json"
CIRCULAR_MEMBER = "circular.json"
INDICATORS_MEMBER = "indicators.json"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
# The order of the members in every file: the verifier rebuilds the archive in it.
MEMBER_ORDER = (
    PAYLOAD,
    ROSTER,
    RECEIPT_MEMBER,
    CIRCULAR_MEMBER,
    INDICATORS_MEMBER,
    MANIFEST,
    SIGNATURE,
)
REQUIRED_MEMBERS = {PAYLOAD, MANIFEST, SIGNATURE}
OPTIONAL_MEMBERS = {ROSTER}
# Caps on what a file can be; anything larger is refused before it is read.
MAX_FILE = 32 * 1024 * 1024
MAX_MEMBER = {
    PAYLOAD: 4 * 1024 * 1024,
    ROSTER: 24 * 1024 * 1024,
    RECEIPT_MEMBER: 1024 * 1024,
    CIRCULAR_MEMBER: 256 * 1024,
    INDICATORS_MEMBER: 1024 * 1024,
    MANIFEST: 64 * 1024,
    SIGNATURE: 4096,
}
MAX_RATIO = 100  # uncompressed / compressed, per member: above it, a zip bomb
_FIXED_TIME = (2000, 1, 1, 0, 0, 0)
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class Kind:
    """What a kind of signed file holds besides its manifest and signature, and the text
    fields its manifest must have."""

    name: str
    required: frozenset[str]
    optional: frozenset[str]
    manifest_text: tuple[str, ...]

    @property
    def members(self) -> frozenset[str]:
        return self.required | self.optional


KINDS = {
    REPORT: Kind(
        REPORT,
        frozenset({PAYLOAD}),
        frozenset({ROSTER}),
        ("issuer", "recipient", "period", "report_id", "created", "key_id", "app_version"),
    ),
    RECEIPT: Kind(
        RECEIPT,
        frozenset({RECEIPT_MEMBER}),
        frozenset(),
        ("issuer", "recipient", "period", "created", "key_id", "app_version"),
    ),
    CIRCULAR: Kind(
        CIRCULAR,
        frozenset({CIRCULAR_MEMBER, INDICATORS_MEMBER}),
        frozenset(),
        ("issuer", "created", "key_id", "app_version"),
    ),
}


def kind_word(kind: str) -> str:
    """The kind as the clerk names it: "a report file", "a receipt", "a circular"."""
    return {
        REPORT: translate("ReportFile", "a report file"),
        RECEIPT: translate("ReportFile", "a receipt from the superior office"),
        CIRCULAR: translate("ReportFile", "a circular from the superior office"),
    }.get(kind, kind)


def _reasons(kind: str = REPORT) -> dict[str, str]:
    reasons = {
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
        "WRONG_KIND": translate(
            "ReportFile", "The file is {detail}, not {expected}: it is not opened here."
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
    if kind != REPORT:
        # What the superior office sends down is worded as such, not as a report.
        reasons.update(
            {
                "FILE_TOO_LARGE": translate(
                    "ReportFile", "The file is larger than any file of this program can be."
                ),
                "NOT_ZIP": translate(
                    "ReportFile",
                    "The file is not a signed file of this program (not a ZIP archive).",
                ),
                "ZIP_ENCRYPTED": translate(
                    "ReportFile",
                    "The file is password-protected; the files of this program never are.",
                ),
                "ZIP_EXTRA": translate(
                    "ReportFile", "The file holds a member that does not belong in it ({detail})."
                ),
                "SCHEMA_INVALID": translate(
                    "ReportFile",
                    "The file's contents do not follow the format of this program ({detail}).",
                ),
                "KEY_UNKNOWN": translate(
                    "ReportFile",
                    "The file is signed with a key this office does not trust. Trust the "
                    "superior office's key first (its registration file and the fingerprint "
                    "on its paper sheet).",
                ),
                "KEY_RETIRED": translate(
                    "ReportFile",
                    "The file is signed with a key the superior office stopped using on "
                    "{detail}, and it was made after that.",
                ),
                "FIELDS_DISAGREE": translate(
                    "ReportFile", "The manifest and the contents disagree on {detail}."
                ),
            }
        )
    return reasons


class Rejected(Exception):
    """A received file refused: ``code`` for records and tests, ``str()`` for the clerk."""

    def __init__(self, code: str, detail: str = "", kind: str = REPORT, expected: str = ""):
        self.code = code
        self.detail = detail
        self.kind = kind
        # The manifest, once its signature verified by the issuer's own key: which commune
        # and period a file refused by a later check belongs to.
        self.manifest: dict | None = None
        super().__init__(_reasons(kind)[code].format(detail=detail, expected=expected))


@dataclass(frozen=True)
class TrustedKey:
    unit_code: str
    public: PublicKey
    revoked: bool = False
    # A retired key (replaced by a rotation, or lost) still vouches for the files it signed
    # until then (UTC, naive); a revoked one for none.
    retired_at: dt.datetime | None = None


@dataclass(frozen=True)
class SignedFile:
    kind: str
    manifest: dict
    contents: dict[str, Any]  # each content member, parsed
    sha256: str  # of the whole file
    key: TrustedKey


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
    """The signed one-line comment: what ``minisign -V`` shows, and a check of the manifest."""
    digest = _sha256(manifest_bytes)
    kind = manifest.get("kind", REPORT)
    if kind == RECEIPT:
        return (
            f"kind=receipt unit={manifest['issuer']} to={manifest['recipient']} "
            f"period={manifest['period']} sequence={manifest['sequence']} "
            f"manifest_sha256={digest}"
        )
    if kind == CIRCULAR:
        return (
            f"kind=circular unit={manifest['issuer']} sequence={manifest['sequence']} "
            f"manifest_sha256={digest}"
        )
    return (
        f"unit={manifest['issuer']} period={manifest['period']} sequence={manifest['sequence']} "
        f"manifest_sha256={digest}"
    )


def write_signed_file(
    *,
    kind: str,
    contents: dict[str, Any],
    fields: dict[str, Any],
    created: dt.datetime,
    app_version: str,
    key_id: bytes,
    private: Ed25519PrivateKey,
    untrusted_comment: str,
) -> bytes:
    """A signed file of ``kind``: ``contents`` (member name → value) as canonical JSON, and a
    manifest of ``fields`` (issuer, sequence …) with the members' sizes and hashes."""
    spec = KINDS[kind]
    if not spec.required <= set(contents) <= spec.members:
        raise ValueError(f"a {kind} holds {sorted(spec.members)}, not {sorted(contents)}")
    members = {name: canonical.dumps(value) for name, value in contents.items()}
    public = PublicKey.from_private(key_id, private)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        **fields,
        "created": created.strftime(TIME_FORMAT),
        "key_id": public.key_id_hex,
        "app_version": app_version,
        "members": [
            {"name": name, "size": len(data), "sha256": _sha256(data)}
            for name, data in sorted(members.items())
        ],
    }
    if kind != REPORT:  # a report's manifest has none: see the module
        manifest["kind"] = kind
    manifest_bytes = canonical.dumps(manifest)
    members[MANIFEST] = manifest_bytes
    members[SIGNATURE] = sign(
        manifest_bytes,
        private,
        key_id,
        trusted_comment(manifest, manifest_bytes),
        untrusted_comment=untrusted_comment,
    ).encode("ascii")
    return _layout(members)


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
    contents: dict[str, Any] = {PAYLOAD: payload}
    if roster is not None:
        contents[ROSTER] = roster
    return write_signed_file(
        kind=REPORT,
        contents=contents,
        fields={
            "issuer": issuer,
            "recipient": recipient,
            "period": period,
            "sequence": sequence,
            "report_id": report_id,
            "supersedes": supersedes,
        },
        created=created,
        app_version=app_version,
        key_id=key_id,
        private=private,
        untrusted_comment=f"doan-desktop report {issuer} {period} #{sequence}",
    )


def _layout(members: dict[str, bytes]) -> bytes:
    """The one byte layout of a signed file: members stored (not compressed, so the bytes do
    not depend on the zlib at hand), in a fixed order, with fixed times and attributes. The
    verifier rebuilds it, so that a change to any byte of the archive's structure is caught
    too."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name in MEMBER_ORDER:
            if name in members:
                info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
                info.compress_type = zipfile.ZIP_STORED
                info.external_attr = 0o644 << 16
                info.create_system = 3
                archive.writestr(info, members[name])
    return buffer.getvalue()


# ----------------------------------------------------------------------------- verification


def _kind_of(names: set[str]) -> str | None:
    """The kind whose own members the archive holds (before anything is trusted)."""
    for kind in KINDS.values():
        if kind.required & names:
            return kind.name
    return None


def _read_members(data: bytes, kind: str = REPORT) -> dict[str, bytes]:
    if len(data) > MAX_FILE:
        raise Rejected("FILE_TOO_LARGE", kind=kind)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError, EOFError) as error:
        raise Rejected("NOT_ZIP", kind=kind) from error
    names = [info.filename for info in infos]
    for info in infos:
        if info.flag_bits & 0x1:
            raise Rejected("ZIP_ENCRYPTED", kind=kind)
        if (
            "/" in info.filename
            or "\\" in info.filename
            or ".." in info.filename
            or ":" in info.filename
        ):
            raise Rejected("ZIP_PATH", info.filename, kind=kind)
    if len(set(names)) != len(names):
        raise Rejected("ZIP_DUPLICATE", kind=kind)
    found = _kind_of(set(names))
    if found is not None and found != kind:
        raise Rejected("WRONG_KIND", kind_word(found), kind=kind, expected=kind_word(kind))
    spec = KINDS[kind]
    extra = set(names) - spec.members - {MANIFEST, SIGNATURE}
    if extra:
        raise Rejected("ZIP_EXTRA", ", ".join(sorted(extra)), kind=kind)
    missing = (spec.required | {MANIFEST, SIGNATURE}) - set(names)
    if missing:
        raise Rejected("ZIP_MISSING", ", ".join(sorted(missing)), kind=kind)
    members = {}
    for info in infos:
        limit = MAX_MEMBER[info.filename]
        if info.file_size > limit:
            raise Rejected("ZIP_OVERSIZE", info.filename, kind=kind)
        if (
            info.compress_size
            and info.file_size / info.compress_size > MAX_RATIO
            and info.file_size > 65536
        ):
            raise Rejected("ZIP_BOMB", kind=kind)
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
            raise Rejected("ZIP_CORRUPT", info.filename, kind=kind) from error
        except RuntimeError as error:  # zipfile's word for an encrypted member
            raise Rejected("ZIP_ENCRYPTED", kind=kind) from error
        if len(content) > limit:
            raise Rejected("ZIP_OVERSIZE", info.filename, kind=kind)
        if len(content) != info.file_size:
            raise Rejected("ZIP_CORRUPT", info.filename, kind=kind)
        members[info.filename] = content
    if _layout(members) != data:
        raise Rejected("ZIP_ALTERED", kind=kind)
    return members


def _json(name: str, data: bytes, kind: str = REPORT) -> Any:
    try:
        return canonical.loads_strict(data)
    except canonical.JsonRejected as error:
        raise Rejected(f"JSON_{error.code}", name, kind=kind) from error


def require(condition: bool, detail: str, kind: str = REPORT) -> None:
    """SCHEMA_INVALID naming ``detail`` unless ``condition``."""
    if not condition:
        raise Rejected("SCHEMA_INVALID", detail, kind=kind)


_require = require


def _check_manifest_shape(manifest: Any, kind: str = REPORT) -> None:
    require(isinstance(manifest, dict), MANIFEST, kind)
    require(manifest.get("format") == FORMAT, "format", kind)
    require(manifest.get("format_version") == FORMAT_VERSION, "format_version", kind)
    require(manifest.get("kind", REPORT) == kind, "kind", kind)
    for key in KINDS[kind].manifest_text:
        require(isinstance(manifest.get(key), str) and manifest[key] != "", key, kind)
    sequence = manifest.get("sequence")
    require(
        isinstance(sequence, int) and not isinstance(sequence, bool) and sequence >= 1,
        "sequence",
        kind,
    )
    if kind == REPORT:
        require(
            manifest.get("supersedes") is None or isinstance(manifest["supersedes"], str),
            "supersedes",
        )
    listed = manifest.get("members")
    require(isinstance(listed, list), "members", kind)
    for entry in listed:
        require(
            isinstance(entry, dict)
            and isinstance(entry.get("name"), str)
            and isinstance(entry.get("size"), int)
            and isinstance(entry.get("sha256"), str),
            "members",
            kind,
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


def _check_made_before(manifest: dict, retired_at: dt.datetime, kind: str = REPORT) -> None:
    """The signed creation time against a retired key's last moment: a file made with that
    key before it stopped being used is good, a later one is not."""
    try:
        created = dt.datetime.strptime(manifest["created"], TIME_FORMAT)
    except ValueError as error:
        raise Rejected("SCHEMA_INVALID", "created", kind=kind) from error
    if created > retired_at:
        raise Rejected("KEY_RETIRED", retired_at.strftime("%d/%m/%Y"), kind=kind)


def _is_decimal(text: str) -> bool:
    head, _, tail = text.lstrip("-").partition(".")
    return head.isdigit() and (tail == "" or tail.isdigit()) and len(text) <= 40


def verify_signed_file(
    data: bytes,
    lookup_key: Callable[[str], TrustedKey | None],
    *,
    kind: str,
    more_checks: Callable[[SignedFile], None] | None = None,
) -> SignedFile:
    """Check ``data`` as a file of ``kind`` in the order of DESIGN.md §5 (archive, JSON,
    signature by a trusted key of the issuer, every hash), then ``more_checks``; raise Rejected
    at the first failure. A refusal after the signature verified carries the manifest."""
    members = _read_members(data, kind)
    manifest = _json(MANIFEST, members[MANIFEST], kind)
    spec = KINDS[kind]
    contents = {
        name: _json(name, members[name], kind)
        for name in MEMBER_ORDER
        if name in members and name in spec.members
    }
    _check_manifest_shape(manifest, kind)

    try:
        signature = parse_signature(members[SIGNATURE].decode("ascii"))
    except (MinisignError, UnicodeDecodeError) as error:
        raise Rejected("SIGNATURE_MALFORMED", kind=kind) from error
    key_id_hex = f"{int.from_bytes(signature.key_id, 'little'):016X}"
    key = lookup_key(key_id_hex)
    if key is None:
        raise Rejected("KEY_UNKNOWN", kind=kind)
    if key.revoked:
        raise Rejected("KEY_REVOKED", kind=kind)
    try:
        verify(members[MANIFEST], members[SIGNATURE].decode("ascii"), key.public)
    except MinisignError as error:
        raise Rejected("SIGNATURE_INVALID", kind=kind) from error
    if key.unit_code != manifest["issuer"]:
        raise Rejected("KEY_WRONG_UNIT", manifest["issuer"], kind=kind)
    if signature.trusted_comment != trusted_comment(manifest, members[MANIFEST]):
        raise Rejected("COMMENT_MISMATCH", kind=kind)
    if manifest["key_id"] != key_id_hex:
        raise Rejected("COMMENT_MISMATCH", kind=kind)
    signed = SignedFile(kind, manifest, contents, _sha256(data), key)
    try:
        if key.retired_at is not None:
            _check_made_before(manifest, key.retired_at, kind)
        _check_hashes(members, manifest, kind)
        if more_checks is not None:
            more_checks(signed)
    except Rejected as error:
        error.manifest = manifest
        raise
    return signed


def _check_hashes(members: dict[str, bytes], manifest: dict, kind: str) -> None:
    listed = {entry["name"]: entry for entry in manifest["members"]}
    content_members = set(members) - {MANIFEST, SIGNATURE}
    if set(listed) != content_members:
        raise Rejected("HASH_MISMATCH", ", ".join(sorted(set(listed) ^ content_members)), kind=kind)
    for name in sorted(content_members):
        if listed[name]["size"] != len(members[name]) or listed[name]["sha256"] != _sha256(
            members[name]
        ):
            raise Rejected("HASH_MISMATCH", name, kind=kind)


def verify_report_file(
    data: bytes,
    lookup_key: Callable[[str], TrustedKey | None],
    *,
    today: dt.date,
    recipient: str | None = None,
    indicator_codes: Iterable[str] | None = None,
) -> VerifiedFile:
    """Check ``data`` in the order of DESIGN.md §5; raise Rejected at the first failure."""
    codes = set(indicator_codes) if indicator_codes is not None else None

    def report_checks(signed: SignedFile) -> None:
        _check_report(signed.manifest, signed.contents, today, recipient, codes)

    signed = verify_signed_file(data, lookup_key, kind=REPORT, more_checks=report_checks)
    return VerifiedFile(
        signed.manifest,
        signed.contents[PAYLOAD],
        signed.contents.get(ROSTER),
        signed.sha256,
        signed.key,
    )


def _check_report(
    manifest: dict,
    contents: dict[str, Any],
    today: dt.date,
    recipient: str | None,
    indicator_codes: set[str] | None,
) -> None:
    """What only a report has: its payload, roster, period and fields."""
    payload, roster = contents[PAYLOAD], contents.get(ROSTER)
    _check_payload_shape(payload, indicator_codes)
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


# ----------------------------------------------------------------------------- unverified


CLAIMED_FIELDS = {"issuer": str, "period": str, "report_id": str, "sequence": int}


def read_claims(data: bytes) -> dict:
    """What a file's manifest says of itself (issuer, period, report id, sequence), read
    without trusting anything: for answering a refused file, whose signature may not have
    verified. Fields that are missing, of the wrong type or too long are left out."""
    try:
        with zipfile.ZipFile(io.BytesIO(data[: MAX_FILE + 1])) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MAX_MEMBER[MANIFEST]:
                return {}
            with archive.open(info) as handle:
                manifest = canonical.json_loads_lenient(handle.read(MAX_MEMBER[MANIFEST] + 1))
    except (KeyError, ValueError, OSError, EOFError, RuntimeError, NotImplementedError):
        return {}
    except (zipfile.BadZipFile, zlib.error):
        return {}
    if not isinstance(manifest, dict):
        return {}
    claims = {}
    for name, kind in CLAIMED_FIELDS.items():
        value = manifest.get(name)
        if isinstance(value, kind) and not isinstance(value, bool):
            if isinstance(value, str) and not 0 < len(value) <= 60:
                continue
            claims[name] = value
    return claims
