"""What the minutes (biên bản) say, section by section (DOMAIN.md §4), as blocks that
documents.minutes draws as PDF and documents.minutes_docx as Word. The wording is fixed
Vietnamese: printed documents are always in Vietnamese."""

from __future__ import annotations

from doan_desktop.documents.blocks import (
    Block,
    Item,
    Paragraph,
    Run,
    Section,
    Signature,
    labelled,
    plain,
)
from doan_desktop.documents.minutes_data import Absent, MinutesData, Speech
from doan_desktop.documents.vietnamese import date_words, percent, time_words

DOCUMENT_KIND = "BIÊN BẢN"
# A name already written with its form of address (or "Đại diện …", a body's representative)
# is printed as typed; any other gets "đồng chí".
_COMRADE_PREFIXES = ("đồng chí", "đ/c", "ông ", "bà ", "anh ", "chị ", "thầy ", "cô ", "đại diện")


def document_title(data: MinutesData) -> str:
    """The file's title metadata and the preview's window title."""
    return f"{DOCUMENT_KIND} {data.title.strip()}".strip()


def body(data: MinutesData) -> list[Block]:
    """Sections I to V; section VI is closing() so that it can stay with the signatures."""
    return [
        *_time_and_place(data),
        *_participants(data),
        *_agenda(data),
        *_discussion(data),
        *_vote(data),
    ]


def closing(data: MinutesData) -> list[Block]:
    # An end time not yet known prints dotted blanks to be filled in by hand.
    return [
        Section("VI. Kết thúc"),
        Paragraph(
            plain(
                f"Cuộc họp kết thúc vào lúc {time_words(data.end_time)} cùng ngày. "
                f"Biên bản đã được đọc lại cho {data.audience.strip() or 'các đồng chí'} "
                "dự họp nghe và nhất trí thông qua."
            )
        ),
    ]


def signatures(data: MinutesData) -> list[Signature]:
    """Secretary on the left, chair on the right, as offices sign them."""
    return [
        Signature(_upper(data.secretary_title or "Thư ký"), data.secretary.strip()),
        Signature(_upper(data.chair_title or "Chủ trì"), data.chair.strip()),
    ]


def _upper(text: str) -> str:
    return text.strip().upper()


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?:;…" else text + "."


def _comrade(name: str) -> str:
    name = name.strip()
    if not name:
        return "...................."
    if name.casefold().startswith(_COMRADE_PREFIXES):
        return name
    return f"đồng chí {name}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _time_and_place(data: MinutesData) -> list[Block]:
    return [
        Section("I. Thời gian, địa điểm"),
        Item("-", plain(f"Vào lúc {time_words(data.start_time)}, {date_words(data.date)}.")),
        Item("-", plain(_sentence(f"Tại: {data.place.strip() or '....................'}"))),
    ]


def _absent_list(people: list[Absent], with_reasons: bool) -> str:
    if not people:
        return ""
    parts = []
    for person in people:
        reason = person.reason.strip()
        parts.append(
            f"{person.name.strip()} — {reason}" if with_reasons and reason else person.name
        )
    return " (" + "; ".join(parts) + ")"


def _participants(data: MinutesData) -> list[Block]:
    blocks: list[Block] = [Section("II. Thành phần")]
    chapters = [name.strip() for name in data.chapters if name.strip()]
    if chapters:
        # A joint meeting: who met together, the host named as such.
        named = [f"{chapters[0]} (đăng cai)", *chapters[1:]]
        blocks.append(Item("-", labelled("Các chi đoàn tham gia: ", _sentence(", ".join(named)))))
    guests = [guest for guest in data.guests if guest.name.strip()]
    if guests:
        blocks.append(Item("-", labelled("Đại biểu tham dự: ", f"{len(guests)} đồng chí")))
        for guest in guests:
            title = guest.title.strip()
            text = _capitalised(_comrade(guest.name)) + (f" — {title}" if title else "")
            blocks.append(Item("+", plain(_sentence(text)), level=2))
    blocks.append(Item("-", labelled("Chủ trì: ", _sentence(_comrade(data.chair)))))
    blocks.append(Item("-", labelled("Thư ký: ", _sentence(_comrade(data.secretary)))))
    excused, unexcused = data.absent_excused, data.absent_unexcused
    blocks.append(
        Item(
            "-",
            (
                Run(f"{data.expected_label.strip() or 'Tổng số'}: ", bold=True),
                Run(f"{data.expected}; có mặt: {data.present}/{data.expected}; "),
                Run(f"vắng có lý do: {len(excused)}{_absent_list(excused, True)}; "),
                Run(f"vắng không lý do: {len(unexcused)}{_absent_list(unexcused, False)}."),
            ),
        )
    )
    return blocks


def _agenda(data: MinutesData) -> list[Block]:
    items = [line for entry in data.agenda for line in [entry.strip()] if line]
    blocks: list[Block] = [Section("III. Nội dung")]
    blocks += [Item(f"{number}.", plain(_sentence(text))) for number, text in enumerate(items, 1)]
    if not items:
        blocks.append(Paragraph(plain("Không ghi nội dung.")))
    return blocks


def _speech(speech: Speech) -> list[Block]:
    lines = _lines(speech.text)
    speaker = speech.speaker.strip()
    label = f"{_capitalised(_comrade(speaker))}: " if speaker else "Ý kiến: "
    first = lines[0] if lines else ""
    blocks: list[Block] = [Paragraph((Run(label, bold=True), Run(first)))]
    blocks += [Paragraph(plain(line)) for line in lines[1:]]
    return blocks


def _discussion(data: MinutesData) -> list[Block]:
    blocks: list[Block] = [Section("IV. Diễn biến, ý kiến")]
    speeches = [s for s in data.discussion if s.speaker.strip() or s.text.strip()]
    for speech in speeches:
        blocks += _speech(speech)
    if not speeches:
        blocks.append(Paragraph(plain("Không có ý kiến phát biểu.")))
    conclusions = _lines(data.conclusions)
    if conclusions:
        blocks.append(Paragraph(labelled("Kết luận của chủ trì: ", conclusions[0])))
        blocks += [Paragraph(plain(line)) for line in conclusions[1:]]
    return blocks


def _vote(data: MinutesData) -> list[Block]:
    blocks: list[Block] = [Section("V. Biểu quyết")]
    if data.vote_for is None:
        blocks.append(Paragraph(plain("Không biểu quyết.")))
    else:
        whole = data.present

        def share(count: int | None) -> str:
            count = count or 0
            return f"{count}/{whole} ({percent(count, whole)})"

        blocks.append(
            Paragraph(
                (
                    Run("Tán thành: ", bold=True),
                    Run(f"{share(data.vote_for)}; "),
                    Run("Không tán thành: ", bold=True),
                    Run(f"{share(data.vote_against)}; "),
                    Run("Ý kiến khác: ", bold=True),
                    Run(f"{share(data.vote_other)}."),
                )
            )
        )
    resolutions = _lines(data.resolutions)
    if resolutions:
        blocks.append(Paragraph(labelled("Cuộc họp thống nhất: ", resolutions[0])))
        blocks += [Paragraph(plain(line)) for line in resolutions[1:]]
    return blocks
