"""The strict JSON reader of received files: its fast check (the standard library's compact
sorted form) accepts exactly what RFC 8785's serialiser (the ``rfc8785`` package) accepts."""

from __future__ import annotations

import json

import pytest
import rfc8785
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from doan_desktop.exchange import canonical
from doan_desktop.exchange.canonical import JsonRejected, loads_strict

# Text with what tells serialisers apart: controls, quotes, backslashes, DEL, U+2028, characters
# just below and beyond U+FFFF (whose order differs between UTF-16 and code points),
# Vietnamese letters precomposed and decomposed, a lone surrogate.
ALPHABET = st.sampled_from(
    list(
        '\x00\x01\x1f "\\/\x7f\u2028\u2029\ue000\uffff\U00010000\U0001f600aAzđĐễệe\u0301\u0303\ud800'
    )
)
TEXT = st.text(ALPHABET, max_size=8)
SAFE_INT = st.integers(-canonical.MAX_SAFE_INTEGER, canonical.MAX_SAFE_INTEGER)
VALUES = st.recursive(
    st.none() | st.booleans() | SAFE_INT | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)


def reference(data: bytes):
    """loads_strict as it was: every member re-serialised by the rfc8785 package."""
    value = json.loads(data.decode("utf-8"))
    try:
        return rfc8785.dumps(value) == data
    except (rfc8785.CanonicalizationError, UnicodeEncodeError):  # a lone surrogate
        return False


def accepted(data: bytes) -> bool:
    try:
        loads_strict(data)
    except JsonRejected:
        return False
    return True


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_canonical_bytes_are_accepted_and_read_back(value):
    try:
        data = rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, UnicodeEncodeError):  # a lone surrogate
        assume(False)
    assert loads_strict(data) == value


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_other_layouts_of_the_same_value_are_judged_as_rfc8785_judges_them(value):
    layouts = [
        json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
        json.dumps(value, ensure_ascii=False, separators=(",", ":")),
        json.dumps(value, ensure_ascii=True, separators=(",", ":"), sort_keys=True),
        json.dumps(value, ensure_ascii=False, sort_keys=True),
    ]
    for text in layouts:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate cannot be UTF-8 text
            continue
        assert accepted(data) == reference(data), text


def test_keys_beyond_the_basic_plane_are_ordered_by_utf16():
    # By code point U+E000 sorts before U+1F600; by UTF-16 (D83D DE00) it sorts after.
    value = {"\ue000": 1, "\U0001f600": 2}
    assert loads_strict(rfc8785.dumps(value)) == value
    by_code_point = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    with pytest.raises(JsonRejected) as refused:
        loads_strict(by_code_point.encode("utf-8"))
    assert refused.value.code == "NOT_CANONICAL"


@pytest.mark.parametrize("data", [b'{"a":"\\ud800"}', b'{"\\udfff":1}', b'["\\ud83d"]'])
def test_a_lone_surrogate_is_refused_as_not_canonical(data):
    with pytest.raises(JsonRejected) as refused:
        loads_strict(data)
    assert refused.value.code == "NOT_CANONICAL"
