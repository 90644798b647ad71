"""How every exported sheet looks on screen and on paper: A4, landscape when it is wide, one page
wide (as many pages tall as it takes), the header row repeated on each page, the unit and the
export date in the page header and the page number in the footer, the header row frozen, and
column widths taken from what the columns hold.

Excel and LibreOffice Calc both read these settings from the file (openpyxl writes them as the
sheet's pageSetup, printOptions, headerFooter and the workbook's print titles).
"""

from __future__ import annotations

import datetime as dt
import textwrap
import unicodedata
from dataclasses import dataclass, field

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from doan_desktop.exchange.cells import DATE_FORMAT

__all__ = ["DATE_FORMAT", "ColumnWidths", "note_height", "set_up_print"]

# Excel's column width is in characters of the default font; a little more keeps the text off
# the cell's edges.
_PADDING = 2
# Wider than this many characters, a column wraps its text instead.
MAX_WIDTH = 40
_LINE = 15  # points: a line of Excel's default 11 pt text
# Characters of 9 pt text (the notes above a table) in a column width unit of 11 pt text.
_SMALL_TEXT = 1.15
# A sheet wider than this (in characters) is printed landscape.
PORTRAIT_WIDTH = 90


def _header_text(text: str) -> str:
    """Text for a page header: "&" starts a code there, so a literal one is doubled."""
    return text.replace("&", "&&")


def _display_width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10  # dd/mm/yyyy
    if isinstance(value, bool):
        return 1
    if isinstance(value, int | float):
        return len(f"{value:,}")
    text = str(value)
    return max(
        (sum(0 if unicodedata.combining(c) else 1 for c in line) for line in text.splitlines()),
        default=0,
    )


@dataclass
class ColumnWidths:
    """The widest value written in each column (1-based), noted as the rows are written."""

    widest: dict[int, int] = field(default_factory=dict)
    headers: dict[int, str] = field(default_factory=dict)

    def note(self, column: int, value: object) -> None:
        width = _display_width(value)
        if width > self.widest.get(column, 0):
            self.widest[column] = width

    def note_row(self, values, first_column: int = 1) -> None:
        for offset, value in enumerate(values):
            self.note(first_column + offset, value)

    def header(self, column: int, text: str) -> None:
        """A header wraps at its spaces: its longest word is what the column needs."""
        self.headers[column] = text

    def width(self, column: int, minimum: int = 4, maximum: int = MAX_WIDTH) -> float:
        words = self.headers.get(column, "").split()
        longest_word = max((_display_width(word) for word in words), default=0)
        content = min(self.widest.get(column, 0), maximum)
        return max(minimum, longest_word, content) + _PADDING

    def apply(
        self,
        sheet,
        first_data_row: int,
        minimum: int = 4,
        maximum: int = MAX_WIDTH,
        wrapped: int | None = None,
    ) -> list[float]:
        """Set every column's width; a column holding more than ``maximum`` characters is cut
        there and wraps its data cells, and a row whose text wraps is made as tall as its lines
        (Excel and Calc keep the height a file gives). Only the first ``wrapped`` columns wrap
        (the ones printed) when it is given; the others are at most MAX_WIDTH wide. Returns the
        widths, column by column."""
        widths = []
        lines: dict[int, int] = {}
        wrap = Alignment(wrap_text=True)
        for column in range(1, max(set(self.widest) | set(self.headers), default=0) + 1):
            wraps = wrapped is None or column <= wrapped
            width = self.width(column, minimum, maximum if wraps else MAX_WIDTH)
            sheet.column_dimensions[get_column_letter(column)].width = width
            widths.append(width)
            if wraps and self.widest.get(column, 0) > maximum:
                for (cell,) in sheet.iter_rows(
                    min_row=first_data_row, min_col=column, max_col=column
                ):
                    cell.alignment = wrap
                    count = _lines(cell.value, width)
                    if count > lines.get(cell.row, 1):
                        lines[cell.row] = count
        for row, count in lines.items():
            sheet.row_dimensions[row].height = _LINE * count
        return widths

    def fit_header(self, sheet, row: int, widths: list[float]) -> None:
        """The header row as tall as its longest header wrapped in its column."""
        count = max(
            (
                len(textwrap.wrap(text, max(int(widths[c - 1] - _PADDING), 1)) or [""])
                for c, text in self.headers.items()
                if c <= len(widths)
            ),
            default=1,
        )
        sheet.row_dimensions[row].height = _LINE * max(count, 1)


def _lines(value: object, width: float) -> int:
    """About how many lines a text takes wrapped in a column ``width`` wide (words do not fill
    a line to its end)."""
    if not isinstance(value, str):
        return 1
    room = max((width - _PADDING) * 0.95, 1)
    return max(1, -(-_display_width(value) // int(room)))


def note_height(text: str, width: float, points: float = 12) -> float:
    """The height (points) of a row holding ``text`` in 9 pt across ``width`` characters."""
    per_line = max(width * _SMALL_TEXT, 1)
    lines = max(1, -(-_display_width(text) // int(per_line)))
    return lines * points + 2


def set_up_print(
    sheet,
    *,
    unit: str,
    made_on: dt.date,
    header_rows: tuple[int, int] | None,
    width: float,
    freeze: str | None = None,
    print_columns: int | None = None,
) -> None:
    """A4, landscape when ``width`` (characters) is more than a portrait page holds, fitted to
    one page wide; the header rows (first, last) repeated on every page; the unit on the left
    of the page header and "Xuất ngày …" on its right; "Trang n/N" in the footer. With
    ``print_columns``, only the first columns are printed (``width`` is theirs)."""
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "landscape" if width > PORTRAIT_WIDTH else "portrait"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages tall as the rows need
    sheet.print_options.horizontalCentered = True
    sheet.page_margins = PageMargins(
        left=0.5, right=0.4, top=0.75, bottom=0.6, header=0.3, footer=0.3
    )
    if header_rows:
        sheet.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
    sheet.oddHeader.left.text = _header_text(unit)
    sheet.oddHeader.left.size = 9
    sheet.oddHeader.right.text = "Xuất ngày " + made_on.strftime("%d/%m/%Y")
    sheet.oddHeader.right.size = 9
    sheet.oddFooter.center.text = "Trang &P/&N"
    sheet.oddFooter.center.size = 9
    if freeze:
        sheet.freeze_panes = freeze
    if print_columns:
        last = get_column_letter(print_columns)
        sheet.print_area = f"A1:{last}{max(sheet.max_row, 1)}"
