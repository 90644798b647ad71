"""The minutes (biên bản) of a meeting as PDF, in the layout of DOMAIN.md §4–§5."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from doan_desktop.documents import minutes_text, style
from doan_desktop.documents.minutes_data import MinutesData


def build_minutes_pdf(data: MinutesData) -> bytes:
    story: list[Flowable] = [
        style.heading_block(data.upper_body, data.issuing_body, data.place_name, data.signed_on),
        Spacer(1, 4),
        *style.title_block(minutes_text.DOCUMENT_KIND, data.title),
        *style.flowables(minutes_text.body(data)),
        style.closing_with_signatures(minutes_text.closing(data), minutes_text.signatures(data)),
    ]
    return style.build_pdf(
        story,
        title=minutes_text.document_title(data),
        author=data.issuing_body.strip(),
        subject=data.title.strip(),
        draft=data.draft,
    )
