"""The office's signing key: made with a passphrase, kept PKCS#8-encrypted, registered upward.

Only the public key and its fingerprint ever leave the machine: in the registration file (a
self-signed JSON object the superior pins) and on the printed fingerprint sheet. A rotation is a
new registration signed by the new key and by the old one.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
    load_pem_private_key,
)

from doan_desktop.core.messages import translate
from doan_desktop.exchange import canonical
from doan_desktop.exchange.minisign import MinisignError, PublicKey, sign, verify

REGISTRATION_FORMAT = "doan-desktop/key-registration"
REGISTRATION_VERSION = 1
MIN_PASSPHRASE = 8


class WrongPassphrase(Exception):
    def __init__(self):
        super().__init__(translate("Keys", "The passphrase is wrong. Nothing was signed."))


class RegistrationError(ValueError):
    """A registration file that is malformed or whose signatures do not verify."""


@dataclass(frozen=True)
class KeyPair:
    key_id: bytes
    public: PublicKey
    private_pem: bytes  # PKCS#8, encrypted with the passphrase


def check_passphrase(passphrase: str) -> str | None:
    if len(passphrase) < MIN_PASSPHRASE:
        return translate("Keys", "The passphrase must have at least {n} characters.").format(
            n=MIN_PASSPHRASE
        )
    return None


def generate(passphrase: str) -> KeyPair:
    problem = check_passphrase(passphrase)
    if problem:
        raise ValueError(problem)
    private = Ed25519PrivateKey.generate()
    key_id = os.urandom(8)
    pem = private.private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(passphrase.encode("utf-8"))
    )
    return KeyPair(key_id, PublicKey.from_private(key_id, private), pem)


def unlock(private_pem: bytes, passphrase: str) -> Ed25519PrivateKey:
    try:
        key = load_pem_private_key(private_pem, passphrase.encode("utf-8"))
    except (ValueError, TypeError) as error:
        raise WrongPassphrase() from error
    if not isinstance(key, Ed25519PrivateKey):
        raise WrongPassphrase()
    return key


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
    """Parse and verify a registration file (its own signature, and the previous key's)."""
    try:
        document = canonical.loads_strict(data)
    except canonical.JsonRejected as error:
        raise RegistrationError(str(error)) from error
    if not isinstance(document, dict) or document.get("format") != REGISTRATION_FORMAT:
        raise RegistrationError("not a doan-desktop key registration")
    try:
        signatures = document.pop("signatures")
        public = PublicKey.from_line(document["minisign_public_key"])
        if base64.b64decode(document["public_key"]) != public.raw:
            raise RegistrationError("public_key and minisign_public_key differ")
        previous = (
            PublicKey.from_line(document["previous_public_key"])
            if document.get("previous_public_key")
            else None
        )
        message = canonical.dumps(document)
        by_key = {s["key_id"]: s["minisig"] for s in signatures}
        for required in [public] + ([previous] if previous else []):
            if required.key_id_hex not in by_key:
                raise RegistrationError(f"missing the signature of key {required.key_id_hex}")
            verify(message, by_key[required.key_id_hex], required)
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
        raise RegistrationError(f"malformed registration: {error}") from error
