"""Indicator values from handmade records, manual values and corrections, validation, and the
export: sequence, supersedes, the same bytes again, a crash mid-write, read-back verification."""

import datetime as dt
import os

import pytest
from sqlalchemy import func, select

from doan_desktop.core import report_export, reporting, signing
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.periods import Period
from doan_desktop.core.store.models import ChangeLog, ManualValue, Report
from doan_desktop.core.validation import ValidationError
from doan_desktop.exchange import bundle, canonical
from doan_desktop.exchange.keys import WrongPassphrase
from tests.conftest import TODAY
from tests.reporting.conftest import PASSPHRASE, meeting

Q3 = Period.parse("2026Q3")
NOW = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)


def _report(db, period=Q3):
    with db.session() as s:
        return reporting.build_report(s, period, TODAY)


def _set(db, indicator, value, note="", disagg="", period=Q3):
    with db.session() as s:
        reporting.set_manual_value(s, period, indicator, value, note, disagg)


def _codes(report, level):
    return {m.code for m in report.messages if m.level == level}


# ----------------------------------------------------------------------------- values


def test_values_computed_from_the_records(commune, unit_db):
    r = _report(unit_db)
    expected = {
        ("CHAPTERS", ""): 2,
        ("MEMBERS", ""): 5,
        ("MEMBERS", "SEX_M"): 3,
        ("MEMBERS", "SEX_F"): 2,
        ("MEMBERS", "ETHNICITY:Kinh"): 2,
        ("MEMBERS", "ETHNICITY:Ê Đê"): 1,
        ("MEMBERS", "CHAPTER:Thôn 1"): 4,
        ("MEMBERS", "CHAPTER:Thôn 2"): 1,
        # the youth not a member, and the member admitted after the period (youth in it)
        ("YOUTH", ""): 2,
        ("YOUTH", "SEX_F"): 1,
        ("NEW_MEMBERS", ""): 1,
        ("NEW_MEMBERS", "SEX_F"): 1,
        ("TRANSFERRED_IN", ""): 1,
        ("TRANSFERRED_OUT", ""): 1,
        ("MEMBERS_OVER_30", ""): 1,
        ("CHAPTERS_WITHOUT_SECRETARY", ""): 1,
        ("MEETINGS_HELD", ""): 4,
        ("MEETINGS_HELD", "CHAPTER:Thôn 1"): 3,
        ("MEETINGS_HELD", "CHAPTER:Thôn 2"): 1,
        ("CHAPTERS_MET_MONTHLY", ""): 2,
        ("TRAININGS", ""): 1,
        ("TRAINING_ATTENDANCE", ""): 2,
        ("YOUTH_WORKS", ""): 1,
        ("YOUTH_WORKS_VALUE", ""): 15_000_000,
        ("VOLUNTEER_DRIVES", ""): 1,
        ("VOLUNTEER_PARTICIPATION", ""): 120,
    }
    values = r.as_dict()
    for key, value in expected.items():
        assert values[key] == value, key
    assert r.value("YOUTH_POPULATION") is None
    assert r.value("GATHERED_SHARE") is None
    assert "POPULATION_MISSING" in _codes(r, "warning")
    assert not r.errors


def test_a_member_who_left_after_the_period_still_counts_in_it(commune, unit_db):
    """The transfer out was recorded in Q3: in Q2 the member was still here."""
    q2 = _report(unit_db, Period.parse("2026Q2")).as_dict()
    q3 = _report(unit_db).as_dict()
    assert q2[("TRANSFERRED_OUT", "")] == 0
    # Q2: the one who left is there, the one received in Q3 is not yet, nor Bình (admitted
    # in August) as a member.
    assert q2[("MEMBERS", "")] == q3[("MEMBERS", "")] + 1 - 1 - 1


def test_the_share_is_recomputed_from_its_parts(commune, unit_db):
    _set(unit_db, "YOUTH_POPULATION", "9", "UBND xã, 07/2026")
    r = _report(unit_db)
    assert r.value("GATHERED_SHARE") == "77.8"  # 7 of 9
    assert "POPULATION_MISSING" not in _codes(r, "warning")
    _set(unit_db, "MEMBERS", "6", "Một đoàn viên chưa nhập vào sổ")
    r = _report(unit_db)
    assert r.value("MEMBERS") == 6
    assert r.value("GATHERED_SHARE") == "88.9"  # 8 of 9, from the corrected part
    item = next(v for v in r.values if v.indicator == "MEMBERS" and v.disagg == "")
    assert item.corrected and item.computed == 5 and item.note


def test_share_rounding_is_half_up_and_never_a_float():
    assert reporting.share(1, 8) == "12.5"
    assert reporting.share(1, 3) == "33.3"
    assert reporting.share(2, 3) == "66.7"
    assert reporting.share(1, 16) == "6.3"  # 6.25 rounds up
    assert reporting.share(3, 3) == "100.0"


def test_whole_numbers_as_the_clerk_types_them():
    assert reporting.parse_whole_number("1.250") == 1250
    assert reporting.parse_whole_number(" 1 250 ") == 1250
    assert reporting.parse_whole_number("190.000.000") == 190_000_000
    assert reporting.parse_whole_number("-3") == -3
    for bad in ("1,5", "12.5", "abc", "", "1.25", "1e3"):
        assert reporting.parse_whole_number(bad) is None, bad


# ----------------------------------------------------------------------------- manual values


def test_manual_value_with_a_note_is_reported(commune, unit_db):
    _set(unit_db, "TREES_PLANTED", "1.200", "Biên bản nghiệm thu ngày 30/9")
    r = _report(unit_db)
    assert r.value("TREES_PLANTED") == 1200
    assert not {"MANUAL_WITHOUT_NOTE"} & _codes(r, "warning")
    notes = reporting.payload_notes(r)
    assert {
        "indicator": "TREES_PLANTED",
        "disagg": "",
        "note": "Biên bản nghiệm thu ngày 30/9",
        "computed": None,
    } in notes


def test_manual_value_without_a_note_is_a_warning(commune, unit_db):
    _set(unit_db, "TREES_PLANTED", "50")
    r = _report(unit_db)
    assert "MANUAL_WITHOUT_NOTE" in _codes(r, "warning")
    assert not r.errors


@pytest.mark.parametrize(
    ("indicator", "value", "note", "disagg", "field", "message"),
    [
        ("TREES_PLANTED", "12,5", "", "", "value", "whole number"),
        ("TREES_PLANTED", "-4", "n", "", "value", "negative"),
        ("MEMBERS", "7", "", "", "note", "Say why"),
        ("GATHERED_SHARE", "80", "n", "", "value", "computed from others"),
        ("TRAININGS", "3", "n", "SEX_M", "value", "no such breakdown"),
        ("NO_SUCH", "3", "n", "", "value", "no such indicator"),
    ],
)
def test_bad_manual_input_is_refused_and_nothing_written(
    commune, unit_db, indicator, value, note, disagg, field, message
):
    with unit_db.session() as s, pytest.raises(ValidationError) as caught:
        reporting.set_manual_value(s, Q3, indicator, value, note, disagg)
    assert message in caught.value.problems.errors[field]
    with unit_db.session() as s:
        assert s.scalar(select(func.count()).select_from(ManualValue)) == 0


def test_clearing_a_value_removes_it_and_logs_it(commune, unit_db):
    _set(unit_db, "TREES_PLANTED", "50", "x")
    _set(unit_db, "TREES_PLANTED", "", "")
    assert _report(unit_db).value("TREES_PLANTED") is None
    with unit_db.session() as s:
        actions = s.scalars(
            select(ChangeLog.action).where(ChangeLog.entity == "manual_value")
        ).all()
    assert actions == ["create", "delete"]


# ----------------------------------------------------------------------------- validation


def test_more_members_than_youth_in_the_commune_is_an_error(commune, unit_db):
    _set(unit_db, "YOUTH_POPULATION", "4", "UBND xã")
    r = _report(unit_db)
    assert "MEMBERS_ABOVE_YOUTH" in _codes(r, "error")


def test_more_youth_gathered_than_live_there_is_a_share_error(commune, unit_db):
    _set(unit_db, "YOUTH_POPULATION", "6", "UBND xã")  # 7 gathered, 5 members
    r = _report(unit_db)
    assert r.value("GATHERED_SHARE") == "116.7"
    assert "SHARE_OUT_OF_RANGE" in _codes(r, "error")
    assert "MEMBERS_ABOVE_YOUTH" not in _codes(r, "error")


def test_a_population_of_zero_is_an_error(commune, unit_db):
    _set(unit_db, "YOUTH_POPULATION", "0", "UBND xã")
    assert "POPULATION_ZERO" in _codes(_report(unit_db), "error")


def test_a_chapter_with_meetings_but_no_members_is_an_error(commune, unit_db):
    with unit_db.session() as s:
        empty = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        meeting(s, empty, dt.date(2026, 8, 5))
    r = _report(unit_db)
    error = next(m for m in r.errors if m.code == "MEETINGS_WITHOUT_MEMBERS")
    assert "Thôn 3" in error.text and error.disagg == "CHAPTER:Thôn 3"
    # A correction with a note clears it.
    _set(unit_db, "MEMBERS", "2", "Sổ chi đoàn chưa nhập", "CHAPTER:Thôn 3")
    assert "MEETINGS_WITHOUT_MEMBERS" not in _codes(_report(unit_db), "error")


def test_stored_negative_or_unnoted_correction_is_an_error(commune, unit_db):
    """Rows from elsewhere (an older version, an edited file) are checked again."""
    with unit_db.session() as s:
        s.add(ManualValue(period="2026Q3", indicator="TREES_PLANTED", value="-5", note="x"))
        s.add(ManualValue(period="2026Q3", indicator="TRAININGS", value="3", note=""))
        s.add(ManualValue(period="2026Q3", indicator="RETIRED_CODE", value="3", note="x"))
    r = _report(unit_db)
    assert {"VALUE_NEGATIVE", "CORRECTION_WITHOUT_NOTE"} <= _codes(r, "error")
    assert "UNKNOWN_INDICATOR" in _codes(r, "warning")


def test_sex_breakdown_not_adding_up_is_a_warning(commune, unit_db):
    from doan_desktop.core.roster import PersonInput, save_person

    with unit_db.session() as s:
        save_person(
            s, PersonInput(full_name="Không Rõ", is_member=True, birth_date="2001"), today=TODAY
        )
    assert "SEX_SUM" in _codes(_report(unit_db), "warning")


def test_admission_year_only_cannot_be_placed_in_a_quarter(commune, unit_db):
    from doan_desktop.core.roster import PersonInput, save_person

    with unit_db.session() as s:
        save_person(
            s,
            PersonInput(full_name="Năm Thôi", is_member=True, member_since="2026", gender="M"),
            today=TODAY,
        )
    assert "ADMISSION_YEAR_ONLY" in _codes(_report(unit_db), "warning")
    year = _report(unit_db, Period.parse("2026"))
    assert year.value("NEW_MEMBERS") == 3  # Bình, Muộn (October) and the year-only one
    assert "ADMISSION_YEAR_ONLY" not in _codes(year, "warning")


def test_periods_not_over_or_not_started(commune, unit_db):
    assert "PERIOD_NOT_OVER" in _codes(_report(unit_db, Period.parse("2026Q4")), "warning")
    assert "PERIOD_FUTURE" in _codes(_report(unit_db, Period.parse("2027Q1")), "error")


def test_previous_period_is_the_sent_report_when_there_is_one(keyed, unit_db, tmp_path):
    with unit_db.session() as s:
        computed = reporting.previous_values(s, Period.parse("2026Q4"), TODAY)
    assert computed[("MEMBERS", "")] == 5
    report_export.export_report(unit_db, Q3, tmp_path / "q3.zip", PASSPHRASE, today=TODAY, now=NOW)
    _set(unit_db, "MEMBERS", "40", "sửa sau khi gửi")
    with unit_db.session() as s:
        sent = reporting.previous_values(s, Period.parse("2026Q4"), TODAY)
    assert sent[("MEMBERS", "")] == 5


# ----------------------------------------------------------------------------- export


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _export(db, path, **options):
    options.setdefault("today", TODAY)
    options.setdefault("now", NOW)
    return report_export.export_report(db, Q3, path, PASSPHRASE, **options)


def _verify(db, data, unit_code="HP-DL-01"):
    with db.session() as s:
        keys = {k.key_id: bundle.TrustedKey(unit_code, k.public) for k in signing.all_keys(s)}
    return bundle.verify_report_file(data, keys.get, today=TODAY, recipient="TD-DL")


def test_export_writes_a_verifiable_file_with_the_values(keyed, unit_db, tmp_path):
    target = tmp_path / "BC.zip"
    result = _export(unit_db, target)
    assert result.sequence == 1 and result.supersedes is None and not result.reused
    verified = _verify(unit_db, target.read_bytes())
    assert verified.payload["period"] == "2026Q3"
    assert verified.payload["schema"] == "doan-desktop/indicators"
    values = {(v["indicator"], v["disagg"]): v["value"] for v in verified.payload["values"]}
    assert values[("MEMBERS", "")] == 5
    assert verified.roster is None
    assert result.sha256 == verified.sha256
    with unit_db.session() as s:
        (row,) = report_export.list_reports(s)
    assert row.file_sha256 == result.sha256 and row.file_name == "BC.zip"
    assert not list(tmp_path.glob(".*partial"))


def test_exporting_again_gives_identical_bytes(keyed, unit_db, tmp_path):
    first = _export(unit_db, tmp_path / "a.zip")
    _set(unit_db, "TREES_PLANTED", "99", "changed after sending")  # frozen: no effect
    second = _export(unit_db, tmp_path / "b.zip", now=NOW + dt.timedelta(days=3))
    assert second.reused and second.sequence == first.sequence
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_a_correction_has_a_higher_sequence_and_supersedes(keyed, unit_db, tmp_path):
    first = _export(unit_db, tmp_path / "a.zip")
    _set(unit_db, "TREES_PLANTED", "300", "Báo cáo bổ sung")
    second = _export(unit_db, tmp_path / "b.zip", correction=True)
    assert second.sequence == first.sequence + 1
    assert second.supersedes == first.report_id
    manifest = _verify(unit_db, (tmp_path / "b.zip").read_bytes()).manifest
    assert manifest["supersedes"] == first.report_id
    with unit_db.session() as s:
        rows = report_export.list_reports(s)
    assert [(r.sequence, r.superseded) for r in rows] == [(2, False), (1, True)]


def test_a_correction_needs_a_report_to_correct(keyed, unit_db, tmp_path):
    with pytest.raises(report_export.ExportError, match="nothing to correct"):
        _export(unit_db, tmp_path / "a.zip", correction=True)
    assert not (tmp_path / "a.zip").exists()


def test_roster_travels_only_when_asked(keyed, unit_db, tmp_path):
    _export(unit_db, tmp_path / "a.zip", with_roster=True)
    roster = _verify(unit_db, (tmp_path / "a.zip").read_bytes()).roster
    assert {r["full_name"] for r in roster} >= {"Nguyễn Văn An", "H' Hen Niê"}
    assert all("id_number" not in r and "phone" not in r for r in roster)


def test_validation_errors_block_the_export_and_reserve_nothing(keyed, unit_db, tmp_path):
    _set(unit_db, "YOUTH_POPULATION", "4", "UBND xã")
    with pytest.raises(report_export.ReportBlocked, match="more members"):
        _export(unit_db, tmp_path / "a.zip")
    with unit_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Report)) == 0
    assert not (tmp_path / "a.zip").exists()


def test_wrong_passphrase_signs_nothing_and_reserves_nothing(keyed, unit_db, out):
    with pytest.raises(WrongPassphrase, match="Nothing was signed"):
        report_export.export_report(unit_db, Q3, out / "a.zip", "not the one", today=TODAY)
    with unit_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Report)) == 0
    assert list(out.iterdir()) == []


def test_without_a_key_the_export_says_how_to_make_one(commune, unit_db, tmp_path):
    with pytest.raises(signing.NoKey, match="Signing key"):
        _export(unit_db, tmp_path / "a.zip")


def test_a_crash_while_writing_leaves_no_file_and_the_reservation_is_reused(
    keyed, unit_db, out, monkeypatch
):
    """Chosen behaviour: the reservation (sequence and frozen payload) stays; nothing is under
    the final name; the next export writes that same report, byte for byte."""
    target = out / "BC.zip"

    def crash(_descriptor):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError):
        _export(unit_db, target)
    monkeypatch.undo()
    assert not target.exists()
    assert list(out.iterdir()) == []
    with unit_db.session() as s:
        (row,) = report_export.list_reports(s)
    assert row.sequence == 1 and row.file_sha256 == ""
    result = _export(unit_db, target, now=NOW + dt.timedelta(hours=5))
    assert result.reused and result.sequence == 1
    again = _export(unit_db, out / "again.zip")
    assert target.read_bytes() == (out / "again.zip").read_bytes()
    assert again.sha256 == result.sha256


def test_a_file_that_does_not_verify_is_removed(keyed, unit_db, tmp_path, monkeypatch):
    original = report_export.write_file_atomically

    def damaging(path, data):
        original(path, data[:-1] + bytes([data[-1] ^ 1]))

    monkeypatch.setattr(report_export, "write_file_atomically", damaging)
    with pytest.raises(report_export.ExportError, match="did not verify"):
        _export(unit_db, tmp_path / "a.zip")
    assert not (tmp_path / "a.zip").exists()
    with unit_db.session() as s:
        (row,) = report_export.list_reports(s)
    assert row.file_sha256 == ""


def test_export_refuses_a_folder_or_a_missing_folder(keyed, unit_db, tmp_path):
    with pytest.raises(report_export.ExportError, match="folder"):
        _export(unit_db, tmp_path)
    with pytest.raises(report_export.ExportError, match="does not exist"):
        _export(unit_db, tmp_path / "nowhere" / "a.zip")


def test_payload_is_canonical_integers_and_decimal_text(keyed, unit_db, tmp_path):
    _set(unit_db, "YOUTH_POPULATION", "9", "UBND xã")
    _export(unit_db, tmp_path / "a.zip")
    payload = _verify(unit_db, (tmp_path / "a.zip").read_bytes()).payload
    for item in payload["values"]:
        assert isinstance(item["value"], int) or isinstance(item["value"], str)
    share = next(v for v in payload["values"] if v["indicator"] == "GATHERED_SHARE")
    assert share["value"] == "77.8"
    assert canonical.dumps(payload) == canonical.dumps(
        canonical.loads_strict(canonical.dumps(payload))
    )


def test_a_report_frozen_under_a_retired_key_is_re_signed_with_the_current_key(
    keyed, unit_db, tmp_path
):
    first = _export(unit_db, tmp_path / "a.zip")
    with unit_db.session() as s:
        signing.rotate_key(s, PASSPHRASE, PASSPHRASE + "!")
    again = report_export.export_report(
        unit_db, Q3, tmp_path / "b.zip", PASSPHRASE + "!", today=TODAY, now=NOW
    )
    assert (again.sequence, again.supersedes, again.resigned) == (2, first.report_id, 1)
    assert again.sha256 != first.sha256
