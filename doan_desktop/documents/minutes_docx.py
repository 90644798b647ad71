"""The minutes (biên bản) of a meeting as a Word file: the same text and structure as the PDF
of documents.minutes, for offices that edit before printing."""

from __future__ import annotations

from doan_desktop.documents import docx_style, minutes_text
from doan_desktop.documents.minutes_data import MinutesData


def build_minutes_docx(data: MinutesData) -> bytes:
    document = docx_style.new_document(
        title=minutes_text.document_title(data),
        author=data.issuing_body.strip(),
        subject=data.title.strip(),
        draft=data.draft,
    )
    docx_style.add_heading_block(
        document, data.upper_body, data.issuing_body, data.place_name, data.signed_on
    )
    docx_style.add_title_block(document, minutes_text.DOCUMENT_KIND, data.title)
    docx_style.add_blocks(document, minutes_text.body(data))
    # Section VI and the signatures stay on one page, as in the PDF.
    docx_style.add_signature_block(
        document, minutes_text.signatures(data), lead=minutes_text.closing(data)
    )
    return docx_style.to_bytes(document)
