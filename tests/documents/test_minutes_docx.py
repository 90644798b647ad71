"""The minutes as a Word file, opened with python-docx: the same text as the PDF, laid out on
the same page."""

import io
import re
import unicodedata

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as DocxTable
from pypdf import PdfReader

from doan_desktop.documents import minutes_text
from doan_desktop.documents.blocks import Item
from doan_desktop.documents.minutes import build_minutes_pdf
from doan_desktop.documents.minutes_docx import build_minutes_docx
from tests.documents.minutes_samples import long_discussion


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def open_docx(data):
    return Document(io.BytesIO(build_minutes_docx(data)))


def body_texts(document) -> list[str]:
    """Every non-empty paragraph in reading order, inside tables too (a merged cell once)."""
    texts = []
    for item in document.iter_inner_content():
        if isinstance(item, DocxTable):
            cells = []
            for row in item.rows:
                for cell in row.cells:
                    if cell._tc not in [c._tc for c in cells]:
                        cells.append(cell)
            paragraphs = [p for cell in cells for p in cell.paragraphs]
        else:
            paragraphs = [item]
        texts += [flat(p.text) for p in paragraphs if p.text.strip()]
    return texts


def table_texts(document) -> list[list[str]]:
    """Each table's last row: each cell's non-empty lines."""
    return [
        [
            "\n".join(p.text.replace("\u00a0", " ") for p in cell.paragraphs if p.text.strip())
            for cell in table.rows[-1].cells
        ]
        for table in document.tables
    ]


def test_heading_blocks_title_sections_and_signatures(minutes):
    document = open_docx(minutes())
    heading, signatures = table_texts(document)
    assert heading == [
        "ĐOÀN XÃ HÒA PHÚ\nCHI ĐOÀN THÔN 3\n***",
        "ĐOÀN TNCS HỒ CHÍ MINH\nHòa Phú, ngày 05 tháng 02 năm 2026",
    ]
    assert signatures == [
        "THƯ KÝ\n(Ký, ghi rõ họ tên)\nTrần Thị Mai",
        "BÍ THƯ CHI ĐOÀN\n(Ký, ghi rõ họ tên)\nNguyễn Văn Hùng",
    ]
    texts = body_texts(document)
    assert texts[5:7] == ["BIÊN BẢN", "SINH HOẠT CHI ĐOÀN THÁNG 01/2026"]
    sections = [t for t in texts if re.match(r"^[IV]+\. ", t)]
    assert sections == [
        "I. Thời gian, địa điểm",
        "II. Thành phần",
        "III. Nội dung",
        "IV. Diễn biến, ý kiến",
        "V. Biểu quyết",
        "VI. Kết thúc",
    ]


def test_attendance_and_absent_names_keep_their_diacritics(minutes):
    texts = body_texts(open_docx(minutes()))
    assert (
        "- Tổng số đoàn viên: 25; có mặt: 22/25; vắng có lý do: 2 (Nguyễn Thị Ánh — đi làm ăn xa; "
        "H' Hen Niê — ốm); vắng không lý do: 1 (Đỗ Văn Đạt)." in texts
    )


def test_same_text_as_the_pdf(minutes):
    data = minutes(discussion=long_discussion(12))
    texts = body_texts(open_docx(data))
    expected = [
        flat(f"{b.label} {b.text}" if isinstance(b, Item) else b.text)
        for b in minutes_text.body(data) + minutes_text.closing(data)
    ]
    start = 7  # after the five heading lines, "BIÊN BẢN" and the subject
    assert texts[start : start + len(expected)] == expected
    assert texts[start + len(expected) :] == [
        "THƯ KÝ",
        "(Ký, ghi rõ họ tên)",
        "Trần Thị Mai",
        "BÍ THƯ CHI ĐOÀN",
        "(Ký, ghi rõ họ tên)",
        "Nguyễn Văn Hùng",
    ]
    pdf_text = flat(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(build_minutes_pdf(data))).pages)
    )
    for text in texts:
        assert text in pdf_text, text


def test_a4_decree_30_margins_and_times_new_roman(minutes):
    document = open_docx(minutes())
    section = document.sections[0]
    # Word stores twentieths of a point: compare to a tenth of a millimetre.
    assert (round(section.page_width.mm, 1), round(section.page_height.mm, 1)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm, 1) for m in margins] == [20, 20, 30, 20]
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(13)
    fonts = normal.element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == fonts.get(qn("w:cs")) == "Times New Roman"
    properties = document.core_properties
    assert properties.title == "BIÊN BẢN SINH HOẠT CHI ĐOÀN THÁNG 01/2026"
    assert properties.author == "Chi đoàn thôn 3"


def test_page_numbers_from_page_two_only(minutes):
    section = open_docx(minutes()).sections[0]
    assert section.different_first_page_header_footer
    later = section.header._element.xml
    first = section.first_page_header._element.xml
    assert "PAGE" in later and 'w:fldCharType="begin"' in later
    assert "PAGE" not in first and "fldChar" not in first


def test_heading_and_signature_tables_have_no_borders(minutes):
    for table in open_docx(minutes()).tables:
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        assert borders is not None
        assert {edge.get(qn("w:val")) for edge in borders} == {"nil"}


def test_closing_is_kept_with_the_signatures(minutes):
    document = open_docx(minutes())
    signatures = document.tables[-1]
    assert len(signatures.rows) == 2
    lead = signatures.rows[0].cells
    assert lead[0]._tc is lead[1]._tc  # one full-width cell
    closing = lead[0].paragraphs
    assert [p.text for p in closing][0] == "VI. Kết thúc"
    assert closing[1].text.startswith("Cuộc họp kết thúc vào lúc 21 giờ 00 phút")
    assert all(p.paragraph_format.keep_with_next for p in closing)
    for row in signatures.rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None


def test_draft_mark_in_the_headers(minutes):
    draft = open_docx(minutes(draft=True)).sections[0]
    assert "DỰ THẢO" in draft.header.paragraphs[0].text
    assert "DỰ THẢO" in draft.first_page_header.paragraphs[0].text
    final = open_docx(minutes()).sections[0]
    assert "DỰ THẢO" not in final.header.paragraphs[0].text
    assert "DỰ THẢO" not in final.first_page_header.paragraphs[0].text
