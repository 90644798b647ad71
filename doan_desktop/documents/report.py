"""The report (báo cáo) to the superior office as PDF, in the Union's format: the heading
blocks, "Số: …-BC/ĐTN", "BÁO CÁO" and its subject, tables of indicators with the previous
period beside, notes for the values the office typed or corrected, the signature of the
secretary for the committee, and "Nơi nhận:". Always Vietnamese.

The data comes ready (``ReportDocument``, built by core.report_print): this module only lays
it out, with the look of documents/style.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as PdfParagraph

from doan_desktop.documents import style
from doan_desktop.documents.blocks import Paragraph, Section, Signature, plain
from doan_desktop.documents.vietnamese import number

DOCUMENT_KIND = "BÁO CÁO"
# The number is written in by hand when the report is registered: room for it, kept by
# no-break spaces (ordinary ones would collapse).
NUMBER_LINE = "Số:" + style.NO_BREAK_SPACE * 10 + "-BC/ĐTN"
# The frame pads 6 pt on each side: a table as wide as the text.
TABLE_WIDTH = style.FRAME_WIDTH - 12
TABLE_SIZE = 12


@dataclass(frozen=True)
class Row:
    label: str
    unit: str
    value: int | str | None  # None: not available
    previous: int | str | None
    note_mark: int = 0  # the number of its note, 0 for none
    level: int = 0  # 1 for a breakdown under the row above


@dataclass(frozen=True)
class IndicatorTable:
    heading: str  # "I. Tổ chức, đoàn viên"
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class ThreeHaveRow:
    """A chapter taking part in "Chi đoàn 3 có": the three criteria, the result, and the
    office's reason when it overrode the result."""

    chapter: str
    cadre: bool
    activity: bool
    work: bool
    result: bool
    note: str = ""


@dataclass(frozen=True)
class ReportDocument:
    upper_body: str  # "TỈNH ĐOÀN ĐẮK LẮK"
    issuing_body: str  # "BCH ĐOÀN XÃ HÒA PHÚ"
    unit_name: str  # "Đoàn xã Hòa Phú"
    place_name: str  # "Hòa Phú"
    signed_on: dt.date
    period_label: str  # "quý IV năm 2026"
    period_column: str  # "Quý IV/2026"
    previous_column: str
    tables: tuple[IndicatorTable, ...]
    notes: tuple[str, ...]  # note n is notes[n - 1]
    recipients: tuple[str, ...]
    secretary: str = ""
    draft: bool = False
    chapter_table: tuple[tuple[str, int, int, int], ...] = field(default_factory=tuple)
    three_have: tuple[ThreeHaveRow, ...] = field(default_factory=tuple)
    three_have_quarter: str = ""  # "quý IV năm 2026": the quarter the "3 có" table judges

    @property
    def subject(self) -> str:
        return f"Kết quả công tác Đoàn {self.period_label}"


def format_value(value: int | str | None) -> str:
    """Counts with a dot between thousands, shares with a decimal comma; "–" when missing."""
    if value is None:
        return "–"
    if isinstance(value, int):
        return number(value)
    return value.replace(".", ",")


@dataclass(frozen=True)
class _Styles:
    cell: ParagraphStyle
    cell_sub: ParagraphStyle
    head: ParagraphStyle
    number: ParagraphStyle
    centred: ParagraphStyle
    note: ParagraphStyle
    recipients_title: ParagraphStyle
    recipients: ParagraphStyle


def _styles() -> _Styles:
    base = style.styles().body
    cell = ParagraphStyle(
        "report_cell",
        parent=base,
        fontSize=TABLE_SIZE,
        leading=TABLE_SIZE * 1.2,
        firstLineIndent=0,
        alignment=TA_LEFT,
        spaceAfter=0,
    )
    return _Styles(
        cell=cell,
        cell_sub=ParagraphStyle("report_cell_sub", parent=cell, leftIndent=5 * mm),
        head=ParagraphStyle("report_head", parent=cell, fontName=style.BOLD, alignment=TA_CENTER),
        number=ParagraphStyle("report_number", parent=cell, alignment=TA_RIGHT),
        centred=ParagraphStyle("report_centred", parent=cell, alignment=TA_CENTER),
        note=ParagraphStyle(
            "report_note", parent=base, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.25
        ),
        recipients_title=ParagraphStyle(
            "recipients_title",
            parent=cell,
            fontName=style.BOLD_ITALIC,
            fontSize=12,
            leading=14,
        ),
        recipients=ParagraphStyle("recipients", parent=cell, fontSize=11, leading=13),
    )


def _indicator_table(table: IndicatorTable, document: ReportDocument, s: _Styles) -> Table:
    head = [
        PdfParagraph("TT", s.head),
        PdfParagraph("Chỉ tiêu", s.head),
        PdfParagraph("Đơn vị tính", s.head),
        PdfParagraph(escape(document.period_column), s.head),
        PdfParagraph(escape(document.previous_column), s.head),
    ]
    data = [head]
    number_in_table = 0
    for row in table.rows:
        if row.level == 0:
            number_in_table += 1
        mark = f"<super>({row.note_mark})</super>" if row.note_mark else ""
        label = escape(row.label)
        data.append(
            [
                PdfParagraph(str(number_in_table) if row.level == 0 else "", s.centred),
                PdfParagraph(
                    f"<i>{label}</i>" if row.level else label,
                    s.cell_sub if row.level else s.cell,
                ),
                PdfParagraph(escape(row.unit) if row.level == 0 else "", s.centred),
                PdfParagraph(escape(format_value(row.value)) + mark, s.number),
                PdfParagraph(escape(format_value(row.previous)), s.number),
            ]
        )
    widths = [10 * mm, None, 24 * mm, 26 * mm, 26 * mm]
    fixed = sum(w for w in widths if w)
    widths[1] = TABLE_WIDTH - fixed
    result = Table(data, colWidths=widths, repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                # Without it a table sets reportlab's Helvetica, which is never embedded.
                ("FONT", (0, 0), (-1, -1), style.FAMILY, TABLE_SIZE),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return result


def _chapter_table(document: ReportDocument, s: _Styles) -> Table:
    head = [
        PdfParagraph("TT", s.head),
        PdfParagraph("Chi đoàn", s.head),
        PdfParagraph("Đoàn viên", s.head),
        PdfParagraph("Thanh niên", s.head),
        PdfParagraph("Buổi sinh hoạt", s.head),
    ]
    data = [head]
    for index, (name, members, youth, meetings) in enumerate(document.chapter_table, start=1):
        data.append(
            [
                PdfParagraph(str(index), s.centred),
                PdfParagraph(escape(name), s.cell),
                PdfParagraph(number(members), s.number),
                PdfParagraph(number(youth), s.number),
                PdfParagraph(number(meetings), s.number),
            ]
        )
    widths = [10 * mm, None, 26 * mm, 26 * mm, 30 * mm]
    widths[1] = TABLE_WIDTH - sum(w for w in widths if w)
    result = Table(data, colWidths=widths, repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                # Without it a table sets reportlab's Helvetica, which is never embedded.
                ("FONT", (0, 0), (-1, -1), style.FAMILY, TABLE_SIZE),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return result


def _three_have_table(document: ReportDocument, s: _Styles) -> Table:
    head = [
        PdfParagraph(text, s.head)
        for text in ("TT", "Chi đoàn", "Có cán bộ", "Có sinh hoạt", "Có công trình", "Đạt 3 có")
    ]
    data = [head]
    notes = []
    for index, row in enumerate(document.three_have, start=1):
        result = "Đạt" if row.result else "Chưa đạt"
        if row.note:
            notes.append(row.note)
            result += f" ({len(notes)}*)"
        data.append(
            [
                PdfParagraph(str(index), s.centred),
                PdfParagraph(escape(row.chapter), s.cell),
                *(
                    PdfParagraph("x" if met else "", s.centred)
                    for met in (row.cadre, row.activity, row.work)
                ),
                PdfParagraph(escape(result), s.centred),
            ]
        )
    widths = [10 * mm, None, 21 * mm, 22 * mm, 24 * mm, 25 * mm]
    widths[1] = TABLE_WIDTH - sum(w for w in widths if w)
    result = Table(data, colWidths=widths, repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                # Without it a table sets reportlab's Helvetica, which is never embedded.
                ("FONT", (0, 0), (-1, -1), style.FAMILY, TABLE_SIZE),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return result


def _three_have_notes(document: ReportDocument, s: _Styles) -> list[Flowable]:
    """Why the office overrode a result: said under the table, as the rule requires."""
    notes = [row for row in document.three_have if row.note]
    return [Spacer(1, 3)] * bool(notes) + [
        PdfParagraph(
            escape(f"({n}*) {row.chapter}: kết quả do BCH Đoàn xác định. Lý do: {row.note}"),
            s.note,
        )
        for n, row in enumerate(notes, start=1)
    ]


def _signature_cell(signature: Signature, space: float = 26 * mm) -> list[Flowable]:
    """One signature column, drawn as style.signature_block draws its cells."""
    st = style.styles()
    cell: list[Flowable] = [style.text(line, st.signature_title) for line in signature.above]
    cell.append(style.text(signature.title, st.signature_title))
    if signature.note:
        cell.append(style.text(signature.note, st.signature_note))
    cell.append(Spacer(1, space))
    cell.append(style.text(signature.name, st.signature_name))
    return cell


def _closing(document: ReportDocument, s: _Styles) -> Table:
    """ "Nơi nhận:" at the left, the signature at the right, on the same line (Decree 30)."""
    left: list[Flowable] = [PdfParagraph("Nơi nhận:", s.recipients_title)]
    for index, recipient in enumerate(document.recipients):
        end = "." if index == len(document.recipients) - 1 else ";"
        left.append(PdfParagraph(escape(f"- {recipient}{end}"), s.recipients))
    right = _signature_cell(
        Signature(title="BÍ THƯ", name=document.secretary, note="", above=("TM. BAN CHẤP HÀNH",))
    )
    table = Table([[left, right]], colWidths=[TABLE_WIDTH * 0.45, TABLE_WIDTH * 0.55])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), style.FAMILY, style.BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def body_blocks(document: ReportDocument) -> list:
    return [
        Paragraph(
            plain(
                f"Thực hiện chế độ báo cáo định kỳ, Ban Chấp hành {document.unit_name} báo cáo "
                f"kết quả công tác Đoàn và phong trào thanh thiếu nhi {document.period_label} "
                "với các số liệu như sau:"
            )
        )
    ]


def build_report_pdf(document: ReportDocument) -> bytes:
    s = _styles()
    story: list[Flowable] = [
        style.heading_block(
            document.upper_body,
            document.issuing_body,
            document.place_name,
            document.signed_on,
            number=NUMBER_LINE,
        ),
        Spacer(1, 4),
        *style.title_block(DOCUMENT_KIND, document.subject),
        *style.flowables(body_blocks(document)),
    ]
    for table in document.tables:
        story.append(style.flowables([Section(table.heading)])[0])
        story.append(_indicator_table(table, document, s))
        story.append(Spacer(1, 6))
    if document.chapter_table:
        story.append(style.flowables([Section("III. Số liệu theo chi đoàn")])[0])
        story.append(_chapter_table(document, s))
        story.append(Spacer(1, 6))
    if document.three_have:
        roman = "IV" if document.chapter_table else "III"
        count = sum(1 for row in document.three_have if row.result)
        heading = (
            f"{roman}. Kết quả “Chi đoàn 3 có” {document.three_have_quarter}: "
            f"{count}/{len(document.three_have)} chi đoàn đạt"
        )
        story.append(style.flowables([Section(heading)])[0])
        story.append(_three_have_table(document, s))
        story.extend(_three_have_notes(document, s))
        story.append(Spacer(1, 6))
    closing: list[Flowable] = []
    if document.notes:
        closing.append(PdfParagraph("<b>Ghi chú:</b>", s.note))
        for index, note in enumerate(document.notes, start=1):
            closing.append(PdfParagraph(escape(f"({index}) {note}"), s.note))
        closing.append(Spacer(1, 6))
    closing.append(Spacer(1, 6))
    closing.append(_closing(document, s))
    story.append(KeepTogether(closing))
    return style.build_pdf(
        story,
        title=f"{DOCUMENT_KIND} {document.subject}",
        author=document.issuing_body,
        subject=document.subject,
        draft=document.draft,
    )
