"""The office's signing key: made with a passphrase, kept wrapped in its own file, registered
upward.

Only the public key and its fingerprint ever leave the machine: in the registration file (a
self-signed JSON object the superior pins) and on the printed fingerprint sheet. A rotation is a
new registration signed by the new key and by the old one.

The key file (version 2) is canonical JSON holding the raw 32-byte Ed25519 private key sealed
with AES-256-GCM under a key derived from the passphrase by scrypt. The KDF parameters, salt,
key id and public key travel in the file and are the cipher's associated data, so a file whose
header was changed, or that belongs to another key, does not open. Version 1 was PKCS#8 with
PBKDF2 at 2,048 iterations (``BestAvailableEncryption``), kept in the database; it is only read
now, to move it into a version-2 file (``unlock_pkcs8``).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from doan_desktop.core.messages import translate
from doan_desktop.exchange import canonical
from doan_desktop.exchange.minisign import MinisignError, PublicKey, sign, verify

REGISTRATION_FORMAT = "doan-desktop/key-registration"
REGISTRATION_VERSION = 1
MIN_PASSPHRASE = 8

KEY_FILE_FORMAT = "doan-desktop-key"
KEY_FILE_VERSION = 2
CIPHER = "aes-256-gcm"
SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True)
class KdfParams:
    """scrypt's cost: memory is 128 · r · n bytes, and the time grows with n · r · p."""

    n: int
    r: int
    p: int

    @property
    def memory(self) -> int:
        return 128 * self.r * self.n

    @property
    def cost(self) -> int:
        return self.n * self.r * self.p


# OWASP's figure for scrypt: 2**17 · 8 · 128 bytes = 128 MiB and about half a second on an
# ordinary PC, once per unlock. An old office PC with 2 GB of memory still has that to spare, and
# the clerk unlocks a few times a quarter; n = 2**15 (32 MiB) would cost an attacker four times less.
STRONG_KDF = KdfParams(n=2**17, r=8, p=1)
# What new key files are written with. Tests lower it (tests/conftest.py); nothing else should.
KDF = STRONG_KDF
# A key file asking for more than this is refused rather than allowed to exhaust the memory.
MAX_KDF_MEMORY = 1 << 30


class WrongPassphrase(Exception):
    def __init__(self):
        super().__init__(translate("Keys", "The passphrase is wrong. Nothing was signed."))


class RegistrationError(ValueError):
    """A registration file that is malformed or whose signatures do not verify."""


class KeyFileError(ValueError):
    """A key file that is not one, is damaged, or was written by a newer version."""


class KeyFileMismatch(KeyFileError):
    """A sound key file, of another key than the one asked for."""


@dataclass(frozen=True)
class KeyPair:
    key_id: bytes
    public: PublicKey


def check_passphrase(passphrase: str) -> str | None:
    if len(passphrase) < MIN_PASSPHRASE:
        return translate("Keys", "The passphrase must have at least {n} characters.").format(
            n=MIN_PASSPHRASE
        )
    return None


def generate() -> tuple[KeyPair, Ed25519PrivateKey]:
    private = Ed25519PrivateKey.generate()
    key_id = os.urandom(8)
    return KeyPair(key_id, PublicKey.from_private(key_id, private)), private


def _passphrase_bytes(passphrase: str) -> bytes:
    # Vietnamese input methods type "ế" as one code point or as three, depending on their
    # settings: the same passphrase typed on another PC must open the same file.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return Scrypt(salt=salt, length=32, n=params.n, r=params.r, p=params.p).derive(
        _passphrase_bytes(passphrase)
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class KeyFile:
    """A parsed key file: everything but the private key can be read without the passphrase."""

    public: PublicKey
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def header(self) -> dict:
        return {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "key_id": self.public.key_id_hex,
            "minisign_public_key": self.public.line(),
            "public_key": _b64(self.public.raw),
            "kdf": "scrypt",
            "n": self.kdf.n,
            "r": self.kdf.r,
            "p": self.kdf.p,
            "salt": _b64(self.salt),
            "cipher": CIPHER,
            "nonce": _b64(self.nonce),
        }

    def associated_data(self) -> bytes:
        return canonical.dumps(self.header())

    def dumps(self) -> bytes:
        return canonical.dumps({**self.header(), "ciphertext": _b64(self.ciphertext)})


def wrap(
    private: Ed25519PrivateKey,
    public: PublicKey,
    passphrase: str,
    kdf: KdfParams | None = None,
) -> bytes:
    """The key file of ``private`` (whose public half is ``public``), locked with ``passphrase``."""
    if PublicKey.from_private(public.key_id, private) != public:
        raise ValueError("the private key does not belong to the public key")
    kdf = kdf or KDF
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    sealed = KeyFile(public, kdf, salt, nonce, b"")
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    ciphertext = AESGCM(_derive(passphrase, salt, kdf)).encrypt(
        nonce, raw, sealed.associated_data()
    )
    return KeyFile(public, kdf, salt, nonce, ciphertext).dumps()


def _field(document: dict, name: str, kind: type):
    value = document.get(name)
    if not isinstance(value, kind) or isinstance(value, bool):
        expected = "an integer" if kind is int else "text"
        raise KeyFileError(f"the field {name!r} is missing or not {expected}")
    return value


def _bytes_field(document: dict, name: str, length: int) -> bytes:
    try:
        value = base64.b64decode(_field(document, name, str), validate=True)
    except (binascii.Error, ValueError) as error:
        raise KeyFileError(f"the field {name!r} is not base64") from error
    if len(value) != length:
        raise KeyFileError(f"the field {name!r} has {len(value)} bytes, not {length}")
    return value


def _kdf(document: dict) -> KdfParams:
    if document.get("kdf") != "scrypt":
        raise KeyFileError(f"unknown key derivation {document.get('kdf')!r}")
    params = KdfParams(
        _field(document, "n", int), _field(document, "r", int), _field(document, "p", int)
    )
    if (
        params.n < 2
        or params.n & (params.n - 1)
        or not 1 <= params.r <= 64
        or not 1 <= params.p <= 16
    ):
        raise KeyFileError(
            f"scrypt parameters out of range (n={params.n}, r={params.r}, p={params.p})"
        )
    if params.memory > MAX_KDF_MEMORY:
        raise KeyFileError(f"scrypt parameters asking for {params.memory >> 20} MiB of memory")
    return params


def _single_keys(pairs: list[tuple[str, object]]) -> dict:
    document = dict(pairs)
    if len(document) != len(pairs):
        raise ValueError("a field appears twice")
    return document


def read_key_file(data: bytes) -> KeyFile:
    """Parse a key file (no passphrase needed); KeyFileError if it is not a sound one."""
    try:
        # Not necessarily canonical (an editor may have re-indented it): the associated data
        # is made again from the fields read. A field twice, though, is refused.
        document = json.loads(data.decode("utf-8"), object_pairs_hook=_single_keys)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise KeyFileError(f"not a key file ({error})") from error
    if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
        raise KeyFileError("not a doan-desktop key file")
    version = document.get("version")
    if version != KEY_FILE_VERSION:
        raise KeyFileError(f"key file version {version!r}; this program reads version 2")
    if document.get("cipher") != CIPHER:
        raise KeyFileError(f"unknown cipher {document.get('cipher')!r}")
    try:
        public = PublicKey.from_line(_field(document, "minisign_public_key", str))
    except MinisignError as error:
        raise KeyFileError(f"the public key is malformed ({error})") from error
    if _bytes_field(document, "public_key", 32) != public.raw:
        raise KeyFileError("public_key and minisign_public_key differ")
    if document.get("key_id") != public.key_id_hex:
        raise KeyFileError("key_id and minisign_public_key differ")
    key_file = KeyFile(
        public,
        _kdf(document),
        _bytes_field(document, "salt", SALT_BYTES),
        _bytes_field(document, "nonce", NONCE_BYTES),
        _bytes_field(document, "ciphertext", 32 + 16),
    )
    if set(document) != set(key_file.header()) | {"ciphertext"}:
        raise KeyFileError("unexpected fields in the key file")
    return key_file


def unwrap(data: bytes, passphrase: str, expected: PublicKey) -> tuple[Ed25519PrivateKey, KeyFile]:
    """The private key in a key file, and the file read. KeyFileMismatch if the file is of
    another key than ``expected``; WrongPassphrase if it does not open (a wrong passphrase, or a
    file changed since it was written: the cipher cannot tell the two apart)."""
    key_file = read_key_file(data)
    if key_file.public != expected:
        raise KeyFileMismatch(
            f"the file holds key {key_file.public.key_id_hex}, not {expected.key_id_hex}"
        )
    key = _derive(passphrase, key_file.salt, key_file.kdf)
    try:
        raw = AESGCM(key).decrypt(key_file.nonce, key_file.ciphertext, key_file.associated_data())
    except InvalidTag as error:
        raise WrongPassphrase() from error
    private = Ed25519PrivateKey.from_private_bytes(raw)
    if PublicKey.from_private(expected.key_id, private) != expected:
        raise KeyFileMismatch("the private key in the file does not match its public key")
    return private, key_file


def unlock_pkcs8(private_pem: bytes, passphrase: str, expected: PublicKey) -> Ed25519PrivateKey:
    """A version-1 key (PKCS#8, kept in the database). It was locked with the passphrase as
    typed; the NFC and NFD forms are tried too (2,048 iterations each cost nothing)."""
    forms = dict.fromkeys(
        [
            passphrase,
            unicodedata.normalize("NFC", passphrase),
            unicodedata.normalize("NFD", passphrase),
        ]
    )
    for form in forms:
        try:
            key = load_pem_private_key(private_pem, form.encode("utf-8"))
        except (ValueError, TypeError):
            continue
        if isinstance(key, Ed25519PrivateKey):
            if PublicKey.from_private(expected.key_id, key) != expected:
                raise KeyFileMismatch(
                    "the private key in the database does not match its public key"
                )
            return key
    raise WrongPassphrase()


def fingerprint(public: PublicKey) -> str:
    """SHA-256 of the raw public key in groups of four hex digits, for reading aloud or on paper."""
    digest = hashlib.sha256(public.raw).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def _body(
    unit_code: str,
    unit_name: str,
    public: PublicKey,
    created: dt.datetime,
    previous: PublicKey | None,
) -> dict:
    return {
        "format": REGISTRATION_FORMAT,
        "format_version": REGISTRATION_VERSION,
        "unit_code": unit_code,
        "unit_name": unit_name,
        "key_id": public.key_id_hex,
        "public_key": base64.b64encode(public.raw).decode("ascii"),
        "minisign_public_key": public.line(),
        "fingerprint": fingerprint(public),
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "previous_key_id": previous.key_id_hex if previous else None,
        "previous_public_key": previous.line() if previous else None,
    }


def registration(
    unit_code: str,
    unit_name: str,
    key: KeyPair,
    private: Ed25519PrivateKey,
    created: dt.datetime,
    previous: tuple[KeyPair, Ed25519PrivateKey] | None = None,
) -> bytes:
    """The registration file: canonical JSON, signed by the key (and by the previous key)."""
    body = _body(
        unit_code, unit_name, key.public, created, previous[0].public if previous else None
    )
    message = canonical.dumps(body)
    comment = f"key registration unit={unit_code} key={key.public.key_id_hex}"
    signatures = [
        {"key_id": key.public.key_id_hex, "minisig": sign(message, private, key.key_id, comment)}
    ]
    if previous:
        old, old_private = previous
        signatures.append(
            {
                "key_id": old.public.key_id_hex,
                "minisig": sign(message, old_private, old.key_id, comment),
            }
        )
    return canonical.dumps({**body, "signatures": signatures})


@dataclass(frozen=True)
class Registration:
    unit_code: str
    unit_name: str
    public: PublicKey
    fingerprint: str
    created: str
    previous: PublicKey | None


def read_registration(data: bytes) -> Registration:
    """Parse and verify a registration file (its own signature, and the previous key's).
    RegistrationError says what is wrong in the clerk's language."""
    try:
        document = canonical.loads_strict(data)
    except canonical.JsonRejected as error:
        raise RegistrationError(
            translate(
                "Keys", "the file is not a key registration as this program writes it ({code})"
            ).format(code=error.code)
        ) from error
    if not isinstance(document, dict) or document.get("format") != REGISTRATION_FORMAT:
        raise RegistrationError(
            translate("Keys", "the file is not a doan-desktop key registration")
        )
    try:
        signatures = document.pop("signatures")
        public = PublicKey.from_line(document["minisign_public_key"])
        if base64.b64decode(document["public_key"]) != public.raw:
            raise RegistrationError(
                translate("Keys", "its two copies of the public key are not the same key")
            )
        previous = (
            PublicKey.from_line(document["previous_public_key"])
            if document.get("previous_public_key")
            else None
        )
        message = canonical.dumps(document)
        by_key = {s["key_id"]: s["minisig"] for s in signatures}
        for required in [public] + ([previous] if previous else []):
            if required.key_id_hex not in by_key:
                raise RegistrationError(
                    translate("Keys", "it lacks the signature of key {key}").format(
                        key=required.key_id_hex
                    )
                )
            try:
                verify(message, by_key[required.key_id_hex], required)
            except MinisignError as error:
                raise RegistrationError(
                    translate(
                        "Keys",
                        "the signature of key {key} does not match the contents: the file was "
                        "changed after it was signed",
                    ).format(key=required.key_id_hex)
                ) from error
        return Registration(
            unit_code=document["unit_code"],
            unit_name=document["unit_name"],
            public=public,
            fingerprint=fingerprint(public),
            created=document["created"],
            previous=previous,
        )
    except (KeyError, TypeError, ValueError, MinisignError) as error:
        if isinstance(error, RegistrationError):
            raise
        if isinstance(error, MinisignError):
            reason = translate("Keys", "a public key in it is malformed")
        elif isinstance(error, KeyError) and error.args:
            reason = translate("Keys", "the field {field} is missing").format(field=error.args[0])
        else:
            reason = translate("Keys", "a field of the registration is malformed")
        raise RegistrationError(reason) from error
