"""The key file: scrypt and AES-GCM around the raw Ed25519 key, with its header as associated
data; a wrong passphrase, a changed byte or another key's file opens nothing."""

import base64
import json
import subprocess
import sys
import unicodedata

import pytest
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    NoEncryption,
    PrivateFormat,
)

from doan_desktop.exchange import canonical, keys
from doan_desktop.exchange.keys import KeyFileError, KeyFileMismatch, WrongPassphrase

PASSPHRASE = "correct horse battery"


@pytest.fixture
def made():
    pair, private = keys.generate()
    return pair, private, keys.wrap(private, pair.public, PASSPHRASE)


def _raw(private) -> bytes:
    return private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _edit(data: bytes, **fields) -> bytes:
    document = json.loads(data)
    document.update(fields)
    return canonical.dumps(document)


def test_round_trip(made):
    pair, private, data = made
    opened, key_file = keys.unwrap(data, PASSPHRASE, pair.public)
    assert _raw(opened) == _raw(private)
    assert key_file.public == pair.public
    document = json.loads(data)
    assert document["format"] == "doan-desktop-key" and document["version"] == 2
    assert document["key_id"] == pair.public.key_id_hex
    assert document["kdf"] == "scrypt" and document["cipher"] == "aes-256-gcm"
    # Neither the raw key nor the passphrase appears in the file.
    assert _raw(private) not in data and base64.b64encode(_raw(private)) not in data
    assert PASSPHRASE.encode() not in data


def test_the_same_key_wraps_differently_each_time(made):
    pair, private, data = made
    again = keys.wrap(private, pair.public, PASSPHRASE)
    assert json.loads(again)["salt"] != json.loads(data)["salt"]
    assert json.loads(again)["ciphertext"] != json.loads(data)["ciphertext"]


def test_the_default_is_scrypt_at_128_mib(monkeypatch):
    """Production strength: n=2**17, r=8, p=1, read back from a file written with the default
    (tests/conftest.py makes it cheap for every other test; a fresh interpreter shows the
    module's own default)."""
    program = "from doan_desktop.exchange import keys; print(keys.KDF == keys.STRONG_KDF)"
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert done.stdout.strip() == "True", done.stderr
    assert keys.STRONG_KDF == keys.KdfParams(n=2**17, r=8, p=1)
    monkeypatch.setattr(keys, "KDF", keys.STRONG_KDF)
    assert keys.STRONG_KDF.memory == 128 * 2**20
    pair, private = keys.generate()
    data = keys.wrap(private, pair.public, PASSPHRASE)
    document = json.loads(data)
    assert (document["n"], document["r"], document["p"]) == (2**17, 8, 1)
    assert document["n"] >= 2**15
    assert len(base64.b64decode(document["salt"])) == 16
    opened, key_file = keys.unwrap(data, PASSPHRASE, pair.public)
    assert key_file.kdf == keys.STRONG_KDF and _raw(opened) == _raw(private)


def test_a_wrong_passphrase_opens_nothing(made):
    pair, _, data = made
    with pytest.raises(WrongPassphrase, match="passphrase is wrong"):
        keys.unwrap(data, PASSPHRASE + "x", pair.public)
    with pytest.raises(WrongPassphrase):
        keys.unwrap(data, "", pair.public)


def test_the_passphrase_opens_whichever_way_the_accents_were_typed():
    pair, private = keys.generate()
    typed = "Đoàn xã Hòa Phú năm 2026"
    data = keys.wrap(private, pair.public, unicodedata.normalize("NFD", typed))
    opened, _ = keys.unwrap(data, unicodedata.normalize("NFC", typed), pair.public)
    assert _raw(opened) == _raw(private)


@pytest.mark.parametrize("field", ["ciphertext", "salt", "nonce"])
def test_a_changed_byte_opens_nothing(made, field):
    pair, _, data = made
    value = bytearray(base64.b64decode(json.loads(data)[field]))
    value[3] ^= 0x01
    tampered = _edit(data, **{field: base64.b64encode(bytes(value)).decode()})
    with pytest.raises(WrongPassphrase):
        keys.unwrap(tampered, PASSPHRASE, pair.public)


def test_lowered_kdf_parameters_open_nothing(made):
    """The parameters are associated data: a file edited to cheaper ones does not open."""
    pair, _, data = made
    document = json.loads(data)
    with pytest.raises(WrongPassphrase):
        keys.unwrap(_edit(data, n=document["n"] // 2), PASSPHRASE, pair.public)


def test_another_keys_file_is_named_as_such(made):
    pair, _, _ = made
    other, other_private = keys.generate()
    other_file = keys.wrap(other_private, other.public, PASSPHRASE)
    with pytest.raises(KeyFileMismatch, match=other.public.key_id_hex):
        keys.unwrap(other_file, PASSPHRASE, pair.public)


def test_a_swapped_public_key_opens_nothing(made):
    """Another key's file, its header rewritten to claim this office's key: the header no
    longer matches what was sealed, so it does not open (and would not pass the key check)."""
    pair, _, _ = made
    other, other_private = keys.generate()
    forged = _edit(
        keys.wrap(other_private, other.public, PASSPHRASE),
        key_id=pair.public.key_id_hex,
        minisign_public_key=pair.public.line(),
        public_key=base64.b64encode(pair.public.raw).decode(),
    )
    assert keys.read_key_file(forged).public == pair.public
    with pytest.raises(WrongPassphrase):
        keys.unwrap(forged, PASSPHRASE, pair.public)


def test_a_private_key_is_wrapped_only_with_its_own_public_key(made):
    pair, _, _ = made
    _, other_private = keys.generate()
    with pytest.raises(ValueError, match="does not belong"):
        keys.wrap(other_private, pair.public, PASSPHRASE)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: b"not json", "not a key file"),
        (lambda d: _edit(d, format="something-else"), "not a doan-desktop key file"),
        (lambda d: _edit(d, version=3), "version 3"),
        (lambda d: _edit(d, kdf="pbkdf2"), "unknown key derivation"),
        (lambda d: _edit(d, cipher="aes-128-cbc"), "unknown cipher"),
        (lambda d: _edit(d, n=1000), "out of range"),
        (lambda d: _edit(d, n=2**24, r=8), "MiB of memory"),
        (lambda d: _edit(d, r="8"), "'r' is missing or not an integer"),
        (lambda d: _edit(d, salt="!!"), "not base64"),
        (lambda d: _edit(d, nonce=base64.b64encode(b"short").decode()), "'nonce' has 5 bytes"),
        (lambda d: _edit(d, key_id="0000000000000000"), "key_id and minisign_public_key"),
        (lambda d: _edit(d, public_key=base64.b64encode(bytes(32)).decode()), "differ"),
        (lambda d: _edit(d, comment="hello"), "unexpected fields"),
        (lambda d: d.replace(b'{"cipher"', b'{"n":2,"cipher"'), "appears twice"),
        (lambda d: b"\xff" + d, "not a key file"),
    ],
)
def test_a_malformed_file_says_what_is_wrong(made, change, message):
    pair, _, data = made
    with pytest.raises(KeyFileError, match=message):
        keys.unwrap(change(data), PASSPHRASE, pair.public)


def test_a_reformatted_file_still_opens(made):
    pair, private, data = made
    for variant in (data + b"\r\n", json.dumps(json.loads(data), indent=2).encode()):
        opened, _ = keys.unwrap(variant, PASSPHRASE, pair.public)
        assert _raw(opened) == _raw(private)


def test_the_old_pkcs8_key_still_opens():
    """Version 1, as older versions made it: PKCS#8 with BestAvailableEncryption."""
    pair, private = keys.generate()
    pem = private.private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(PASSPHRASE.encode())
    )
    assert _raw(keys.unlock_pkcs8(pem, PASSPHRASE, pair.public)) == _raw(private)
    with pytest.raises(WrongPassphrase):
        keys.unlock_pkcs8(pem, "not the passphrase", pair.public)
    other, _ = keys.generate()
    with pytest.raises(KeyFileMismatch):
        keys.unlock_pkcs8(pem, PASSPHRASE, other.public)
