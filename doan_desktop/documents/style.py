"""The look of every printed Union document as PDF (reportlab): page, margins, fonts, the
heading blocks, body blocks, the signature block, page numbers and the draft mark.

Rules: guidance 29-HD/TWĐTN-VP and Decree 30/2020/NĐ-CP (DOMAIN.md §5). Liberation Serif stands
in for Times New Roman (same metrics, free to ship, full Vietnamese coverage) and is embedded,
so the file prints the same on any PC.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import (
    Paragraph as PdfParagraph,
)
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame

from doan_desktop.documents.blocks import Block, Item, Paragraph, Run, Section, Signature
from doan_desktop.documents.vietnamese import place_date_line
from doan_desktop.resources_path import resource

PAGE_SIZE = A4
# Decree 30 allows top/bottom 20–25 mm, left 30–35, right 15–20; the Union's own summary
# uses 20/20/30/20, which also leaves the most room on the page.
TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 20 * mm, 30 * mm, 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - LEFT - RIGHT

FAMILY = "LiberationSerif"
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"
# Liberation Mono stands in for Courier where every character must line up (a key's
# fingerprint): reportlab's own Courier is a PDF base font, which is never embedded.
MONO = "LiberationMono"
MONO_BOLD = f"{MONO}-Bold"
_FONT_FILES = {
    FAMILY: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_MONO_FILES = {MONO: "LiberationMono-Regular.ttf", MONO_BOLD: "LiberationMono-Bold.ttf"}

BODY_SIZE = 13  # Decree 30: 13–14 pt
HEADING_SIZE = 14  # 29-HD: the issuing body's lines and the date line
UNION_SIZE = 15  # 29-HD: "ĐOÀN TNCS HỒ CHÍ MINH"
TITLE_SIZE = 15  # the kind of document: "BIÊN BẢN"
INDENT = 10 * mm  # first-line indent of body paragraphs (Decree 30: 1–1.27 cm)
UNION_HEADING = "ĐOÀN TNCS HỒ CHÍ MINH"
DRAFT_MARK = "DỰ THẢO"
CREATOR = "doan-desktop"
NO_BREAK_SPACE = "\u00a0"


@cache
def register_fonts() -> str:
    """Register Liberation Serif once per process, as a family so that <b> and <i> in
    paragraphs pick the right face. Returns the family name."""
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return FAMILY


@cache
def register_mono_fonts() -> str:
    """Register Liberation Mono once per process, for the one document that needs it (the
    key's fingerprint sheet): reading a face is most of a first document's time."""
    for name, filename in _MONO_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    return MONO


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    item: ParagraphStyle
    subitem: ParagraphStyle
    section: ParagraphStyle
    kind: ParagraphStyle
    subject: ParagraphStyle
    heading: ParagraphStyle
    heading_bold: ParagraphStyle
    union: ParagraphStyle
    date_line: ParagraphStyle
    signature_title: ParagraphStyle
    signature_note: ParagraphStyle
    signature_name: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FAMILY,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.2,
        alignment=TA_JUSTIFY,
        firstLineIndent=INDENT,
        spaceAfter=6,  # Decree 30: at least 6 pt between paragraphs
        # A lone first or last line of a paragraph at a page break reads as an error on paper.
        allowWidows=0,
        allowOrphans=0,
    )
    centred = ParagraphStyle("centred", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    heading = ParagraphStyle(
        "heading", parent=centred, fontSize=HEADING_SIZE, leading=HEADING_SIZE * 1.2, spaceAfter=0
    )
    return Styles(
        body=body,
        item=ParagraphStyle("item", parent=body),
        subitem=ParagraphStyle("subitem", parent=body, firstLineIndent=INDENT * 1.6),
        section=ParagraphStyle(
            "section",
            parent=body,
            fontName=BOLD,
            alignment=0,
            spaceBefore=6,
            keepWithNext=1,
        ),
        kind=ParagraphStyle(
            "kind",
            parent=centred,
            fontName=BOLD,
            fontSize=TITLE_SIZE,
            leading=TITLE_SIZE * 1.3,
            spaceBefore=14,
            spaceAfter=0,
            keepWithNext=1,
        ),
        subject=ParagraphStyle(
            "subject",
            parent=centred,
            fontName=BOLD,
            fontSize=HEADING_SIZE,
            leading=HEADING_SIZE * 1.3,
            spaceAfter=12,
            keepWithNext=1,
        ),
        heading=heading,
        heading_bold=ParagraphStyle("heading_bold", parent=heading, fontName=BOLD),
        union=ParagraphStyle(
            "union", parent=heading, fontName=BOLD, fontSize=UNION_SIZE, leading=UNION_SIZE * 1.2
        ),
        date_line=ParagraphStyle(
            "date_line", parent=heading, fontName=ITALIC, leading=HEADING_SIZE * 1.3
        ),
        signature_title=ParagraphStyle(
            "signature_title", parent=heading, fontName=BOLD, fontSize=BODY_SIZE + 1
        ),
        signature_note=ParagraphStyle("signature_note", parent=heading, fontName=ITALIC),
        signature_name=ParagraphStyle(
            "signature_name", parent=heading, fontName=BOLD, fontSize=BODY_SIZE + 1
        ),
    )


def markup(runs: Sequence[Run]) -> str:
    """Runs as reportlab paragraph markup, the text escaped (a name may hold "&" or "<")."""
    parts = []
    for run in runs:
        text = escape(run.text)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def text(value: str, style: ParagraphStyle) -> PdfParagraph:
    return PdfParagraph(escape(value), style)


def flowables(blocks: Sequence[Block]) -> list[Flowable]:
    """Body blocks as reportlab paragraphs."""
    s = styles()
    result: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Section):
            result.append(text(block.text, s.section))
        elif isinstance(block, Item):
            style = s.subitem if block.level > 1 else s.item
            result.append(PdfParagraph(f"{escape(block.label)} {markup(block.runs)}", style))
        elif isinstance(block, Paragraph):
            result.append(PdfParagraph(markup(block.runs), s.body))
        else:  # pragma: no cover - Block is a closed union
            raise TypeError(f"not a document block: {block!r}")
    return result


class CentredRule(Flowable):
    """The short solid rule under "ĐOÀN TNCS HỒ CHÍ MINH" (29-HD), centred in its cell."""

    def __init__(self, length: float, thickness: float = 0.8, above: float = 3, below: float = 3):
        super().__init__()
        self.length, self.thickness, self.above, self.below = length, thickness, above, below

    def wrap(self, available_width, available_height):
        self._cell_width = available_width
        return available_width, self.above + self.thickness + self.below

    def draw(self):
        x = (self._cell_width - self.length) / 2
        y = self.below + self.thickness / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, y, x + self.length, y)


def date_line(place_name: str, signed_on: dt.date) -> str:
    """The place-and-date line with no-break spaces inside the date, so that a long place name
    wraps before "ngày" and never leaves the year alone on a line."""
    place, comma, date = place_date_line(place_name, signed_on).rpartition(", ")
    return place + comma + date.replace(" ", NO_BREAK_SPACE)


def union_rule_length() -> float:
    """The rule under "ĐOÀN TNCS HỒ CHÍ MINH", in points: a short one, 3/5 of the line."""
    register_fonts()
    return pdfmetrics.stringWidth(UNION_HEADING, BOLD, UNION_SIZE) * 0.6


def heading_block(
    upper_body: str,
    issuing_body: str,
    place_name: str,
    signed_on: dt.date,
    number: str = "",
) -> Table:
    """The two heading blocks of a Union document's first page.

    Left: the superior body (regular), the issuing body (bold), "***", and the document number
    when there is one. Right: "ĐOÀN TNCS HỒ CHÍ MINH" (bold, a short rule below) and the italic
    place-and-date line.
    """
    s = styles()
    left: list[Flowable] = []
    if upper_body.strip():
        left.append(text(upper_body.strip().upper(), s.heading))
    left.append(text(issuing_body.strip().upper(), s.heading_bold))
    left.append(text("***", s.heading))
    if number.strip():
        left.append(text(number.strip(), s.heading))
    right: list[Flowable] = [
        text(UNION_HEADING, s.union),
        CentredRule(union_rule_length()),
        text(date_line(place_name, signed_on), s.date_line),
    ]
    table = Table(
        [[left, right]],
        colWidths=[FRAME_WIDTH * 0.43, FRAME_WIDTH * 0.57],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FAMILY, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def title_block(kind: str, subject: str) -> list[Flowable]:
    """ "BIÊN BẢN" (15 pt bold) and its subject line under it, centred."""
    s = styles()
    result: list[Flowable] = [text(kind.strip().upper(), s.kind)]
    if subject.strip():
        result.append(text(subject.strip(), s.subject))
    else:
        result.append(Spacer(1, 12))
    return result


def signature_block(signatures: Sequence[Signature], space: float = 28 * mm) -> Table:
    """Side-by-side signature columns: title (bold), "(Ký, ghi rõ họ tên)" (italic), room to
    sign, then the name (bold). One signature sits in the right half, as on a letter."""
    s = styles()
    cells: list[list[Flowable]] = []
    for signature in signatures:
        cell: list[Flowable] = [text(line, s.signature_title) for line in signature.above]
        cell.append(text(signature.title, s.signature_title))
        if signature.note:
            cell.append(text(signature.note, s.signature_note))
        cell.append(Spacer(1, space))
        cell.append(text(signature.name, s.signature_name))
        cells.append(cell)
    if len(cells) == 1:
        cells.insert(0, [])
    table = Table([cells], colWidths=[FRAME_WIDTH / len(cells)] * len(cells))
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FAMILY, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def closing_with_signatures(
    last_blocks: Sequence[Block], signatures: Sequence[Signature]
) -> KeepTogether:
    """The last paragraphs and the signatures on one page: a signature block alone on a page
    would sign nothing."""
    return KeepTogether([*flowables(last_blocks), Spacer(1, 8), signature_block(signatures)])


def _page_decorations(draft: bool) -> tuple[Callable, Callable]:
    def decorate(canvas: Canvas, doc, number: bool) -> None:
        canvas.saveState()
        width, height = PAGE_SIZE
        if draft:
            canvas.setFillColor(colors.Color(0.88, 0.88, 0.88))
            canvas.setFont(BOLD, 96)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -30, DRAFT_MARK)
            canvas.rotate(-45)
            canvas.translate(-width / 2, -height / 2)
        if number:
            # Decree 30: page numbers centred in the top margin, from the second page on.
            canvas.setFillColor(colors.black)
            canvas.setFont(FAMILY, BODY_SIZE)
            canvas.drawCentredString(LEFT + FRAME_WIDTH / 2, height - TOP / 2 - 4, str(doc.page))
        canvas.restoreState()

    return (
        lambda canvas, doc: decorate(canvas, doc, number=False),
        lambda canvas, doc: decorate(canvas, doc, number=True),
    )


def build_pdf(
    story: list[Flowable], *, title: str, author: str, subject: str = "", draft: bool = False
) -> bytes:
    """Lay the story out on A4 with the Decree 30 margins and return the PDF. The same story
    always gives the same bytes (invariant mode: no timestamps, fixed ids)."""
    register_fonts()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        title=title,
        author=author,
        subject=subject,
        creator=CREATOR,
        producer=CREATOR,
        invariant=1,
        lang="vi",
        initialFontName=FAMILY,
        initialFontSize=BODY_SIZE,
        displayDocTitle=True,
    )
    first, later = _page_decorations(draft)
    # The text frame is the page less the margins exactly: reportlab's default frame pads 6 pt
    # on every side, which made a 20 mm right margin 22.1 mm on paper.
    frame = Frame(
        LEFT,
        BOTTOM,
        FRAME_WIDTH,
        PAGE_SIZE[1] - TOP - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    document.addPageTemplates(
        [
            PageTemplate("first", [frame], onPage=first, autoNextPageTemplate="later"),
            PageTemplate("later", [frame], onPage=later),
        ]
    )
    document.build(story)
    return buffer.getvalue()
