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

_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})

# Combining marks that make a separate letter (primary difference) ...
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
# ... and the five tone marks, in collation order (secondary difference).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
# Characters used to encode the key; all ASCII so that SQLite's byte-wise BINARY order is ours.
_DIGIT_BASE = 0x30  # '0'..'9' come before every letter
_LETTER_BASE = 0x40  # letters from '@' upwards
_WORD_SEPARATOR = " "
_LEVEL_SEPARATOR = "\x01"


def clean(value: str | None) -> str:
    """NFC, uniform apostrophes, single spaces, trimmed: how every stored string looks."""
    if not value:
        return ""
    value = unicodedata.normalize("NFC", value).translate(_APOSTROPHES)
    return _SPACES.sub(" ", value).strip()


def fold(value: str | None) -> str:
    """Search form: no diacritics, no case, đ → d. "Nguyễn Văn Ấn" → "nguyen van an"."""
    decomposed = unicodedata.normalize("NFD", clean(value))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "D").casefold()


def _letters(word: str):
    """Yield (primary char, tone rank, is_upper) for each letter or digit of a word."""
    for char in unicodedata.normalize("NFC", word):
        parts = unicodedata.normalize("NFD", char)
        base, marks = parts[0], parts[1:]
        lower = base.lower()
        if lower == "đ":
            letter = "đ"
        elif lower.isalpha():
            letter = lower
            if _BREVE in marks and lower == "a":
                letter = "ă"
            elif _CIRCUMFLEX in marks and lower in "aeo":
                letter = {"a": "â", "e": "ê", "o": "ô"}[lower]
            elif _HORN in marks and lower in "ou":
                letter = {"o": "ơ", "u": "ư"}[lower]
        elif base.isdigit():
            letter = base
        else:
            continue  # apostrophes, hyphens, dots: ignorable
        tone = next((_TONES[m] for m in marks if m in _TONES), 0)
        yield letter, tone, base != lower


def _primary_char(letter: str) -> str:
    if letter.isdigit():
        return chr(_DIGIT_BASE + int(letter))
    rank = _LETTER_RANK.get(letter)
    if rank is None:  # a letter outside the Vietnamese/Latin alphabet sorts after z, by code point
        return chr(_LETTER_BASE + len(_ALPHABET)) + letter
    return chr(_LETTER_BASE + rank)


def collation_key(value: str | None) -> str:
    """A string whose plain (byte-wise) order is the Vietnamese alphabetical order of ``value``."""
    words = clean(value).split(" ")
    primary, secondary, tertiary = [], [], []
    for word in words:
        letters = list(_letters(word))
        primary.append("".join(_primary_char(letter) for letter, _, _ in letters))
        secondary.append("".join(str(tone) for _, tone, _ in letters))
        tertiary.append("".join("1" if upper else "0" for _, _, upper in letters))
    return _LEVEL_SEPARATOR.join(
        [_WORD_SEPARATOR.join(primary), "".join(secondary), "".join(tertiary)]
    )


def split_name(full_name: str) -> tuple[str, str]:
    """(family and middle names, given name): the given name is the last word."""
    words = clean(full_name).split(" ")
    if len(words) == 1:
        return "", words[0]
    return " ".join(words[:-1]), words[-1]


def name_sort_key(full_name: str, given_name: str | None = None) -> str:
    """Sort key for a roster: given name first, then family and middle names, Vietnamese order.

    ``given_name`` overrides the last-word rule where the clerk has said otherwise (in many
    Central Highlands names the personal name is not the last word: "Y Phôn Ksơr").
    """
    full_name = clean(full_name)
    given = clean(given_name) or split_name(full_name)[1]
    rest = full_name
    if rest.endswith(given):
        rest = rest[: len(rest) - len(given)].strip()
    else:
        rest = " ".join(w for w in full_name.split(" ") if w != given)
    given_key = collation_key(given).split(_LEVEL_SEPARATOR)
    rest_key = collation_key(rest).split(_LEVEL_SEPARATOR)
    # Compare every primary difference (given, then the rest) before any tone or case.
    return _LEVEL_SEPARATOR.join(
        [given_key[0], rest_key[0], given_key[1] + rest_key[1], given_key[2] + rest_key[2]]
    )


def _case_word(word: str) -> str:
    if not word:
        return word
    # "h'" (the Ê Đê prefix) and "nay'" keep their apostrophe; the letter before it is capital.
    return word[0].upper() + word[1:].lower()


def normalise_name(value: str | None) -> str:
    """Clean a personal name; names typed all in capitals or all in lower case get title case.

    Mixed case is left as the clerk typed it: it is usually deliberate ("H' Hen Niê").
    """
    value = clean(value)
    if value and (value.isupper() or value.islower()):
        value = " ".join(_case_word(word) for word in value.split(" "))
    return value
