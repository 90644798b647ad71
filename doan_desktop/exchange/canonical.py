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
    result = {}
    for key, value in pairs:
        if key in result:
            raise JsonRejected("DUPLICATE_KEY", key)
        result[key] = value
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


def _depth(value: Any, level: int = 0) -> None:
    if level > MAX_DEPTH:
        raise JsonRejected("INVALID", "nested too deeply")
    if isinstance(value, dict):
        for item in value.values():
            _depth(item, level + 1)
    elif isinstance(value, list):
        for item in value:
            _depth(item, level + 1)


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
    _depth(value)
    if dumps(value) != data:
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
