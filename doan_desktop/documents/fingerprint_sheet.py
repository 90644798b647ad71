"""The printable key fingerprint sheet: sent on paper, signed and stamped, so the superior
office can check that the key registration file it received is really this office's
(the fingerprint it shows on import must match the one printed here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as PdfParagraph

from doan_desktop.documents import style
from doan_desktop.documents.blocks import Paragraph, Signature, plain

DOCUMENT_KIND = "PHIẾU XÁC NHẬN KHÓA KÝ BÁO CÁO"
GROUPS_PER_LINE = 4
TABLE_WIDTH = style.FRAME_WIDTH


@dataclass(frozen=True)
class SheetData:
    upper_body: str
    issuing_body: str
    unit_name: str
    unit_code: str
    place_name: str
    key_id: str
    fingerprint: str  # "AB12 CD34 …", 16 groups of 4
    public_key: str  # minisign's one-line form
    created: dt.date
    printed_on: dt.date
    previous_key_id: str | None = None


def fingerprint_lines(fingerprint: str) -> list[str]:
    groups = fingerprint.split()
    return [
        "  ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]


def build_fingerprint_sheet(data: SheetData) -> bytes:
    s = style.styles()
    style.register_mono_fonts()
    # Embedded monospaced faces, so that the groups line up on every printer.
    mono = ParagraphStyle(
        "fingerprint", parent=s.heading, fontName=style.MONO_BOLD, fontSize=20, leading=30
    )
    small_mono = ParagraphStyle(
        "public_key", parent=s.heading, fontName=style.MONO, fontSize=9.5, leading=12
    )
    label = ParagraphStyle("label", parent=s.body, firstLineIndent=0, spaceAfter=2)
    facts = [
        ("Đơn vị:", data.unit_name),
        ("Mã đơn vị:", data.unit_code),
        ("Mã khóa (key id):", data.key_id),
        ("Ngày tạo khóa:", data.created.strftime("%d/%m/%Y")),
    ]
    if data.previous_key_id:
        facts.append(("Thay cho khóa:", data.previous_key_id))
    rows = [
        [PdfParagraph(f"<b>{escape(k)}</b>", label), PdfParagraph(escape(v), label)]
        for k, v in facts
    ]
    table = Table(rows, colWidths=[48 * mm, TABLE_WIDTH - 48 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), style.FAMILY, style.BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    box = Table(
        [[PdfParagraph(escape(line), mono)] for line in fingerprint_lines(data.fingerprint)],
        colWidths=[TABLE_WIDTH],
    )
    box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), style.MONO_BOLD, 20),
                ("BOX", (0, 0), (-1, -1), 1, "black"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story: list[Flowable] = [
        style.heading_block(data.upper_body, data.issuing_body, data.place_name, data.printed_on),
        Spacer(1, 4),
        *style.title_block(DOCUMENT_KIND, f"của {data.unit_name}"),
        *style.flowables(
            [
                Paragraph(
                    plain(
                        f"{data.unit_name} xác nhận khóa dưới đây là khóa duy nhất đơn vị dùng "
                        "để ký các tệp báo cáo gửi cấp trên. Khi nhập tệp đăng ký khóa, cán bộ "
                        "cấp trên đối chiếu dấu vân tay hiển thị trên màn hình với dấu vân tay "
                        "in trên phiếu này; nếu khác nhau dù chỉ một ký tự, không được tin "
                        "dùng tệp đó."
                    )
                )
            ]
        ),
        table,
        Spacer(1, 8),
        PdfParagraph("<b>Dấu vân tay của khóa (SHA-256):</b>", label),
        Spacer(1, 2),
        box,
        Spacer(1, 8),
        PdfParagraph("<b>Khóa công khai (định dạng minisign):</b>", label),
        PdfParagraph(escape(data.public_key), small_mono),
        Spacer(1, 24),
        style.signature_block(
            [
                Signature(title="NGƯỜI LẬP PHIẾU", name=""),
                Signature(
                    title="BÍ THƯ",
                    name="",
                    note="(Ký tên, đóng dấu)",
                    above=("TM. BAN CHẤP HÀNH",),
                ),
            ]
        ),
    ]
    return style.build_pdf(
        story,
        title=f"{DOCUMENT_KIND} {data.key_id}",
        author=data.issuing_body,
        subject=data.fingerprint,
    )
