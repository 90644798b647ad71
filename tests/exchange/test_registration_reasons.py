"""A key registration that cannot be trusted says why in a sentence of the messages' language,
never a parser's code or an English detail inside a Vietnamese sentence."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from doan_desktop.core import messages
from doan_desktop.exchange import canonical
from doan_desktop.exchange.keys import (
    RegistrationError,
    generate,
    read_registration,
    registration,
)

CREATED = dt.datetime(2026, 11, 25, 3, 0, tzinfo=dt.UTC)


def _registration(previous: bool = False) -> bytes:
    key, private = generate()
    old = generate() if previous else None
    return registration("HP-DL-01", "Hòa Phú", key, private, CREATED, old)


def _changed(data: bytes, change) -> bytes:
    document = json.loads(data)
    change(document)
    return canonical.dumps(document)


def _drop_second_signature(document):
    document["signatures"] = document["signatures"][:1]


def _reason(data: bytes) -> str:
    with pytest.raises(RegistrationError) as raised:
        read_registration(data)
    return str(raised.value)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"abc\xff", "is not a key registration as this program writes it (INVALID)"),
        (b'{"a": 1}', "is not a key registration as this program writes it"),
        (canonical.dumps({"format": "other"}), "is not a doan-desktop key registration"),
    ],
)
def test_a_file_that_is_no_registration(data, expected):
    assert expected in _reason(data)


def test_each_fault_of_a_registration_has_its_sentence():
    data = _registration(previous=True)
    assert read_registration(data).unit_code == "HP-DL-01"
    changed = _changed(data, lambda d: d.update(unit_name="Hòa Phú 2"))
    assert "does not match the contents: the file was changed after it was signed" in _reason(
        changed
    )
    missing = _changed(data, _drop_second_signature)
    assert "it lacks the signature of key" in _reason(missing)
    no_key = _changed(data, lambda d: d.pop("minisign_public_key"))
    assert _reason(no_key) == "the field minisign_public_key is missing"
    bad_key = _changed(data, lambda d: d.update(minisign_public_key="RWRnot-a-key"))
    assert _reason(bad_key) == "a public key in it is malformed"


def test_the_reason_is_translated_like_every_message(monkeypatch):
    # Whatever the translator gives back is what the clerk reads: nothing stays in English.
    monkeypatch.setattr(messages, "_translator", lambda context, text: f"[{context}] {text}")
    changed = _changed(_registration(), lambda d: d.update(unit_name="Khác"))
    assert _reason(changed).startswith("[Keys] the signature of key ")
