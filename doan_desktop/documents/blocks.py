"""A printed document's body as plain blocks, so that the PDF (reportlab) and the Word file
(python-docx) are drawn from one text and can never say different things."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Section:
    """A numbered section heading, bold: "I. Thời gian, địa điểm"."""

    text: str


@dataclass(frozen=True)
class Paragraph:
    """Body text, justified, first line indented."""

    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Item:
    """A list entry with a hanging label ("1.", "-", "+")."""

    label: str
    runs: tuple[Run, ...]
    level: int = 1  # 2 for an entry under an entry

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


Block = Section | Paragraph | Item


@dataclass(frozen=True)
class Signature:
    """One column of the signature block: "THƯ KÝ", "(Ký, ghi rõ họ tên)", space, the name."""

    title: str
    name: str
    note: str = "(Ký, ghi rõ họ tên)"
    above: tuple[str, ...] = field(default_factory=tuple)  # e.g. "TM. BAN CHẤP HÀNH"


def plain(text: str) -> tuple[Run, ...]:
    return (Run(text),)


def labelled(label: str, text: str) -> tuple[Run, ...]:
    """A bold label then plain text: "Kết luận của chủ trì: …"."""
    return (Run(label, bold=True), Run(text))
