"""Numbers and amounts as the reader expects them, from Babel's locale data (CLDR).

Vietnamese groups thousands with a dot and writes a decimal comma ("1.234.567", "71,0"); English
the other way round. The window follows the language chosen in Settings (``set_language``, called
at start-up); printed documents are always Vietnamese and pass ``"vi"`` themselves.
"""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal

_LOCALES = {"vi": "vi_VN", "en": "en"}
_language = "vi"


def set_language(language: str) -> None:
    global _language
    _language = language if language in _LOCALES else "vi"


def language() -> str:
    """The interface language numbers (and the labels that follow it) are written in."""
    return _language


def _locale(language: str | None) -> str:
    return _LOCALES.get(language or _language, _LOCALES["vi"])


def integer(value: int | Decimal, language: str | None = None) -> str:
    """1234567 → "1.234.567" (Vietnamese) or "1,234,567" (English)."""
    return format_decimal(int(value), format="#,##0", locale=_locale(language))


def decimal(value: int | float | Decimal, digits: int = 1, language: str | None = None) -> str:
    """71 → "71,0" with ``digits`` decimals (Vietnamese decimal comma)."""
    pattern = "#,##0." + "0" * digits if digits else "#,##0"
    return format_decimal(Decimal(str(value)), format=pattern, locale=_locale(language))


def number(value: int | Decimal, language: str | None = None) -> str:
    """A whole number grouped, or a decimal with only the digits it has ("1.234,5")."""
    value = Decimal(str(value))
    if value == value.to_integral_value():
        return integer(value, language)
    digits = -value.normalize().as_tuple().exponent
    return decimal(value, digits, language)


def money(value: int, language: str | None = None) -> str:
    """190000000 → "190.000.000 đ", as offices write amounts."""
    return f"{integer(value, language)} đ"
