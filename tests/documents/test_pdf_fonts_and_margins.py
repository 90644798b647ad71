"""Every kind of PDF the program writes, read by poppler (a program nobody here wrote): every
font embedded, and the text inside the margins as set (Decree 30: left 30 mm, right 20 mm)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree

import pytest

from doan_desktop.documents import style
from doan_desktop.documents.fingerprint_sheet import SheetData, build_fingerprint_sheet
from doan_desktop.documents.minutes import build_minutes_pdf
from doan_desktop.documents.report import (
    IndicatorTable,
    ReportDocument,
    Row,
    ThreeHaveRow,
    build_report_pdf,
)
from tests.documents.minutes_samples import long_discussion, sample_minutes

POINTS_PER_MM = 72 / 25.4

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdffonts") and shutil.which("pdftotext")),
    reason="poppler-utils (pdffonts, pdftotext) is not installed",
)


def sample_report(**changes) -> ReportDocument:
    rows = (
        Row("Số đoàn viên", "người", 171, 168),
        Row("Trong đó: nữ", "người", 92, 89, level=1),
        Row("Tỷ lệ tập hợp thanh niên", "%", "58.4", None, note_mark=1),
    )
    values = {
        "upper_body": "TỈNH ĐOÀN ĐẮK LẮK",
        "issuing_body": "BCH ĐOÀN XÃ HÒA PHÚ",
        "unit_name": "Đoàn xã Hòa Phú",
        "place_name": "Hòa Phú",
        "signed_on": dt.date(2026, 9, 30),
        "period_label": "quý III năm 2026",
        "period_column": "Quý III/2026",
        "previous_column": "Quý II/2026",
        "tables": (IndicatorTable("I. Tổ chức, đoàn viên", rows),),
        "notes": ("Số thanh niên do UBND xã cung cấp.",),
        "recipients": ("Tỉnh Đoàn Đắk Lắk (b/c)", "Lưu VP"),
        "secretary": "Y Quang Êban",
        "chapter_table": (("Thôn 1", 24, 22, 3), ("Buôn Kram", 27, 18, 3)),
        "three_have": (ThreeHaveRow("Thôn 1", True, True, False, False),),
        "three_have_quarter": "quý III năm 2026",
    }
    values.update(changes)
    return ReportDocument(**values)


def sample_sheet() -> SheetData:
    return SheetData(
        upper_body="Tỉnh Đoàn Đắk Lắk",
        issuing_body="BCH Đoàn xã Hòa Phú",
        unit_name="Đoàn xã Hòa Phú",
        unit_code="HP01",
        place_name="Hòa Phú",
        key_id="01469CC373FCE67F",
        fingerprint="2361 0EF5 6DFF 8F5B 26B1 1575 CC37 BDE5 39E4 4001 C8A8 33F3 FAEC 0A5A 8A92 5AF8",
        public_key="RWR/5vxzw5xGAc1SN7zgZ5eJqfFVJcOq9YN+VPfDUfvLUYnZ2wOoW3VN",
        created=dt.date(2026, 2, 5),
        printed_on=dt.date(2026, 9, 15),
    )


KINDS = {
    "minutes": lambda: build_minutes_pdf(sample_minutes(discussion=long_discussion(30))),
    "draft minutes": lambda: build_minutes_pdf(sample_minutes(draft=True)),
    "report": lambda: build_report_pdf(sample_report()),
    "fingerprint sheet": lambda: build_fingerprint_sheet(sample_sheet()),
}


def _fonts(path) -> list[dict[str, str]]:
    """pdffonts' table: one dict per font (name, type, emb)."""
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    fonts = []
    for line in lines[2:]:
        parts = line.split()
        # name, type (one or two words), encoding, emb, sub, uni, object, id
        fonts.append({"name": parts[0], "emb": parts[-5], "line": line})
    return fonts


@needs_poppler
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_font_of_every_kind_of_pdf_is_embedded(kind, tmp_path):
    path = tmp_path / "document.pdf"
    path.write_bytes(KINDS[kind]())
    fonts = _fonts(path)
    assert fonts, "pdffonts found no font"
    assert [f["line"] for f in fonts if f["emb"] != "yes"] == []
    # Only the faces shipped in resources/fonts: no PDF base font (Helvetica, Courier).
    names = {f["name"].split("+", 1)[-1] for f in fonts}
    assert names <= {
        style.FAMILY,
        style.BOLD,
        style.ITALIC,
        style.BOLD_ITALIC,
        style.MONO,
        style.MONO_BOLD,
    }


def _word_boxes(path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) of every word, as poppler lays the text out."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    root = ElementTree.fromstring(xhtml)
    words = []
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), start=1):
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            box = [float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")]
            words.append((number, *box, word.text or ""))
    return words


@needs_poppler
def test_minutes_text_fills_the_frame_to_the_margins_exactly(tmp_path):
    path = tmp_path / "minutes.pdf"
    path.write_bytes(build_minutes_pdf(sample_minutes(discussion=long_discussion(30))))
    words = _word_boxes(path)
    width, height = style.PAGE_SIZE
    left = min(w[1] for w in words)
    right = max(w[3] for w in words)
    # Justified lines reach the frame's edges; a line never passes them.
    assert left == pytest.approx(30 * POINTS_PER_MM, abs=0.6)
    assert width - right == pytest.approx(20 * POINTS_PER_MM, abs=0.6)
    # The first line of page 2 starts 20 mm below the top (the page number sits in the margin).
    body = [w for w in words if w[0] == 2 and w[5] != "2"]
    assert min(w[2] for w in body) >= 20 * POINTS_PER_MM - 0.5
    assert max(w[4] for w in words) <= height - 20 * POINTS_PER_MM + 0.5


@needs_poppler
def test_a_joint_meeting_names_its_chapters_host_first(tmp_path):
    path = tmp_path / "joint.pdf"
    data = sample_minutes(
        title="SINH HOẠT LIÊN CHI ĐOÀN THÁNG 11/2026",
        chapters=["Chi đoàn Buôn Kram", "Chi đoàn Buôn Jun", "Chi đoàn Thôn 4"],
    )
    path.write_bytes(build_minutes_pdf(data))
    assert (
        "Các chi đoàn tham gia: Chi đoàn Buôn Kram (đăng cai), Chi đoàn Buôn Jun, "
        "Chi đoàn Thôn 4." in _text(path)
    )
    path.write_bytes(build_minutes_pdf(sample_minutes()))
    assert "Các chi đoàn tham gia" not in _text(path)


def _text(path) -> str:
    output = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(output.split())
