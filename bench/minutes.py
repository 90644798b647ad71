"""Time to build the minutes PDF, beside the floor of a bare reportlab document.

    python bench/minutes.py [--runs 7] [--check]

Rows, all measured in this run:

- minutes, first build: the first 1-page minutes of the process, which also reads and
  registers the four Liberation Serif faces — what the clerk waits for on the first preview.
- minutes 1 page / 10 pages: documents.minutes.build_minutes_pdf on generated minutes that
  lay out to exactly that many pages (heading blocks, sections I–VI, signatures, embedded
  font subsets, page numbers).
- floor 1 page / 10 pages: the same text as plain paragraphs in a reportlab SimpleDocTemplate
  with its default style sheet (Helvetica, not embedded, no tables, no page decorations). It
  is what reportlab itself costs; the ratio is what our layout adds.

Each row is the median of --runs builds (min and max beside it). Target: one page under 0.5 s,
the first build included; ``--check`` exits 1 if missed.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from doan_desktop.documents import minutes_text  # noqa: E402
from doan_desktop.documents.blocks import Item  # noqa: E402
from doan_desktop.documents.minutes import build_minutes_pdf  # noqa: E402
from doan_desktop.documents.minutes_data import Absent, Guest, MinutesData, Speech  # noqa: E402

ONE_PAGE_TARGET_S = 0.5


def minutes_with(speeches: int) -> MinutesData:
    return MinutesData(
        upper_body="Đoàn xã Hòa Phú",
        issuing_body="Chi đoàn thôn 3",
        place_name="Hòa Phú",
        signed_on=dt.date(2026, 2, 5),
        title="SINH HOẠT CHI ĐOÀN THÁNG 01/2026",
        date=dt.date(2026, 2, 5),
        start_time="19:30",
        end_time="21:00",
        place="Nhà văn hóa thôn 3",
        chair="Nguyễn Văn Hùng",
        secretary="Trần Thị Mai",
        guests=[Guest("Lê Văn Tâm", "Phó Bí thư Đoàn xã")],
        expected=25,
        present=22,
        absent_excused=[Absent("Nguyễn Thị Ánh", "đi làm ăn xa"), Absent("H' Hen Niê", "ốm")],
        absent_unexcused=[Absent("Đỗ Văn Đạt")],
        agenda=["Đánh giá kết quả tháng 01/2026", "Triển khai nhiệm vụ tháng 02/2026"],
        discussion=[
            Speech(
                f"Đoàn viên số {index}",
                f"Ý kiến thứ {index}: đề nghị chi đoàn tăng cường tuyên truyền, vận động thanh "
                "niên tham gia các phần việc ở thôn và giữ gìn vệ sinh môi trường.",
            )
            for index in range(1, speeches + 1)
        ],
        conclusions="Tổ chức lớp kỹ năng chuyển đổi số vào tháng 3/2026.",
        resolutions="Giao đồng chí Y Phôn Ksơr xây dựng kế hoạch.",
        vote_for=21,
        vote_against=0,
        vote_other=1,
    )


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def minutes_of_pages(wanted: int) -> MinutesData:
    """The longest generated minutes that still lay out to ``wanted`` pages."""
    speeches = 0
    while pages(build_minutes_pdf(minutes_with(speeches + 1))) <= wanted:
        speeches += 1
    data = minutes_with(speeches)
    if pages(build_minutes_pdf(data)) != wanted:
        raise SystemExit(f"cannot make minutes of exactly {wanted} pages")
    return data


def floor_pdf(data: MinutesData) -> bytes:
    """The same text, bare: default style sheet, one paragraph per line."""
    normal = getSampleStyleSheet()["Normal"]
    lines = [
        data.upper_body,
        data.issuing_body,
        "***",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        f"{data.place_name}, ngày {data.signed_on:%d} tháng {data.signed_on:%m} năm "
        f"{data.signed_on.year}",
        minutes_text.DOCUMENT_KIND,
        data.title,
    ]
    for block in minutes_text.body(data) + minutes_text.closing(data):
        lines.append(f"{block.label} {block.text}" if isinstance(block, Item) else block.text)
    for signature in minutes_text.signatures(data):
        lines += [signature.title, signature.note, signature.name]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(line, normal) for line in lines])
    return buffer.getvalue()


def timed(build, data, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build(data)
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)

    # A short monthly meeting: no guests, one point, one speech, no vote.
    one_page = dataclasses.replace(
        minutes_with(1),
        guests=[],
        agenda=["Đánh giá kết quả tháng 01/2026"],
        resolutions="",
        vote_for=None,
        vote_against=None,
        vote_other=None,
    )
    first = timed(build_minutes_pdf, one_page, 1)[0]  # fonts are registered on this one
    if pages(build_minutes_pdf(one_page)) != 1:
        raise SystemExit("the 1-page sample does not fit on one page")
    ten_pages = minutes_of_pages(10)

    rows = [("minutes, first build (loads fonts)", 1, [first], None)]
    for count, data in ((1, one_page), (10, ten_pages)):
        ours = timed(build_minutes_pdf, data, args.runs)
        floor = timed(floor_pdf, data, args.runs)
        floor_pages = pages(floor_pdf(data))
        rows.append((f"minutes {count} page{'s' if count > 1 else ''}", count, ours, floor))
        rows.append(("floor, same text (10 pt Helvetica)", floor_pages, floor, None))

    print(f"{'row':<36} {'pages':>5} {'median s':>9} {'min s':>7} {'max s':>7} {'x floor':>8}")
    print("-" * 77)
    for name, count, times, floor in rows:
        median = statistics.median(times)
        ratio = f"{median / statistics.median(floor):.1f}" if floor else ""
        print(
            f"{name:<36} {count:>5} {median:>9.3f} {min(times):>7.3f} {max(times):>7.3f} {ratio:>8}"
        )
    one_page_worst = max(first, statistics.median(rows[1][2]))
    met = one_page_worst < ONE_PAGE_TARGET_S
    print(
        f"\ntarget: one page under {ONE_PAGE_TARGET_S} s (first build included): "
        f"{one_page_worst:.3f} s — {'met' if met else 'MISSED'}"
    )
    return 1 if args.check and not met else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
