"""The rejection list of DESIGN.md §5, one test each: the reason code, nothing stored, the file
kept aside in inbox/rejected/ and recorded. The malicious files are made by hand with zipfile
and the commune's real key (re-signing an edited manifest where a check lies deeper)."""

from __future__ import annotations

import io
import json
import warnings
import zipfile

import pytest
from sqlalchemy import select

from doan_desktop.core.inbox import REJECTED, next_step, revoke_key
from doan_desktop.core.inbox_status import period_status
from doan_desktop.core.periods import Period
from doan_desktop.core.store.models import RejectedFile
from doan_desktop.exchange import canonical
from doan_desktop.exchange.bundle import _layout, trusted_comment
from doan_desktop.exchange.minisign import sign
from tests.inbox.conftest import TODAY, Commune, stored_counts

PAYLOAD, MANIFEST, SIGNATURE = "payload.json", "manifest.json", "manifest.json.minisig"


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def raw_zip(entries: list[tuple[str, bytes]], compression=zipfile.ZIP_STORED) -> bytes:
    """A ZIP exactly as listed: any names, duplicates, compression."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we want
        with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
            for name, content in entries:
                archive.writestr(name, content)
    return buffer.getvalue()


def resign(commune: Commune, manifest: dict) -> tuple[bytes, bytes]:
    manifest_bytes = canonical.dumps(manifest)
    signature = sign(
        manifest_bytes,
        commune.private,
        commune.key_id,
        trusted_comment(manifest, manifest_bytes),
    ).encode("ascii")
    return manifest_bytes, signature


def rebuilt(commune: Commune, members: dict[str, bytes], manifest_edit=None) -> bytes:
    """The members laid out as a genuine file, the manifest listing their real hashes and
    re-signed with the commune's key: only what the test spoiled is wrong."""
    import hashlib

    manifest = json.loads(members[MANIFEST])
    manifest["members"] = [
        {"name": name, "size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
        for name, content in sorted(members.items())
        if name not in (MANIFEST, SIGNATURE)
    ]
    if manifest_edit:
        manifest_edit(manifest)
    members = dict(members)
    members[MANIFEST], members[SIGNATURE] = resign(commune, manifest)
    return _layout(members)


@pytest.fixture
def rejected(receive, trusted, data_dir):
    """rejected(data, code): receive the file, check it was refused for ``code`` with nothing
    stored, kept aside byte for byte and recorded; return the receipt."""

    def check(data: bytes, code: str, name: str = "bad.zip"):
        before = stored_counts(trusted)
        [receipt] = receive({name: data})
        assert (receipt.outcome, receipt.code) == (REJECTED, code), receipt.message
        assert receipt.message.endswith(" " + next_step(code))
        assert stored_counts(trusted) == before
        kept = data_dir.root / "inbox" / "rejected"
        assert receipt.kept_as and receipt.kept_as.startswith(str(kept))
        with open(receipt.kept_as, "rb") as handle:
            assert handle.read() == data
        with trusted.session() as session:
            rows = session.scalars(select(RejectedFile).where(RejectedFile.code == code)).all()
        assert [row.file_name for row in rows][-1] == name
        assert rows[-1].message == receipt.message
        return receipt

    return check


# ----------------------------------------------------------------------------- altered bytes


@pytest.mark.parametrize("member", [PAYLOAD, MANIFEST, SIGNATURE])
def test_a_flipped_byte_in_the_archive(rejected, hoa_phu, member):
    data, _ = hoa_phu.report()
    content = members_of(data)[member]
    offset = data.index(content) + len(content) // 2
    spoiled = data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1 :]
    rejected(spoiled, "ZIP_CORRUPT")  # the ZIP's own checksum no longer matches


def test_a_flipped_byte_in_the_payload_with_a_fresh_zip_checksum(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    members[PAYLOAD] = members[PAYLOAD].replace(b'"value":120', b'"value":920')
    rejected(_layout(members), "HASH_MISMATCH")


def test_a_flipped_byte_in_the_manifest_with_a_fresh_zip_checksum(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    members[MANIFEST] = members[MANIFEST].replace(b"2026-10-05", b"2026-10-04")
    rejected(_layout(members), "SIGNATURE_INVALID")


def test_a_flipped_byte_in_the_signature_with_a_fresh_zip_checksum(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    lines = members[SIGNATURE].split(b"\n")
    line = bytearray(lines[1])
    line[40] = ord("A") if line[40] != ord("A") else ord("B")
    lines[1] = bytes(line)
    members[SIGNATURE] = b"\n".join(lines)
    rejected(_layout(members), "SIGNATURE_INVALID")


def test_an_edited_payload_with_recomputed_hashes_under_the_old_signature(rejected, hoa_phu):
    import hashlib

    members = members_of(hoa_phu.report()[0])
    payload = json.loads(members[PAYLOAD])
    payload["values"][1]["value"] = 999
    members[PAYLOAD] = canonical.dumps(payload)
    manifest = json.loads(members[MANIFEST])
    manifest["members"] = [
        {
            "name": PAYLOAD,
            "size": len(members[PAYLOAD]),
            "sha256": hashlib.sha256(members[PAYLOAD]).hexdigest(),
        }
    ]
    members[MANIFEST] = canonical.dumps(manifest)  # the signature stays the old one
    rejected(_layout(members), "SIGNATURE_INVALID")


def test_a_signature_taken_from_another_report(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    other = members_of(hoa_phu.report("2026Q2")[0])
    members[SIGNATURE] = other[SIGNATURE]
    rejected(_layout(members), "SIGNATURE_INVALID")


# ----------------------------------------------------------------------------- keys


def test_an_unknown_key(rejected):
    stranger = Commune("HP-DL-01", "Hòa Phú")
    rejected(stranger.report()[0], "KEY_UNKNOWN")


def test_a_revoked_key(rejected, trusted, hoa_phu):
    with trusted.session() as session:
        revoke_key(session, hoa_phu.key_id_hex)
    rejected(hoa_phu.report()[0], "KEY_REVOKED")


def test_commune_a_key_claiming_commune_b(rejected, hoa_phu):
    data, _ = hoa_phu.report(issuer="ET-DL-02")
    rejected(data, "KEY_WRONG_UNIT")


# ----------------------------------------------------------------------------- sequence


def test_an_older_sequence_for_the_same_period(rejected, receive, hoa_phu):
    newer, _ = hoa_phu.report(sequence=5)
    receive({"new.zip": newer})
    older, _ = hoa_phu.report(sequence=4)
    receipt = rejected(older, "SEQUENCE_ROLLBACK")
    assert "2026Q3 (No. 5" in receipt.message and "this file (No. 4" in receipt.message


def test_the_same_sequence_with_other_content(rejected, receive, trusted, hoa_phu):
    first, _ = hoa_phu.report(sequence=3)
    receive({"first.zip": first})
    second, _ = hoa_phu.report(sequence=3)
    rejected(second, "SEQUENCE_CONFLICT")
    with trusted.session() as session:
        status = period_status(session, Period.parse("2026Q3"), TODAY)
    flagged = {c.unit_code: c.flagged for c in status.communes}
    assert flagged == {"ET-DL-02": 0, "HP-DL-01": 1}


def test_a_second_report_for_the_period_that_names_nothing(rejected, receive, hoa_phu):
    first, _ = hoa_phu.report()
    receive({"first.zip": first})
    rejected(hoa_phu.report()[0], "CORRECTION_UNLINKED")


def test_a_correction_naming_another_communes_report(rejected, receive, hoa_phu, ea_tu):
    theirs, their_id = ea_tu.report()
    mine, _ = hoa_phu.report()
    receive({"theirs.zip": theirs, "mine.zip": mine})
    rejected(hoa_phu.report(supersedes=their_id)[0], "SUPERSEDES_WRONG")


def test_a_correction_naming_a_report_already_replaced(rejected, receive, hoa_phu):
    first, first_id = hoa_phu.report()
    second, _ = hoa_phu.report(supersedes=first_id)
    receive({"1.zip": first, "2.zip": second})
    rejected(hoa_phu.report(supersedes=first_id)[0], "SUPERSEDES_WRONG")


def test_a_report_id_used_again(rejected, receive, hoa_phu):
    first, first_id = hoa_phu.report("2026Q2")
    receive({"1.zip": first})
    rejected(hoa_phu.report(report_id=first_id)[0], "REPORT_ID_REUSED")


# ----------------------------------------------------------------------------- period, fields


def test_a_malformed_period(rejected, hoa_phu):
    rejected(hoa_phu.report("2026Q5")[0], "PERIOD_INVALID")


def test_a_future_period(rejected, hoa_phu):
    rejected(hoa_phu.report("2027Q1")[0], "PERIOD_FUTURE")


def test_a_file_addressed_to_another_office(rejected, hoa_phu):
    rejected(hoa_phu.report(recipient="TD-GL")[0], "WRONG_RECIPIENT")


def test_an_unknown_indicator(rejected, hoa_phu):
    values = [{"indicator": "FAKE_INDICATOR", "disagg": "", "value": 1}]
    rejected(hoa_phu.report(values=values)[0], "INDICATOR_UNKNOWN")


def test_payload_and_manifest_disagree(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    payload = json.loads(members[PAYLOAD])
    payload["period"] = "2026Q2"
    members[PAYLOAD] = canonical.dumps(payload)
    rejected(rebuilt(hoa_phu, members), "FIELDS_DISAGREE")


# ----------------------------------------------------------------------------- ZIP sanity


def test_an_extra_member(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    entries = list(members.items()) + [("notes.txt", b"hello")]
    rejected(raw_zip(entries), "ZIP_EXTRA")


def test_a_missing_member(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    del members[SIGNATURE]
    rejected(raw_zip(list(members.items())), "ZIP_MISSING")


def test_a_duplicated_member(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    entries = list(members.items()) + [(PAYLOAD, members[PAYLOAD])]
    rejected(raw_zip(entries), "ZIP_DUPLICATE")


@pytest.mark.parametrize("name", ["../payload.json", "reports/payload.json", "C:payload.json"])
def test_a_path_in_a_member_name(rejected, hoa_phu, name):
    members = members_of(hoa_phu.report()[0])
    entries = [(name if n == PAYLOAD else n, c) for n, c in members.items()]
    rejected(raw_zip(entries), "ZIP_PATH")


def test_an_oversized_member(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    members[SIGNATURE] += b"#" * 5000
    rejected(raw_zip(list(members.items())), "ZIP_OVERSIZE")


def test_a_zip_bomb(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    members[PAYLOAD] = b"[" + b"0," * 1_000_000 + b"0]"
    rejected(raw_zip(list(members.items()), zipfile.ZIP_DEFLATED), "ZIP_BOMB")


def test_not_a_zip_at_all(rejected):
    rejected(b"%PDF-1.7 this is a report, honestly", "NOT_ZIP")


# ----------------------------------------------------------------------------- JSON


def test_non_canonical_json(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    members[PAYLOAD] = json.dumps(json.loads(members[PAYLOAD]), indent=1).encode()
    rejected(rebuilt(hoa_phu, members), "JSON_NOT_CANONICAL")


def test_duplicate_json_keys(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    members[PAYLOAD] = members[PAYLOAD].replace(b'{"issuer"', b'{"issuer":"ET-DL-02","issuer"')
    rejected(rebuilt(hoa_phu, members), "JSON_DUPLICATE_KEY")


def test_nan(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    members[PAYLOAD] = members[PAYLOAD].replace(b'"value":120', b'"value":NaN')
    rejected(rebuilt(hoa_phu, members), "JSON_NAN")


def test_a_huge_integer(rejected, hoa_phu):
    members = members_of(hoa_phu.report()[0])
    members[PAYLOAD] = members[PAYLOAD].replace(b'"value":120', b'"value":9007199254740993')
    rejected(rebuilt(hoa_phu, members), "JSON_BIG_INTEGER")


# ----------------------------------------------------------------------------- files


def test_an_unreadable_file_is_reported_and_recorded(trusted, data_dir, tmp_path):
    from doan_desktop.core.inbox import receive_files

    missing = tmp_path / "gone.zip"
    [receipt] = receive_files(trusted, data_dir.root, [missing], today=TODAY)
    assert (receipt.outcome, receipt.code) == (REJECTED, "FILE_UNREADABLE")
    assert receipt.kept_as == ""
    assert stored_counts(trusted) == (0, 0)


def test_the_same_rejected_file_is_kept_once(receive, data_dir):
    receive({"a.zip": b"junk"})
    receive({"b.zip": b"junk"})
    kept = list((data_dir.root / "inbox" / "rejected").iterdir())
    assert len(kept) == 1


# ----------------------------------------------------------------------------- next steps


def test_every_reason_code_has_its_own_next_step():
    from doan_desktop.core.inbox import _inbox_reasons, _next_steps
    from doan_desktop.exchange.bundle import _reasons

    steps = _next_steps()
    codes = set(_reasons()) | set(_inbox_reasons())
    assert codes - set(steps) == set()
    assert all(step.startswith(("Ask", "Check", "If", "Nothing")) for step in steps.values())


def test_the_next_step_follows_the_interface_language(receive):
    from doan_desktop.core import messages

    vietnamese = {
        "The file is not a report file (not a ZIP archive).": "Không phải tệp báo cáo.",
        "Ask the commune to send the report file the program wrote (BC_….zip), not another "
        "document.": "Đề nghị xã gửi đúng tệp báo cáo.",
    }
    messages.set_translator(lambda context, text: vietnamese.get(text, text))
    [receipt] = receive({"photo.zip": b"\xff\xd8 not a zip"})
    assert receipt.message == "Không phải tệp báo cáo. Đề nghị xã gửi đúng tệp báo cáo."
