"""The report and the fingerprint sheet as PDF, read back with pypdf."""

import datetime as dt
import io

from pypdf import PdfReader

from doan_desktop.core import reporting, signing
from doan_desktop.core.periods import Period
from doan_desktop.core.report_print import period_column, report_document
from doan_desktop.core.roster import add_office
from doan_desktop.documents.fingerprint_sheet import build_fingerprint_sheet, fingerprint_lines
from doan_desktop.documents.report import build_report_pdf, format_value
from tests.conftest import TODAY
from tests.documents.test_minutes_pdf import flat, top_margin_text
from tests.reporting.conftest import PASSPHRASE

Q4 = Period.parse("2026Q4")
Q3 = Period.parse("2026Q3")


def _pdf(db, period=Q3):
    with db.session() as s:
        document = report_document(s, period, TODAY)
    return document, build_report_pdf(document)


def _text(pdf: bytes) -> str:
    return " ".join(flat(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_title_heading_and_labels(commune, unit_db):
    with unit_db.session() as s:
        add_office(s, commune["old"], "bi_thu", None, "01/01/2025", today=TODAY)
    document, pdf = _pdf(unit_db, Q4)
    text = _text(pdf)
    assert "BÁO CÁO" in text
    assert "Kết quả công tác Đoàn quý IV năm 2026" in text
    assert "ĐOÀN TNCS HỒ CHÍ MINH" in text
    assert "BCH ĐOÀN XÃ HÒA PHÚ" in text and "TỈNH ĐOÀN ĐẮK LẮK" in text
    assert "-BC/ĐTN" in text and "Số:" in text
    for label in (
        "Số đoàn viên",
        "Tỷ lệ tập hợp thanh niên",
        "Số buổi sinh hoạt chi đoàn",
        "Số đoàn viên quá 30 tuổi",
        "Trong đó: nữ",
        "Dân tộc Ê Đê",
    ):
        assert label in text, label
    assert "Quý IV/2026" in text and "Quý III/2026" in text
    assert "TM. BAN CHẤP HÀNH" in text and "BÍ THƯ" in text
    assert "Lê Văn Cả" in text  # the commune secretary signs
    assert "Nơi nhận:" in text and "Tỉnh Đoàn Đắk Lắk (b/c)" in text
    assert "Thôn 1" in text  # the chapter table


def test_notes_for_typed_and_corrected_values(commune, unit_db):
    with unit_db.session() as s:
        reporting.set_manual_value(s, Q3, "TREES_PLANTED", "1.500", "Biên bản nghiệm thu")
        reporting.set_manual_value(s, Q3, "MEMBERS", "6", "Thêm 1 đoàn viên chưa vào sổ")
    document, pdf = _pdf(unit_db)
    text = _text(pdf)
    assert "Ghi chú:" in text
    assert "Biên bản nghiệm thu" in text and "1.500" in text
    assert "theo sổ sách: 5" in text and "Thêm 1 đoàn viên chưa vào sổ" in text
    assert not document.draft


def test_a_report_with_errors_prints_as_a_draft(commune, unit_db):
    with unit_db.session() as s:
        reporting.set_manual_value(s, Q3, "YOUTH_POPULATION", "2", "UBND")
    document, pdf = _pdf(unit_db)
    assert document.draft and "DỰ THẢO" in _text(pdf)


def test_page_numbers_from_page_two(commune, unit_db):
    _, pdf = _pdf(unit_db)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    assert top_margin_text(pages[0]) == ""
    assert top_margin_text(pages[1]) == "2"


def test_same_records_same_bytes(commune, unit_db):
    assert _pdf(unit_db)[1] == _pdf(unit_db)[1]


def test_values_printed_the_vietnamese_way():
    assert format_value(190_000_000) == "190.000.000"
    assert format_value("77.8") == "77,8"
    assert format_value(None) == "–"
    assert period_column(Period.parse("2026S1")) == "6 tháng đầu năm 2026"
    assert period_column(Period.parse("2026")) == "Năm 2026"


def test_fingerprint_sheet(unit_db):
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
        data = signing.sheet_data(s, dt.date(2026, 11, 25))
    text = _text(build_fingerprint_sheet(data))
    assert "PHIẾU XÁC NHẬN KHÓA KÝ BÁO CÁO" in text
    assert info.key_id in text
    for line in fingerprint_lines(info.fingerprint):
        assert flat(line) in text
    assert "Đoàn xã Hòa Phú" in text and "HP-DL-01" in text
    assert "TM. BAN CHẤP HÀNH" in text and "NGƯỜI LẬP PHIẾU" in text
    assert "ngày 25 tháng 11 năm 2026" in text
