"""Canonical JSON (RFC 8785, the ``rfc8785`` package) and a strict reader for received files.

Signed bytes must be reproducible, so every JSON member of a report file is written canonically,
and a received member is accepted only if it *is* the canonical form of what it parses to:
no duplicate keys, no NaN or Infinity, no floats (decimals travel as strings), no integers beyond
what every JSON reader holds exactly (±(2^53 − 1)).
"""

from __future__ import annotations

import json
from typing import Any

import rfc8785

MAX_SAFE_INTEGER = 2**53 - 1
MAX_DEPTH = 32


class JsonRejected(ValueError):
    """Why a JSON member was refused; ``code`` is one of the DUPLICATE_KEY, NAN, FLOAT,
    BIG_INTEGER, NOT_CANONICAL, INVALID reasons below."""

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        super().__init__(f"{code}: {detail}" if detail else code)


def dumps(value: Any) -> bytes:
    return rfc8785.dumps(value)


def _pairs(pairs: list[tuple[str, Any]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):  # the rare case, looked at key by key
        seen = set()
        for key, _value in pairs:
            if key in seen:
                raise JsonRejected("DUPLICATE_KEY", key)
            seen.add(key)
    return result


def _constant(name: str):
    raise JsonRejected("NAN", name)


def _float(text: str):
    raise JsonRejected("FLOAT", text)


def _int(text: str) -> int:
    if len(text) > 20:
        raise JsonRejected("BIG_INTEGER", text[:24] + "…")
    value = int(text)
    if abs(value) > MAX_SAFE_INTEGER:
        raise JsonRejected("BIG_INTEGER", text)
    return value


def _depth(value: Any, level: int = 0) -> bool:
    """Refuse nesting beyond MAX_DEPTH; True when a key holds a character beyond U+FFFF."""
    if level > MAX_DEPTH:
        raise JsonRejected("INVALID", "nested too deeply")
    wide = False
    if isinstance(value, dict):
        for key, item in value.items():
            wide = _depth(item, level + 1) or wide or (bool(key) and max(key) > "\uffff")
    elif isinstance(value, list):
        for item in value:
            wide = _depth(item, level + 1) or wide
    return wide


def _compact(value: Any) -> bytes | None:
    """The standard library's sorted compact form, which is RFC 8785's for what loads_strict
    lets through (strings, integers within ±(2^53 − 1), true, false, null, arrays, objects):
    both escape the same characters the same way (", \\, and below U+0020, in lowercase hex)
    and write integers alike. Only key order can differ, for keys beyond U+FFFF (RFC 8785
    sorts UTF-16 code units, Python code points), which the caller checks. It is C code,
    some ten times faster than the ``rfc8785`` package's Python; None for what cannot be
    UTF-8 (a lone surrogate written as an escape)."""
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def loads_strict(data: bytes) -> Any:
    """Parse ``data``; raise JsonRejected unless it is canonical JSON of plain values."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise JsonRejected("INVALID", "not UTF-8") from error
    try:
        value = json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_constant=_constant,
            parse_float=_float,
            parse_int=_int,
        )
    except JsonRejected:
        raise
    except (ValueError, RecursionError) as error:
        raise JsonRejected("INVALID", str(error)) from error
    wide_keys = _depth(value)
    if not wide_keys and _compact(value) == data:
        return value
    # Not canonical, or keys whose order only RFC 8785's own serialiser may judge.
    try:
        canonical = dumps(value)
    except (rfc8785.CanonicalizationError, UnicodeEncodeError) as error:
        # A lone surrogate, written as an escape in a key or a text: not UTF-8 text.
        raise JsonRejected("NOT_CANONICAL", str(error)) from error
    if canonical != data:
        raise JsonRejected("NOT_CANONICAL")
    return value


def json_loads_lenient(data: bytes) -> Any:
    """Parse JSON that need not be canonical (what a refused file claims), still refusing
    duplicate keys, NaN and deep nesting; ValueError if it is not JSON."""
    try:
        text = data.decode("utf-8")
        value = json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    except (UnicodeDecodeError, RecursionError) as error:
        raise ValueError(str(error)) from error
    _depth(value)
    return value
