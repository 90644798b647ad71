"""Vietnamese text: search folding, the alphabetical order of DOMAIN.md §7, name casing."""

import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from doan_desktop.core.text import (
    clean,
    collation_key,
    fold,
    name_sort_key,
    normalise_name,
    split_name,
)

# The alphabet of DOMAIN.md §7 and the tones in their collation order.
ALPHABET = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split()
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]  # none, huyền, hỏi, ngã, sắc, nặng

# Every letter of the alphabet, either case, with every tone, as NFC text.
vi_letter = st.sampled_from(
    [
        unicodedata.normalize("NFC", letter + tone)
        for base in ALPHABET
        for letter in (base, base.upper())
        for tone in TONES
    ]
)
vi_word = st.lists(vi_letter, min_size=1, max_size=6).map("".join)
vi_text = st.lists(vi_word, min_size=1, max_size=4).map(" ".join)
# Anything at all, including marks without a base, control characters and other scripts.
any_text = st.text(max_size=30)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def without_tones(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in nfd(text) if c not in TONES[1:]))


def sign(a, b) -> int:
    return (a > b) - (a < b)


# ----------------------------------------------------------------------------- clean


def test_clean_normalises_spaces_apostrophes_and_composition():
    assert clean("  Nguyễn \t Văn\n  An ") == "Nguyễn Văn An"
    assert clean("H’ Hen Niê") == "H' Hen Niê"
    assert clean(nfd("Ấn")) == "Ấn"
    assert len(clean(nfd("Ấn"))) == 2
    assert clean(None) == ""
    assert clean("   ") == ""


# ----------------------------------------------------------------------------- fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn Văn Ấn", "nguyen van an"),
        ("ĐẶNG THỊ ĐÀO", "dang thi dao"),
        ("Đắk Lắk", "dak lak"),
        (nfd("Nguyễn Văn Ấn"), "nguyen van an"),
        ("  Trần   Thị  ", "tran thi"),
        ("Y Phôn Ksơr", "y phon ksor"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold_table(text, folded):
    assert fold(text) == folded


def test_search_for_plain_letters_finds_the_accented_name():
    assert fold("nguyen van an") in fold("Nguyễn Văn Ấn")
    assert fold("NGUYEN") in fold(nfd("nguyễn văn ấn"))


@given(any_text)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(any_text)
def test_fold_of_nfd_equals_fold(text):
    assert fold(nfd(text)) == fold(text)
    assert fold(unicodedata.normalize("NFC", text)) == fold(text)


@given(any_text)
def test_fold_leaves_no_combining_marks_and_no_d_with_stroke(text):
    folded = fold(text)
    assert not any(unicodedata.combining(c) for c in nfd(folded))
    assert "đ" not in folded and "Đ" not in folded


@given(vi_text)
def test_fold_of_vietnamese_text_is_lowercase_ascii(text):
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()
    assert len(folded.split(" ")) == len(clean(text).split(" "))


# ----------------------------------------------------------------------------- collation


@pytest.mark.parametrize(
    "ordered",
    [
        ["a", "à", "ả", "ã", "á", "ạ", "ă", "ằ", "ẳ", "ẵ", "ắ", "ặ", "â", "ầ", "ậ", "b"],
        ["d", "đ", "e"],
        ["e", "é", "ê", "ệ", "g"],
        ["o", "ọ", "ô", "ộ", "ơ", "ờ", "ợ", "p"],
        ["u", "ụ", "ư", "ừ", "ự", "v"],
        ["An", "Anh", "Ánh", "Ấn", "Bình"],
        ["Cường", "Dũng", "Đạt", "Em"],
        ["Hà", "Hải", "Hạnh", "Hào", "Hiếu", "Hòa"],
        ["Tâm", "Tân", "Thanh", "Thành", "Tuấn", "Tư", "Tươi"],
        ["a", "A", "à", "À"],  # case only after tones
        ["An", "An Bình", "Anh"],  # a space sorts before every letter
        ["Thôn 2", "Thôn 9", "Thôn 10", "Thôn 10A", "Thôn A"],  # numbers by value, before letters
        ["Tổ 1", "Tổ 1 Bắc", "Tổ 2"],
    ],
)
def test_collation_table(ordered):
    keys = [collation_key(text) for text in ordered]
    assert keys == sorted(keys), [
        ordered[i] for i in sorted(range(len(keys)), key=keys.__getitem__)
    ]
    assert len(set(keys)) == len(keys)


def test_every_letter_of_the_alphabet_in_order():
    keys = [collation_key(letter) for letter in ALPHABET]
    assert keys == sorted(keys)


def test_every_tone_in_order_on_every_vowel():
    for vowel in "a ă â e ê i o ô ơ u ư y".split():
        keys = [collation_key(unicodedata.normalize("NFC", vowel + tone)) for tone in TONES]
        assert keys == sorted(keys), vowel


@given(any_text)
def test_collation_key_of_nfd_equals_key(text):
    assert collation_key(nfd(text)) == collation_key(text)


@given(any_text, any_text)
def test_equal_keys_mean_equal_cleaned_text(a, b):
    assert (collation_key(a) == collation_key(b)) == (clean(a) == clean(b))


@given(vi_text, vi_text)
def test_case_is_the_last_difference(a, b):
    """Texts equal but for case sort next to each other: nothing else falls between them."""
    lower_a, lower_b = collation_key(a.lower()), collation_key(b.lower())
    if lower_a != lower_b:
        assert sign(collation_key(a), collation_key(b)) == sign(lower_a, lower_b)


@given(vi_text, vi_text, vi_text)
def test_order_is_transitive(a, b, c):
    ka, kb, kc = sorted([collation_key(a), collation_key(b), collation_key(c)])
    assert ka <= kb <= kc


@given(vi_word, st.lists(vi_letter, min_size=1, max_size=3).map("".join))
def test_a_word_sorts_before_its_extension(word, extension):
    assert collation_key(word) < collation_key(word + extension)
    assert collation_key(word) < collation_key(word + " " + extension)


@given(vi_text, vi_text)
def test_tones_only_break_ties_between_the_same_letters(a, b):
    bare_a, bare_b = without_tones(a).lower(), without_tones(b).lower()
    if bare_a != bare_b:
        assert sign(collation_key(a), collation_key(b)) == sign(
            collation_key(bare_a), collation_key(bare_b)
        )


@given(vi_word)
def test_tones_decide_between_the_same_letters(word):
    bare = without_tones(word)
    assume(bare != word)
    assert collation_key(bare) < collation_key(word)


def test_collation_key_is_ascii_before_its_last_level_for_sqlite():
    key = collation_key("Nguyễn Thị Ánh Đào")
    assert key.rsplit("\x01", 1)[0].isascii()


# ----------------------------------------------------------------------------- names


def test_split_name():
    assert split_name("Nguyễn Văn An") == ("Nguyễn Văn", "An")
    assert split_name("  An ") == ("", "An")


def roster(names, given=None):
    given = given or {}
    return sorted(names, key=lambda n: name_sort_key(n, given.get(n)))


def test_roster_order_given_name_first_then_family_and_middle():
    assert roster(["Trần Thị An", "Nguyễn Văn An"]) == ["Nguyễn Văn An", "Trần Thị An"]
    assert roster(["Trần Thị Bình", "Nguyễn Văn An", "Lê Ấn", "Bùi Anh"]) == [
        "Nguyễn Văn An",
        "Bùi Anh",
        "Lê Ấn",
        "Trần Thị Bình",
    ]


def test_people_sharing_a_given_name_stand_together():
    """The given name is compared whole, tones too, before the family name."""
    names = ["Nguyễn Văn Án", "Trần Văn An", "Bùi Thị An", "Lê Án"]
    assert roster(names) == ["Bùi Thị An", "Trần Văn An", "Lê Án", "Nguyễn Văn Án"]


def test_a_single_word_name_sorts_first_among_its_given_name():
    assert roster(["Nguyễn An", "An"]) == ["An", "Nguyễn An"]


def test_given_name_override_for_central_highlands_names():
    names = ["Y Phôn Ksơr", "Nguyễn Văn Quang", "Trần Thị Lan"]
    assert roster(names, {"Y Phôn Ksơr": "Phôn"}) == [
        "Trần Thị Lan",
        "Y Phôn Ksơr",
        "Nguyễn Văn Quang",
    ]
    # Without the override the last word decides: Ksơr comes before Lan.
    assert roster(names) == ["Y Phôn Ksơr", "Trần Thị Lan", "Nguyễn Văn Quang"]
    # The family name "Y Ksơr" then orders people sharing the given name Phôn.
    assert roster(["Y Phôn Ksơr", "A Phôn"], {"Y Phôn Ksơr": "Phôn"}) == [
        "A Phôn",
        "Y Phôn Ksơr",
    ]


def test_override_equal_to_the_last_word_changes_nothing():
    assert name_sort_key("Nguyễn Văn An", "An") == name_sort_key("Nguyễn Văn An")
    assert name_sort_key("Nguyễn Văn An", "  an ") != name_sort_key("Nguyễn Văn An", "Nguyễn")


@given(vi_text)
def test_name_sort_key_is_the_same_for_nfd(name):
    assert name_sort_key(nfd(name)) == name_sort_key(name)


@given(vi_text, vi_text)
def test_name_sort_key_compares_given_names_first(a, b):
    given_a, given_b = split_name(a)[1], split_name(b)[1]
    if collation_key(given_a) != collation_key(given_b):
        assert sign(name_sort_key(a), name_sort_key(b)) == sign(
            collation_key(given_a), collation_key(given_b)
        )


@given(vi_text, vi_text)
def test_equal_name_keys_mean_equal_names(a, b):
    assert (name_sort_key(a) == name_sort_key(b)) == (clean(a) == clean(b))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("NGUYỄN VĂN ẤN", "Nguyễn Văn Ấn"),
        ("nguyễn văn ấn", "Nguyễn Văn Ấn"),
        ("h' hen niê", "H' Hen Niê"),
        ("H'HEN NIÊ", "H'Hen Niê"),
        ("đặng thị đào", "Đặng Thị Đào"),
        ("  trần   thị  ", "Trần Thị"),
        ("Y Phôn KSƠR", "Y Phôn KSƠR"),  # mixed case is kept
        ("McDonald nguyễn", "McDonald nguyễn"),
        (nfd("NGUYỄN"), "Nguyễn"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalise_name(typed, stored):
    assert normalise_name(typed) == stored


@given(vi_text)
def test_normalise_name_is_idempotent_and_clean(name):
    once = normalise_name(name)
    assert normalise_name(once) == once
    assert clean(once) == once
    assert fold(once) == fold(name)
