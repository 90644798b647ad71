"""The minutes PDF, read back with pypdf: what a clerk would see on paper."""

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from doan_desktop.documents.minutes import build_minutes_pdf
from doan_desktop.documents.minutes_data import Absent, Guest, Speech
from tests.documents.minutes_samples import long_discussion

A4_POINTS = (595.28, 841.89)
TOP_MARGIN = 20 / 25.4 * 72


def flat(text: str) -> str:
    """Extracted text with line breaks and runs of spaces made single spaces, NFC."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in read(pdf).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def top_margin_text(page) -> str:
    """Text drawn above the body frame, i.e. in the top margin: where page numbers go."""
    found = []
    height = float(page.mediabox.height)

    def visit(text, cm, tm, font_dict, font_size):
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and y > height - TOP_MARGIN:
            found.append(text.strip())

    page.extract_text(visitor_text=visit)
    return " ".join(found)


def test_heading_blocks_title_and_sections(minutes):
    text = all_text(build_minutes_pdf(minutes()))
    for expected in (
        "ĐOÀN XÃ HÒA PHÚ",
        "CHI ĐOÀN THÔN 3",
        "***",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "Hòa Phú, ngày 05 tháng 02 năm 2026",
        "BIÊN BẢN",
        "SINH HOẠT CHI ĐOÀN THÁNG 01/2026",
        "I. Thời gian, địa điểm",
        "II. Thành phần",
        "III. Nội dung",
        "IV. Diễn biến, ý kiến",
        "V. Biểu quyết",
        "VI. Kết thúc",
        "THƯ KÝ",
        "BÍ THƯ CHI ĐOÀN",
        "(Ký, ghi rõ họ tên)",
    ):
        assert expected in text, expected
    # The heading blocks come before the title, the sections in order after it.
    positions = [text.index(s) for s in ("ĐOÀN TNCS", "BIÊN BẢN", "I. Thời", "VI. Kết")]
    assert positions == sorted(positions)


def test_sections_say_what_the_meeting_was(minutes):
    text = all_text(build_minutes_pdf(minutes()))
    assert "Vào lúc 19 giờ 30 phút, ngày 05 tháng 02 năm 2026." in text
    assert "Tại: Nhà văn hóa thôn 3." in text
    assert "Đồng chí Lê Văn Tâm — Phó Bí thư Đoàn xã." in text
    assert "Chủ trì: đồng chí Nguyễn Văn Hùng." in text
    assert "Thư ký: đồng chí Trần Thị Mai." in text
    assert "1. Đánh giá kết quả tháng 01/2026." in text
    assert "2. Triển khai nhiệm vụ tháng 02/2026." in text
    assert "Đồng chí Y Phôn Ksơr: Đề nghị tổ chức lớp kỹ năng" in text
    assert "Kết luận của chủ trì: Tổ chức lớp kỹ năng vào tháng 3/2026." in text
    assert "Tán thành: 21/22 (95,5%); Không tán thành: 0/22 (0%); Ý kiến khác: 1/22 (4,5%)." in text
    assert "Cuộc họp thống nhất: Giao đồng chí Y Phôn Ksơr xây dựng kế hoạch." in text
    assert (
        "Cuộc họp kết thúc vào lúc 21 giờ 00 phút cùng ngày. Biên bản đã được đọc lại cho các "
        "đoàn viên dự họp nghe và nhất trí thông qua." in text
    )


def test_attendance_counts_and_absent_names_keep_their_diacritics(minutes):
    text = all_text(build_minutes_pdf(minutes()))
    assert "Tổng số đoàn viên: 25; có mặt: 22/25;" in text
    assert (
        "vắng có lý do: 2 (Nguyễn Thị Ánh — đi làm ăn xa; H' Hen Niê — ốm); "
        "vắng không lý do: 1 (Đỗ Văn Đạt)." in text
    )


def test_nobody_absent_and_no_vote(minutes):
    data = minutes(
        absent_excused=[],
        absent_unexcused=[],
        present=25,
        vote_for=None,
        vote_against=None,
        vote_other=None,
        resolutions="",
        guests=[],
    )
    text = all_text(build_minutes_pdf(data))
    assert "có mặt: 25/25; vắng có lý do: 0; vắng không lý do: 0." in text
    assert "V. Biểu quyết Không biểu quyết." in text
    assert "Tán thành" not in text
    assert "Đại biểu tham dự" not in text


def test_unknown_end_time_and_place_print_blanks_to_fill_by_hand(minutes):
    text = all_text(build_minutes_pdf(minutes(end_time="", place="", agenda=[], discussion=[])))
    assert "Cuộc họp kết thúc vào lúc ...... giờ ...... phút cùng ngày." in text
    assert "Tại: ...................." in text
    assert "Không ghi nội dung." in text
    assert "Không có ý kiến phát biểu." in text


def test_names_and_text_with_markup_characters_print_as_typed(minutes):
    data = minutes(
        place="Hội trường <thôn 3> & sân bóng",
        discussion=[Speech("Ông A & bà B", "Giá 5 < 7 > 3, dấu & giữ nguyên.")],
        absent_unexcused=[Absent("Y Đhăm Ê-ban")],
    )
    text = all_text(build_minutes_pdf(data))
    assert "Tại: Hội trường <thôn 3> & sân bóng." in text
    assert "Ông A & bà B: Giá 5 < 7 > 3, dấu & giữ nguyên." in text
    assert "(Y Đhăm Ê-ban)" in text


def test_forms_of_address_are_not_doubled(minutes):
    data = minutes(
        guests=[Guest("Đại diện Ban Thường vụ Đoàn xã"), Guest("Thầy Lê Văn Bình", "Hiệu trưởng")],
        discussion=[Speech("đồng chí Lê Văn Tâm", "Đồng ý."), Speech("Bà Hoa", "Ủng hộ.")],
    )
    text = all_text(build_minutes_pdf(data))
    assert "+ Đại diện Ban Thường vụ Đoàn xã." in text
    assert "+ Thầy Lê Văn Bình — Hiệu trưởng." in text
    assert "Đồng chí Lê Văn Tâm: Đồng ý." in text
    assert "Bà Hoa: Ủng hộ." in text
    assert "Đồng chí Đại diện" not in text and "Đồng chí đồng chí" not in text


def test_date_line_has_leading_zeros(minutes):
    import datetime as dt

    text = all_text(build_minutes_pdf(minutes(signed_on=dt.date(2026, 1, 5))))
    assert "Hòa Phú, ngày 05 tháng 01 năm 2026" in text


def test_a4_page_and_liberation_serif_embedded(minutes):
    reader = read(build_minutes_pdf(minutes()))
    fonts = set()
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == A4_POINTS
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert fonts <= {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }
    assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} <= fonts


def test_metadata_and_same_data_gives_same_bytes(minutes):
    pdf = build_minutes_pdf(minutes())
    assert build_minutes_pdf(minutes()) == pdf
    info = read(pdf).metadata
    assert info.title == "BIÊN BẢN SINH HOẠT CHI ĐOÀN THÁNG 01/2026"
    assert info.author == "Chi đoàn thôn 3"
    assert info.creator == "doan-desktop"
    assert build_minutes_pdf(minutes(present=21)) != pdf


def test_long_discussion_flows_on_with_page_numbers_from_page_two(minutes):
    pdf = build_minutes_pdf(minutes(discussion=long_discussion(60)))
    reader = read(pdf)
    assert len(reader.pages) >= 4
    assert top_margin_text(reader.pages[0]) == ""
    for number, page in enumerate(reader.pages[1:], start=2):
        assert top_margin_text(page) == str(number)
    text = all_text(pdf)
    # Every speech is there, whole, in order, across the page breaks.
    positions = [text.index(f"Ý kiến thứ {i}: đề nghị chi đoàn") for i in range(1, 61)]
    assert positions == sorted(positions)
    assert text.count("có hoàn cảnh khó khăn trong dịp Tết.") == 60


@pytest.mark.parametrize("speeches", range(4, 16))
def test_signature_block_never_alone_on_the_last_page(minutes, speeches):
    # Across these lengths the end of the text falls at every height of page 1 and 2.
    pages = page_texts(build_minutes_pdf(minutes(discussion=long_discussion(speeches))))
    last = pages[-1]
    assert "THƯ KÝ" in last and "Trần Thị Mai" in last and "Nguyễn Văn Hùng" in last
    assert "Biên bản đã được đọc lại" in last
    assert "VI. Kết thúc" in last


def test_a_draft_carries_the_draft_mark(minutes):
    assert "DỰ THẢO" in all_text(build_minutes_pdf(minutes(draft=True)))
    assert "DỰ THẢO" not in all_text(build_minutes_pdf(minutes(draft=False)))


def test_long_names_of_bodies_wrap_without_losing_words(minutes):
    data = minutes(
        upper_body="Ban Chấp hành Đoàn xã Hòa Phú",
        issuing_body="Chi đoàn Trường Trung học phổ thông Nguyễn Bỉnh Khiêm",
        place_name="Thị trấn Buôn Trấp",
        title="SINH HOẠT CHUYÊN ĐỀ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH",
    )
    pdf = build_minutes_pdf(data)
    text = all_text(pdf)
    assert "CHI ĐOÀN TRƯỜNG TRUNG HỌC PHỔ THÔNG NGUYỄN BỈNH KHIÊM" in text
    assert "BAN CHẤP HÀNH ĐOÀN XÃ HÒA PHÚ" in text
    assert "PHONG CÁCH HỒ CHÍ MINH" in text
    # A long place name wraps before the date; the date itself stays on one line.
    lines = [flat(line) for line in read(pdf).pages[0].extract_text().splitlines()]
    assert "ngày 05 tháng 02 năm 2026" in lines
