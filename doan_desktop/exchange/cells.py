"""Text that looks like a formula, kept as text in every spreadsheet the program reads or writes.

A roster comes from outside, and a name typed as ``=HYPERLINK("http://…","Bấm")`` or a home town
``=1+1`` must never run in Excel or LibreOffice Calc when the office opens an export. The rule is
OWASP's for CSV injection: a text beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return could be taken for a formula. On import such a cell is kept as the text it is (and the
preview says so); on export it is written so that it stays text: in a CSV behind a single quote,
which both programs show and never evaluate; in an .xlsx as a string cell with the "quote
prefix" style (what Excel itself stores for text typed after an apostrophe), never a formula.
Every writer of a sheet goes through ``write_cell`` / ``csv_row``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
DATE_FORMAT = "dd/mm/yyyy"  # the Vietnamese way, whatever the PC's regional settings


def looks_like_formula(value: object) -> bool:
    """A text a spreadsheet could take for a formula (or the start of one)."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_value(value: object) -> object:
    """A value as written to a CSV: a formula-like text behind a single quote."""
    if looks_like_formula(value):
        return QUOTE + value
    return value


def csv_row(values: Iterable[object]) -> list[object]:
    """One CSV row with every formula-like text quoted."""
    return [csv_value(value) for value in values]


def unquote_csv(value: str) -> str:
    """A CSV cell as it was before ``csv_value`` quoted it: the single quote in front of a
    formula-like text is this rule's (ours or another program's), not part of the text."""
    if value.startswith(QUOTE) and looks_like_formula(value[1:]):
        return value[1:]
    return value


def write_cell(cell, value: object, number_format: str | None = None):
    """Put ``value`` in an openpyxl cell. A text is always a string cell (openpyxl would make
    one beginning with "=" a formula); a formula-like one also gets the quote-prefix style.
    A date is a date cell, shown dd/mm/yyyy unless ``number_format`` says otherwise (which
    also sets how a number is shown)."""
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"
        if looks_like_formula(value):
            cell.quotePrefix = True
    else:
        cell.value = value
        if number_format is None and isinstance(value, dt.date):
            number_format = DATE_FORMAT
    if number_format is not None:
        cell.number_format = number_format
    return cell


def text_cell(cell, value: str):
    """A text that must stay text even when it is all digits (a citizen ID, a phone number,
    a year written alone): a string cell in Excel's text format "@"."""
    return write_cell(cell, value, "@")
