"""Ed25519 signatures in minisign's format, so that the stock ``minisign -V`` tool verifies them.

The format (minisign's documentation, "Signature format"): a public key is
base64("Ed" ‖ key id (8 bytes) ‖ public key (32)); a signature file holds an untrusted comment,
base64("ED" ‖ key id ‖ Ed25519(BLAKE2b-512(message))), a trusted comment, and base64 of a
global signature: Ed25519(signature ‖ trusted comment). "ED" is the prehashed variant; the older
"Ed" (message signed directly) is accepted when verifying, never produced.

The Ed25519 arithmetic is the ``cryptography`` package's; this module only lays out the bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

KEY_ALGORITHM = b"Ed"
PREHASHED = b"ED"
LEGACY = b"Ed"
UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "


class MinisignError(ValueError):
    """A malformed key or signature, or a signature that does not verify."""


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes
    raw: bytes  # 32 bytes

    @property
    def key_id_hex(self) -> str:
        """As minisign prints it: the key id read as a little-endian 64-bit number, in hex."""
        return f"{int.from_bytes(self.key_id, 'little'):016X}"

    def line(self) -> str:
        """The one-line form ``minisign -P`` takes."""
        return base64.b64encode(KEY_ALGORITHM + self.key_id + self.raw).decode("ascii")

    def file_text(self) -> str:
        return f"{UNTRUSTED}minisign public key {self.key_id_hex}\n{self.line()}\n"

    @classmethod
    def from_line(cls, line: str) -> PublicKey:
        try:
            blob = base64.b64decode(line.strip(), validate=True)
        except (binascii.Error, ValueError) as error:
            raise MinisignError("public key is not base64") from error
        if len(blob) != 42 or blob[:2] != KEY_ALGORITHM:
            raise MinisignError("not a minisign Ed25519 public key")
        return cls(blob[2:10], blob[10:])

    @classmethod
    def from_private(cls, key_id: bytes, private: Ed25519PrivateKey) -> PublicKey:
        raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return cls(key_id, raw)


@dataclass(frozen=True)
class Signature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str = ""


def _prehash(message: bytes) -> bytes:
    return hashlib.blake2b(message, digest_size=64).digest()


def sign(
    message: bytes,
    private: Ed25519PrivateKey,
    key_id: bytes,
    trusted_comment: str,
    untrusted_comment: str = "signature from doan-desktop",
) -> str:
    """The text of a ``.minisig`` file for ``message``."""
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise MinisignError("a trusted comment is one line")
    signature = private.sign(_prehash(message))
    global_signature = private.sign(signature + trusted_comment.encode("utf-8"))
    return (
        f"{UNTRUSTED}{untrusted_comment}\n"
        f"{base64.b64encode(PREHASHED + key_id + signature).decode('ascii')}\n"
        f"{TRUSTED}{trusted_comment}\n"
        f"{base64.b64encode(global_signature).decode('ascii')}\n"
    )


def parse_signature(text: str) -> Signature:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 4 or not lines[0].startswith(UNTRUSTED) or not lines[2].startswith(TRUSTED):
        raise MinisignError("not a minisign signature file")
    try:
        blob = base64.b64decode(lines[1], validate=True)
        global_signature = base64.b64decode(lines[3], validate=True)
    except (binascii.Error, ValueError) as error:
        raise MinisignError("signature is not base64") from error
    if len(blob) != 74 or blob[:2] not in (PREHASHED, LEGACY) or len(global_signature) != 64:
        raise MinisignError("malformed minisign signature")
    return Signature(
        algorithm=blob[:2],
        key_id=blob[2:10],
        signature=blob[10:],
        trusted_comment=lines[2][len(TRUSTED) :],
        global_signature=global_signature,
        untrusted_comment=lines[0][len(UNTRUSTED) :],
    )


def verify(message: bytes, signature_text: str, public_key: PublicKey) -> Signature:
    """Check the signature and the trusted comment; return the parsed signature or raise."""
    parsed = parse_signature(signature_text)
    if parsed.key_id != public_key.key_id:
        raise MinisignError("signed with another key")
    key = Ed25519PublicKey.from_public_bytes(public_key.raw)
    signed = _prehash(message) if parsed.algorithm == PREHASHED else message
    try:
        key.verify(parsed.signature, signed)
        key.verify(
            parsed.global_signature, parsed.signature + parsed.trusted_comment.encode("utf-8")
        )
    except InvalidSignature as error:
        raise MinisignError("signature does not verify") from error
    return parsed
