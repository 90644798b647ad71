"""The look of every printed Union document as a Word file (python-docx), for offices that edit
in Word: the same page, margins, heading blocks, body blocks and signatures as the PDF of
documents.style, so that the two read alike.

The font is named "Times New Roman", the font Decree 30 names: every Windows PC has it, and
elsewhere Word or LibreOffice substitutes a font with the same metrics (Liberation Serif).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from doan_desktop.documents import style
from doan_desktop.documents.blocks import Block, Item, Paragraph, Run, Section, Signature

FONT = "Times New Roman"
_MM_PER_POINT = 25.4 / 72
FRAME_WIDTH_MM = round(style.FRAME_WIDTH * _MM_PER_POINT)
INDENT = Mm(10)


def new_document(*, title: str, author: str, subject: str = "", draft: bool = False):
    """An empty A4 document with the Decree 30 margins, Times New Roman 13 pt, and page numbers
    centred at the top from the second page on (a different first page)."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    section.header_distance = Mm(10)
    section.different_first_page_header_footer = True

    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(style.BODY_SIZE)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "vi-VN")
    normal.element.get_or_add_rPr().append(language)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(6)  # Decree 30: at least 6 pt between paragraphs
    normal.paragraph_format.line_spacing = 1.0
    normal.paragraph_format.widow_control = True

    # Headers: "<tab>page number<tab>DỰ THẢO" on later pages, "<tab><tab>DỰ THẢO" on the first.
    first = section.first_page_header.paragraphs[0]
    later = section.header.paragraphs[0]
    _header_tabs(first, normal)
    _header_tabs(later, normal)
    first.add_run("\t")
    later.add_run("\t")
    _add_page_field(later)
    if draft:
        for paragraph in (first, later):
            paragraph.add_run("\t")
            paragraph.add_run(style.DRAFT_MARK).bold = True

    properties = document.core_properties
    properties.title = title
    properties.author = author
    properties.subject = subject
    properties.last_modified_by = style.CREATOR
    properties.comments = style.CREATOR
    properties.language = "vi-VN"
    return document


def to_bytes(document: DocxDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _header_tabs(paragraph: DocxParagraph, normal) -> None:
    # The template's Header style has tab stops for Letter paper; Normal has none to get in the way.
    paragraph.style = normal
    stops = paragraph.paragraph_format.tab_stops
    stops.add_tab_stop(Mm(FRAME_WIDTH_MM / 2), WD_TAB_ALIGNMENT.CENTER)
    stops.add_tab_stop(Mm(FRAME_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)


def _add_page_field(paragraph: DocxParagraph) -> None:
    """A PAGE field, so Word numbers the pages itself after the clerk edits."""

    def field_char(kind: str):
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    run = paragraph.add_run()
    run._r.append(field_char("begin"))
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    run._r.append(instruction)
    run._r.append(field_char("separate"))
    shown = paragraph.add_run("2")
    shown.font.size = Pt(style.BODY_SIZE)
    end = paragraph.add_run()
    end._r.append(field_char("end"))


def _no_borders(table) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _borderless_table(document: DocxDocument, widths_mm: Sequence[float], rows: int = 1) -> Table:
    table = document.add_table(rows=rows, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _no_borders(table)
    # No cell padding: text in a cell lines up with the body text outside it.
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)
    for row in table.rows:
        # A row split over two pages would part a heading or a signature from its name.
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    return table


def _centred(
    container,
    text: str,
    *,
    size: float,
    bold: bool = False,
    italic: bool = False,
    first: bool = False,
) -> DocxParagraph:
    paragraph = container.paragraphs[0] if first else container.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Mm(0)
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold, run.italic = bold, italic
    return paragraph


def _short_rule(cell: _Cell, length_mm: float, cell_width_mm: float) -> None:
    """An empty, tiny paragraph whose bottom border, narrowed by indents, is the short rule
    under "ĐOÀN TNCS HỒ CHÍ MINH"."""
    paragraph = cell.add_paragraph()
    indent = Mm(max(0.0, (cell_width_mm - length_mm) / 2))
    paragraph.paragraph_format.left_indent = indent
    paragraph.paragraph_format.right_indent = indent
    paragraph.paragraph_format.space_after = Pt(4)
    paragraph.paragraph_format.line_spacing = Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def add_heading_block(
    document: DocxDocument,
    upper_body: str,
    issuing_body: str,
    place_name: str,
    signed_on: dt.date,
    number: str = "",
) -> None:
    """The same two heading blocks as style.heading_block, as a table without borders."""
    left_width, right_width = FRAME_WIDTH_MM * 0.43, FRAME_WIDTH_MM * 0.57
    left, right = _borderless_table(document, (left_width, right_width)).rows[0].cells
    first = True
    if upper_body.strip():
        _centred(left, upper_body.strip().upper(), size=style.HEADING_SIZE, first=True)
        first = False
    _centred(left, issuing_body.strip().upper(), size=style.HEADING_SIZE, bold=True, first=first)
    _centred(left, "***", size=style.HEADING_SIZE)
    if number.strip():
        _centred(left, number.strip(), size=style.HEADING_SIZE)
    _centred(right, style.UNION_HEADING, size=style.UNION_SIZE, bold=True, first=True)
    _short_rule(right, style.union_rule_length() * _MM_PER_POINT, right_width)
    _centred(right, style.date_line(place_name, signed_on), size=style.HEADING_SIZE, italic=True)


def add_title_block(document: DocxDocument, kind: str, subject: str) -> None:
    heading = _centred(document, kind.strip().upper(), size=style.TITLE_SIZE, bold=True)
    heading.paragraph_format.space_before = Pt(14)
    heading.paragraph_format.keep_with_next = True
    if subject.strip():
        line = _centred(document, subject.strip(), size=style.HEADING_SIZE, bold=True)
        line.paragraph_format.keep_with_next = True
    else:
        line = heading
    line.paragraph_format.space_after = Pt(12)


def _add_runs(paragraph: DocxParagraph, runs: Sequence[Run]) -> None:
    for run in runs:
        added = paragraph.add_run(run.text)
        added.bold = run.bold or None
        added.italic = run.italic or None


def add_blocks(container, blocks: Sequence[Block], keep_with_next: bool = False) -> None:
    """Body blocks, styled as style.flowables styles them, added to the document or a cell."""
    # A new cell holds one empty paragraph already: the first block goes there.
    unused = None
    if isinstance(container, _Cell) and len(container.paragraphs) == 1:
        unused = container.paragraphs[0] if not container.paragraphs[0].text else None
    for block in blocks:
        paragraph = unused if unused is not None else container.add_paragraph()
        unused = None
        paragraph.paragraph_format.first_line_indent = INDENT
        paragraph.paragraph_format.keep_with_next = keep_with_next or None
        if isinstance(block, Section):
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.paragraph_format.keep_with_next = True
            paragraph.add_run(block.text).bold = True
        elif isinstance(block, Item):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if block.level > 1:
                paragraph.paragraph_format.first_line_indent = Mm(16)
            _add_runs(paragraph, (Run(f"{block.label} "), *block.runs))
        elif isinstance(block, Paragraph):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _add_runs(paragraph, block.runs)
        else:  # pragma: no cover - Block is a closed union
            raise TypeError(f"not a document block: {block!r}")


def add_signature_block(
    document: DocxDocument, signatures: Sequence[Signature], lead: Sequence[Block] = ()
) -> None:
    """Side-by-side signatures, as style.signature_block lays them out. ``lead`` (the last
    paragraphs of the text) goes in a full-width first row of the same table: Word and
    LibreOffice both keep unsplittable rows marked "keep with next" together, where a chain of
    kept paragraphs before a table is not always honoured."""
    columns = list(signatures)
    count = max(2, len(columns))
    table = _borderless_table(document, [FRAME_WIDTH_MM / count] * count, rows=2 if lead else 1)
    if lead:
        first_row = table.rows[0].cells
        add_blocks(first_row[0].merge(first_row[-1]), lead, keep_with_next=True)
    cells = list(table.rows[-1].cells)[count - len(columns) :]
    for cell, signature in zip(cells, columns, strict=True):
        first = True
        for line in (*signature.above, signature.title):
            paragraph = _centred(cell, line, size=style.BODY_SIZE + 1, bold=True, first=first)
            if first:
                paragraph.paragraph_format.space_before = Pt(8)
            first = False
        if signature.note:
            _centred(cell, signature.note, size=style.HEADING_SIZE, italic=True)
        for _ in range(5):  # room to sign, as in the PDF
            _centred(cell, "", size=style.BODY_SIZE)
        _centred(cell, signature.name, size=style.BODY_SIZE + 1, bold=True)
        for paragraph in cell.paragraphs[:-1]:
            paragraph.paragraph_format.keep_with_next = True
