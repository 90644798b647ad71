"""The Word minutes opened by LibreOffice Writer (headless, converted to PDF) take as many pages
as the program's own PDF of the same minutes: the two layouts are one."""

from __future__ import annotations

import io

from pypdf import PdfReader

from doan_desktop.documents.minutes import build_minutes_pdf
from doan_desktop.documents.minutes_docx import build_minutes_docx
from tests.documents.minutes_samples import long_discussion, sample_minutes
from tests.libreoffice import convert, needs_soffice

SAMPLES = {
    "short": sample_minutes(discussion=[], guests=[], absent_excused=[], absent_unexcused=[]),
    "two-pages": sample_minutes(discussion=long_discussion(14)),
    "long": sample_minutes(discussion=long_discussion(60), draft=True),
    "joint": sample_minutes(
        title="SINH HOẠT LIÊN CHI ĐOÀN THÁNG 11/2026",
        chapters=["Chi đoàn Buôn Kram", "Chi đoàn Buôn Jun", "Chi đoàn Thôn 4"],
        discussion=long_discussion(25),
    ),
}


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@needs_soffice
def test_writer_lays_the_word_minutes_out_on_as_many_pages_as_the_pdf(tmp_path):
    files = []
    for name, data in SAMPLES.items():
        path = tmp_path / f"{name}.docx"
        path.write_bytes(build_minutes_docx(data))
        files.append(path)
    converted = convert(files, "pdf", tmp_path / "writer", tmp_path / "profile")
    writer = {path.stem: _pages(path.read_bytes()) for path in converted}
    ours = {name: _pages(build_minutes_pdf(data)) for name, data in SAMPLES.items()}
    assert writer == ours
    # Short and long ones, so that a page break in the wrong place would show.
    assert len(set(ours.values())) >= 3
