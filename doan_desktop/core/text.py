"""Vietnamese text: normalisation, search folding, name casing and the given-name sort key.

Sorting follows the CLDR "vi" collation (the order Vietnamese rosters use): the letters
a ă â b c d đ e ê … are distinct at the primary level, tones are secondary differences ordered
none < huyền < hỏi < ngã < sắc < nặng, and case is tertiary. ICU implements this, but PyICU does
not install from PyPI on Windows without a compiler, so the key is built here from the Unicode
decomposition; tests compare it with the published order.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"[0-9]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})

# Combining marks that make a separate letter (primary difference) ...
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
# ... and the five tone marks, in collation order (secondary difference).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
# Characters used to encode the key's first three levels; all ASCII (a letter outside the alphabet
# follows its marker as itself) so that SQLite's byte-wise BINARY order is ours.
_DIGIT_BASE = 0x30  # '0'..'9' come before every letter
_LETTER_BASE = 0x40  # letters from '@' upwards
_WORD_SEPARATOR = " "
# Below every character a level can hold, so that a shorter level sorts first (the prefix rule).
_LEVEL_SEPARATOR = "\x01"
_PART_SEPARATOR = "\x02"  # between the levels of one part of a name key


def clean(value: str | None) -> str:
    """NFC, uniform apostrophes, single spaces, trimmed: how every stored string looks."""
    if not value:
        return ""
    # A short text (a name, an ethnicity, an address) is cleaned many times on its way in and
    # repeats down a roster's columns: it is cleaned once. A long one is cleaned each time.
    return _clean_short(value) if len(value) <= 200 else _clean(value)


def _clean(value: str) -> str:
    value = unicodedata.normalize("NFC", value).translate(_APOSTROPHES)
    return _SPACES.sub(" ", value).strip()


_clean_short = lru_cache(maxsize=4096)(_clean)


def fold(value: str | None) -> str:
    """Search form: no diacritics, no case, đ → d. "Nguyễn Văn Ấn" → "nguyen van an"."""
    # Case first: casefold() can itself produce combining marks ("ǰ", "İ"), which must go too.
    decomposed = unicodedata.normalize("NFD", clean(value).casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Dropping a mark that stood alone between spaces can leave two spaces side by side.
    return _SPACES.sub(" ", stripped.replace("đ", "d")).strip()


def _clusters(word: str):
    """Each character with the combining marks that follow it (NFC leaves "g̀" as two)."""
    cluster = ""
    for char in word:
        if cluster and unicodedata.combining(char):
            cluster += char
        else:
            if cluster:
                yield cluster
            cluster = char
    if cluster:
        yield cluster


@lru_cache(maxsize=4096)
def _weights(char: str) -> tuple[str, str, str] | None:
    """(primary, tone, case) of one character and its marks; None for what collation ignores."""
    parts = unicodedata.normalize("NFD", char)
    base, marks = parts[0], parts[1:]
    lower = base.lower()
    if lower == "đ":
        letter = "đ"
    elif base.isalpha():
        letter = lower
        if _BREVE in marks and lower == "a":
            letter = "ă"
        elif _CIRCUMFLEX in marks and lower in "aeo":
            letter = {"a": "â", "e": "ê", "o": "ô"}[lower]
        elif _HORN in marks and lower in "ou":
            letter = {"o": "ơ", "u": "ư"}[lower]
    elif base.isdecimal():
        letter = str(unicodedata.decimal(base))
    else:
        return None  # apostrophes, hyphens, dots, stray marks: ignorable
    tone = next((_TONES[m] for m in marks if m in _TONES), 0)
    return _primary_char(letter), str(tone), "1" if base != lower else "0"


def _primary_char(letter: str) -> str:
    if letter.isdigit():
        return chr(_DIGIT_BASE + int(letter))
    rank = _LETTER_RANK.get(letter)
    if rank is None:  # a letter outside the Vietnamese/Latin alphabet sorts after z, by code point
        return chr(_LETTER_BASE + len(_ALPHABET)) + letter
    return chr(_LETTER_BASE + rank)


def _number(match: re.Match) -> str:
    # Its length first, so that "Thôn 2" comes before "Thôn 10"; the marks stay below letters.
    digits = match.group()
    return chr(_DIGIT_BASE + min(len(digits), _LETTER_BASE - _DIGIT_BASE - 1)) + digits


def _levels(text: str) -> tuple[str, str, str]:
    """(letters, tones, case) of cleaned ``text``: primary, secondary and tertiary differences."""
    primary, secondary, tertiary = [], [], []
    for word in text.split(" "):
        weights = [w for w in map(_weights, _clusters(word)) if w is not None]
        primary.append(_DIGITS.sub(_number, "".join(w[0] for w in weights)))
        secondary.append("".join(w[1] for w in weights))
        tertiary.append("".join(w[2] for w in weights))
    return _WORD_SEPARATOR.join(primary), "".join(secondary), "".join(tertiary)


def collation_key(value: str | None) -> str:
    """A string whose plain (byte-wise) order is the Vietnamese alphabetical order of ``value``.

    Letters decide first, then tones, then case; the cleaned text itself comes last so that two
    keys are equal only for equal texts (punctuation is otherwise ignored).
    """
    text = clean(value)
    return _LEVEL_SEPARATOR.join([*_levels(text), text])


def split_name(full_name: str) -> tuple[str, str]:
    """(family and middle names, given name): the given name is the last word."""
    words = clean(full_name).split(" ")
    if len(words) == 1:
        return "", words[0]
    return " ".join(words[:-1]), words[-1]


def _rest_of_name(full_name: str, given: str) -> str:
    """The full name without the given name (the word equal to it, the last one preferred)."""
    words = full_name.split(" ")
    if words[-1] == given:  # the usual case, without folding every word
        return " ".join(words[:-1])
    folded = [fold(word) for word in words]
    target = fold(given)
    if target in folded:
        index = len(folded) - 1 - folded[::-1].index(target)
        return " ".join(words[:index] + words[index + 1 :])
    return full_name


def name_sort_key(full_name: str, given_name: str | None = None) -> str:
    """Sort key for a roster: given name first, then family and middle names, Vietnamese order.

    ``given_name`` overrides the last-word rule where the clerk has said otherwise (in many
    Central Highlands names the personal name is not the last word: "Y Phôn Ksơr").
    The given name is compared whole (letters, tones, case) before the family and middle names,
    as a roster sorted on two columns: people who share a given name stand together.
    """
    full_name = clean(full_name)
    given = clean(given_name) or split_name(full_name)[1]
    rest = _rest_of_name(full_name, given)
    return _LEVEL_SEPARATOR.join(
        [_PART_SEPARATOR.join(_levels(given)), _PART_SEPARATOR.join(_levels(rest)), full_name]
    )


def _case_word(word: str) -> str:
    # "h'" (the Ê Đê prefix) keeps its apostrophe; each part around one starts with a capital.
    return "'".join(part[:1].upper() + part[1:].lower() for part in word.split("'"))


def normalise_name(value: str | None) -> str:
    """Clean a personal name; names typed all in capitals or all in lower case get title case.

    Mixed case is left as the clerk typed it: it is usually deliberate ("H' Hen Niê").
    """
    value = clean(value)
    if value and (value.isupper() or value.islower()):
        value = " ".join(_case_word(word) for word in value.split(" "))
    return value
