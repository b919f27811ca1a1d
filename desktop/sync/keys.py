"""A site's keys: Ed25519 to sign the bundles it sends, X25519 to open the bundles sent to it.

A site is an office (KRG01) or the regional centre. Its public identity (code and both public
keys) is exchanged once, at enrolment, and compared by phone through its fingerprint; the
private half never leaves the site's database. docs/bundle-format.md specifies the encodings.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from desktop.core.errors import DomainError
from desktop.core.messages import problem
from desktop.core.office import CODE_PATTERN

KEY_BYTES = 32
# Crockford's base32: no I, L, O or U, so a fingerprint read over the phone cannot be misheard
# as another letter or a digit.
FINGERPRINT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
FINGERPRINT_GROUPS = 5  # 5 groups of 4 characters of 5 bits: the first 100 bits of the hash
FINGERPRINT_PATTERN = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$")
_FINGERPRINT_DOMAIN = b"KELISIM-SITE-IDENTITY-1\x00"
_HEX = re.compile(r"^[0-9a-f]{64}$")


class KeyFileError(DomainError):
    """Stored or exchanged key material is not what a Kelisim site key must be."""


def fingerprint(code: str, sign_key: bytes, box_key: bytes) -> str:
    """SHA-256 of the code and both public keys, its first 100 bits as 5 groups of 4 symbols."""
    encoded = code.encode("ascii")
    digest = hashlib.sha256(
        _FINGERPRINT_DOMAIN + bytes([len(encoded)]) + encoded + sign_key + box_key).digest()
    bits = int.from_bytes(digest[:13], "big") >> 4  # 104 bits -> the first 100
    symbols = [FINGERPRINT_ALPHABET[(bits >> (5 * i)) & 31]
               for i in reversed(range(4 * FINGERPRINT_GROUPS))]
    return "-".join("".join(symbols[i:i + 4]) for i in range(0, len(symbols), 4))


@dataclass(frozen=True)
class PublicIdentity:
    code: str
    sign_key: bytes
    box_key: bytes

    def __post_init__(self) -> None:
        _check_code(self.code)
        _check_key(self.sign_key, "sign_key")
        _check_key(self.box_key, "box_key")
        try:
            # A low-order X25519 point makes every shared secret zero: nothing sealed to it would
            # be secret. cryptography refuses such a point in an exchange, so ask it.
            x25519.X25519PrivateKey.generate().exchange(
                x25519.X25519PublicKey.from_public_bytes(self.box_key))
        except ValueError:
            raise KeyFileError(problem(
                "the site key of {code}: box_key is not a usable X25519 public key",
                code=self.code)) from None

    def fingerprint(self) -> str:
        return fingerprint(self.code, self.sign_key, self.box_key)

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "sign_key": self.sign_key.hex(),
                "box_key": self.box_key.hex(), "fingerprint": self.fingerprint()}

    @classmethod
    def from_dict(cls, d: Any) -> PublicIdentity:
        """The identity a to_dict made; the fingerprint, when present, must match the keys."""
        values = _fields(d, required=("code", "sign_key", "box_key"), optional=("fingerprint",),
                         what=problem("a public site key"))
        identity = cls(values["code"], _unhex(values, "sign_key"), _unhex(values, "box_key"))
        if "fingerprint" in values and values["fingerprint"] != identity.fingerprint():
            raise KeyFileError(problem(
                "the site key of {code}: its fingerprint {written} does not match its keys "
                "({actual}); the key was altered or copied wrongly",
                code=identity.code, written=values["fingerprint"],
                actual=identity.fingerprint()))
        return identity


@dataclass(frozen=True)
class SiteKeys:
    code: str
    sign_private: bytes = field(repr=False)  # never in a log or a traceback
    box_private: bytes = field(repr=False)

    def __post_init__(self) -> None:
        _check_code(self.code)
        _check_key(self.sign_private, "sign_private")
        _check_key(self.box_private, "box_private")

    @classmethod
    def generate(cls, code: str) -> SiteKeys:
        return cls(code, ed25519.Ed25519PrivateKey.generate().private_bytes_raw(),
                   x25519.X25519PrivateKey.generate().private_bytes_raw())

    @property
    def public(self) -> PublicIdentity:
        return PublicIdentity(self.code, self.signer().public_key().public_bytes_raw(),
                              self.box().public_key().public_bytes_raw())

    def signer(self) -> ed25519.Ed25519PrivateKey:
        return ed25519.Ed25519PrivateKey.from_private_bytes(self.sign_private)

    def box(self) -> x25519.X25519PrivateKey:
        return x25519.X25519PrivateKey.from_private_bytes(self.box_private)

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "sign_private": self.sign_private.hex(),
                "box_private": self.box_private.hex()}

    @classmethod
    def from_dict(cls, d: Any) -> SiteKeys:
        values = _fields(d, required=("code", "sign_private", "box_private"), optional=(),
                         what=problem("the site's private keys"))
        return cls(values["code"], _unhex(values, "sign_private"), _unhex(values, "box_private"))


def _check_code(code: Any) -> None:
    if not isinstance(code, str) or not CODE_PATTERN.match(code):
        raise KeyFileError(problem(
            "a site key's code must be 2 to 12 Latin capital letters or digits, e.g. KRG01"))


def _check_key(value: Any, name: str) -> None:
    if not isinstance(value, bytes) or len(value) != KEY_BYTES:
        raise KeyFileError(problem("a site key's {field} must be {count} bytes", field=name,
                                   count=KEY_BYTES))


def _fields(d: Any, *, required: tuple[str, ...], optional: tuple[str, ...],
            what: str) -> dict[str, str]:
    """The string fields of a stored key, all of the required ones and no unknown one."""
    if not isinstance(d, dict):
        raise KeyFileError(problem("{what} is not a set of named fields", what=what))
    for name in required:
        if name not in d:
            raise KeyFileError(problem("{what} lacks the field {field}", what=what, field=name))
    for name, value in d.items():
        if name not in required and name not in optional:
            raise KeyFileError(problem("{what} has an unknown field {field}", what=what,
                                       field=repr(name)[:40]))
        if not isinstance(value, str):
            raise KeyFileError(problem("{what}: the field {field} must be text", what=what,
                                       field=name))
    return d


def _unhex(values: dict[str, str], name: str) -> bytes:
    if not _HEX.match(values[name]):
        raise KeyFileError(problem(
            "a site key's {field} must be {count} hexadecimal digits (0-9, a-f)", field=name,
            count=2 * KEY_BYTES))
    return bytes.fromhex(values[name])
