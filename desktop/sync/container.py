"""The sync bundle file: a manifest in the clear, parts encrypted to the recipient, all signed.

docs/bundle-format.md specifies the bytes; this module is its reference implementation. Reading
never trusts a length before checking it against a limit and the file's real size, and refuses
everything it cannot verify with a `BundleRefused` whose message says what and where. What the
parts hold, and what is done with them, is for the callers (docs/sync.md).
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import os
import re
import secrets
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from desktop.core.errors import DomainError
from desktop.core.files import atomic_write
from desktop.core.messages import Text, problem
from desktop.core.office import CODE_PATTERN
from desktop.sync.keys import FINGERPRINT_PATTERN, PublicIdentity, SiteKeys

MAGIC = b"KELISIMB"
FORMAT_VERSION = 1
SUFFIX = ".kelisim"
PREFIX = struct.Struct(">8sHI")  # magic, format version, header length: 14 bytes, big-endian
SIGNATURE_BYTES = 64
MAX_HEADER_BYTES = 1 << 20
MAX_PARTS = 64
MAX_PART_BYTES = 1 << 30  # one part, unpacked
MAX_PLAIN_BYTES = 2 << 30  # all parts together, unpacked: what opening a bundle may hold
MAX_BUNDLE_BYTES = 1 << 30  # the file
MAX_DEPTH = 32  # of nested lists and objects in the manifest
MAX_SAFE_INTEGER = 2**53 - 1  # what every JSON reader holds exactly
COMPRESSION_LEVEL = 6
RESERVED_FIELDS = ("format", "origin", "destination", "sender_fingerprint",
                   "recipient_fingerprint", "seal_nonce", "parts")
PART_FIELDS = ("name", "plain_size", "size", "sha256")

# RFC 9180 base mode, single-shot. ChaCha20-Poly1305 is fast without AES instructions, which
# some office computers lack.
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
HPKE_OVERHEAD = 32 + 16  # enc (X25519 public key) before the ciphertext, tag after it
INFO_LABEL = b"KELISIM-BUNDLE-1\x00"

_PART_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 1 << 20


class BundleRefused(DomainError):
    """A bundle that cannot be read, opened or written; the message says what and where."""


# --- writing ---------------------------------------------------------------------------------

def seal(manifest: dict, parts: dict[str, bytes], sender: SiteKeys,
         recipient: PublicIdentity) -> bytes:
    """The bundle file: `manifest` in the clear, each part compressed and encrypted, signed.

    A manifest or part name that breaks the format's rules is a programming error (ValueError,
    TypeError); parts too large for a bundle are a BundleRefused.
    """
    if not isinstance(manifest, dict):
        raise TypeError("the manifest must be a dict")
    taken = sorted(set(manifest) & set(RESERVED_FIELDS))
    if taken:
        raise ValueError(f"the container writes these manifest fields itself: {taken}")
    _check_value(manifest, "manifest", 0, ValueError)
    if len(parts) > MAX_PARTS:
        raise ValueError(f"a bundle holds at most {MAX_PARTS} parts")
    for name, data in parts.items():
        _check_part_name(name)
        if len(data) > MAX_PART_BYTES:
            raise BundleRefused(problem(
                "the part {part} is {size} bytes, more than the {limit} a bundle part may hold",
                part=name, size=len(data), limit=MAX_PART_BYTES))
    total = sum(map(len, parts.values()))
    if total > MAX_PLAIN_BYTES:
        raise BundleRefused(problem(
            "the parts are {size} bytes together, more than the {limit} a bundle may hold",
            size=total, limit=MAX_PLAIN_BYTES))
    header = dict(manifest)
    header.update({
        "format": FORMAT_VERSION,
        "origin": sender.code,
        "destination": recipient.code,
        "sender_fingerprint": sender.public.fingerprint(),
        "recipient_fingerprint": recipient.fingerprint(),
        # Unique per bundle, so that a part's encryption is bound to this bundle alone.
        "seal_nonce": secrets.token_hex(16),
        "parts": [{"name": name, "plain_size": len(data)} for name, data in parts.items()],
    })
    binding = _binding(header)
    box = x25519.X25519PublicKey.from_public_bytes(recipient.box_key)
    stored = []
    for entry, (name, data) in zip(header["parts"], parts.items(), strict=True):
        blob = SUITE.encrypt(zlib.compress(data, COMPRESSION_LEVEL), box,
                             info=part_info(binding, name))
        entry["size"] = len(blob)
        entry["sha256"] = hashlib.sha256(blob).hexdigest()
        stored.append(blob)
    return _frame(header, stored, sender)


def _frame(header: dict, stored: list[bytes], sender: SiteKeys) -> bytes:
    """Prefix, header, stored parts, then the Ed25519 signature of all of those bytes."""
    head = canonical(header)
    if len(head) > MAX_HEADER_BYTES:
        raise BundleRefused(problem(
            "the bundle's manifest is {size} bytes, more than the {limit} allowed",
            size=len(head), limit=MAX_HEADER_BYTES))
    body = b"".join([PREFIX.pack(MAGIC, FORMAT_VERSION, len(head)), head, *stored])
    if len(body) + SIGNATURE_BYTES > MAX_BUNDLE_BYTES:
        raise BundleRefused(problem(
            "the bundle would be {size} bytes, more than the {limit} a bundle may have",
            size=len(body) + SIGNATURE_BYTES, limit=MAX_BUNDLE_BYTES))
    return body + sender.signer().sign(body)


def write_bundle(path: Path, data: bytes) -> None:
    """Write the bundle whole or not at all, then read it back: USB sticks lie about writes."""
    try:
        atomic_write(path, data)
        same = _reads_back(path, data)
    except OSError as error:
        raise BundleRefused(problem("{path}: the bundle cannot be written ({reason})", path=path,
                                    reason=error.strerror or type(error).__name__)) from None
    if not same:
        with contextlib.suppress(OSError):  # the message says the file is not to be trusted
            path.unlink(missing_ok=True)
        raise BundleRefused(problem(
            "{path}: the bundle read back from the disk differs from what was written, so it "
            "was removed; the disk or USB stick may be failing: write it to another one",
            path=path))


def _reads_back(path: Path, data: bytes) -> bool:
    view = memoryview(data)
    offset = 0
    with path.open("rb") as file:
        if hasattr(os, "posix_fadvise"):  # Linux: forget the cached pages, read the device
            os.posix_fadvise(file.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        while chunk := file.read(_CHUNK):
            if chunk != view[offset:offset + len(chunk)]:
                return False
            offset += len(chunk)
    return offset == len(data)


# --- reading ---------------------------------------------------------------------------------

def read_bundle(path: Path) -> bytes:
    """A bundle file's bytes, refused by its size before a byte of it is read."""
    try:
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > MAX_BUNDLE_BYTES:
                raise BundleRefused(problem(
                    "{path}: the file is {size} bytes, more than the {limit} a bundle may have",
                    path=path, size=size, limit=MAX_BUNDLE_BYTES))
            return file.read(MAX_BUNDLE_BYTES + 1)  # + 1: a file that grew is still refused
    except OSError as error:
        raise BundleRefused(problem("{path}: cannot be read ({reason})", path=path,
                                    reason=error.strerror or type(error).__name__)) from None


def read_manifest(data: bytes) -> dict:
    """The manifest, after the structural checks that need no key (for `bundle inspect`)."""
    header, _ = _parse(memoryview(data))
    return header


def open_bundle(data: bytes, me: SiteKeys,
                sender_identity: Callable[[dict], PublicIdentity]) -> tuple[dict, dict[str, bytes]]:
    """The manifest and the plain parts of a bundle for `me`, verified in the order specified.

    `sender_identity` gets the manifest, not yet authenticated, and returns the enrolled key of
    its "origin"; it raises BundleRefused itself for an origin it does not know.
    """
    view = memoryview(data)
    header, spans = _parse(view)
    origin = header["origin"]
    if header["destination"] != me.code:
        raise BundleRefused(problem(
            "the bundle is addressed to {destination}, not to this site ({code}); "
            "it is for {destination} to open", destination=header["destination"], code=me.code))
    identity = sender_identity(copy.deepcopy(header))
    if not isinstance(identity, PublicIdentity) or identity.code != origin:
        raise BundleRefused(problem("no enrolled key of {origin} was found to check the bundle",
                                    origin=origin))
    if header["sender_fingerprint"] != identity.fingerprint():
        raise BundleRefused(problem(
            "the bundle was signed with the key {claimed}, but the key enrolled for {origin} is "
            "{enrolled}: it was not made by {origin}, or {origin} has new keys to enrol first",
            claimed=header["sender_fingerprint"], origin=origin,
            enrolled=identity.fingerprint()))
    mine = me.public.fingerprint()
    if header["recipient_fingerprint"] != mine:
        raise BundleRefused(problem(
            "the bundle was sealed for the key {claimed} of {code}, but this site's key is "
            "{mine}; it cannot be opened with this site's keys",
            claimed=header["recipient_fingerprint"], code=me.code, mine=mine))
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(identity.sign_key).verify(
            bytes(view[-SIGNATURE_BYTES:]), view[:-SIGNATURE_BYTES])
    except InvalidSignature:
        raise BundleRefused(problem(
            "the signature does not match: the file was altered or not made by {origin}",
            origin=origin)) from None
    for entry, (start, end) in zip(header["parts"], spans, strict=True):
        if hashlib.sha256(view[start:end]).hexdigest() != entry["sha256"]:
            raise BundleRefused(problem(
                "the part {part} is damaged: its SHA-256 does not match the header",
                part=entry["name"]))
    binding = _binding(header)
    box = me.box()
    plain = {}
    for entry, (start, end) in zip(header["parts"], spans, strict=True):
        try:
            packed = SUITE.decrypt(view[start:end], box, info=part_info(binding, entry["name"]))
        except (InvalidTag, ValueError):
            raise BundleRefused(problem(
                "the part {part} cannot be decrypted with this site's key: it was not sealed "
                "for this bundle and this site, or it was altered", part=entry["name"])) from None
        plain[entry["name"]] = _inflate(packed, entry["plain_size"], entry["name"])
    return header, plain


def _inflate(packed: bytes, plain_size: int, name: str) -> bytes:
    """Decompress at most plain_size + 1 bytes: a bomb is refused before it can grow."""
    inflater = zlib.decompressobj()
    chunks: list[bytes] = []
    produced = 0
    pending = packed
    try:
        while not inflater.eof:
            # One byte beyond the declared size is enough to know the header lied.
            chunk = inflater.decompress(pending, min(_CHUNK, plain_size - produced + 1))
            produced += len(chunk)
            if produced > plain_size:
                raise BundleRefused(problem(
                    "the part {part} unpacks to more than the {size} bytes its header declares; "
                    "refused without unpacking it", part=name, size=plain_size))
            chunks.append(chunk)
            progressed = chunk or len(inflater.unconsumed_tail) < len(pending)
            pending = inflater.unconsumed_tail
            if not progressed:
                break  # the input ended before the compressed stream did
    except zlib.error:
        raise BundleRefused(problem("the part {part} is not valid compressed data",
                                    part=name)) from None
    if not inflater.eof or inflater.unused_data:
        raise BundleRefused(problem(
            "the part {part} is not valid compressed data: its stream is cut short or followed "
            "by more bytes", part=name))
    if produced != plain_size:
        raise BundleRefused(problem(
            "the part {part} unpacks to {actual} bytes, not the {size} its header declares",
            part=name, actual=produced, size=plain_size))
    return b"".join(chunks)


def _parse(view: memoryview) -> tuple[dict, list[tuple[int, int]]]:
    """The checked header and each part's (start, end) in the file; structure only, no keys."""
    size = len(view)
    if bytes(view[:len(MAGIC)]) != MAGIC[:min(size, len(MAGIC))]:
        raise BundleRefused(problem("this is not a Kelisim sync bundle (it does not begin with "
                                    "the mark of one)"))
    if size < PREFIX.size + SIGNATURE_BYTES:
        raise _cut_short(size)
    _, version, head_length = PREFIX.unpack_from(view)
    if version > FORMAT_VERSION:
        raise BundleRefused(problem(
            "the bundle was made by a newer Kelisim (format {version}); update this program to "
            "read it", version=version))
    if version < 1:
        raise BundleRefused(problem("the bundle is damaged: its format number is {version}",
                                    version=version))
    if size > MAX_BUNDLE_BYTES:
        raise BundleRefused(problem(
            "the file is {size} bytes, more than the {limit} a bundle may have",
            size=size, limit=MAX_BUNDLE_BYTES))
    if head_length > MAX_HEADER_BYTES:
        raise BundleRefused(problem(
            "the bundle is damaged: its header claims {length} bytes, more than the {limit} "
            "allowed", length=head_length, limit=MAX_HEADER_BYTES))
    start = PREFIX.size + head_length
    if size < start + SIGNATURE_BYTES:
        raise _cut_short(size)
    header = _decode_header(bytes(view[PREFIX.size:start]))
    _check_header(header, version)
    spans = []
    for entry in header["parts"]:
        spans.append((start, start + entry["size"]))
        start += entry["size"]
    expected = start + SIGNATURE_BYTES
    if size < expected:
        raise _cut_short(size)
    if size > expected:
        raise BundleRefused(problem(
            "the bundle has {extra} bytes after its signature: something was added to the file "
            "or it is damaged", extra=size - expected))
    return header, spans


def _cut_short(size: int) -> BundleRefused:
    return BundleRefused(problem(
        "the bundle is cut short ({size} bytes): it was not copied whole; copy it again",
        size=size))


def _decode_header(raw: bytes) -> dict:
    try:
        header = json.loads(raw.decode("utf-8"), object_pairs_hook=_unique_fields,
                            parse_float=_no_fraction, parse_constant=_no_fraction,
                            parse_int=_safe_integer)
    except _Garbled as garbled:
        raise _damaged(garbled.reason) from None
    except UnicodeDecodeError:
        raise _damaged(problem("its header is not UTF-8 text")) from None
    except (ValueError, RecursionError):
        raise _damaged(problem("its header is not JSON")) from None
    if not isinstance(header, dict):
        raise _damaged(problem("its header is not a JSON object"))
    try:
        _check_value(header, "header", 0, _Garbled)
    except _Garbled as garbled:
        raise _damaged(garbled.reason) from None
    if canonical(header) != raw:
        # One text for one header: no duplicate or reordered fields that two readers could
        # understand differently.
        raise _damaged(problem("its header is not in the canonical form"))
    return header


class _Garbled(ValueError):
    def __init__(self, reason: Text):
        super().__init__(reason)
        self.reason = reason


def _damaged(reason: Text) -> BundleRefused:
    return BundleRefused(problem("the bundle is damaged: {reason}", reason=reason))


def _unique_fields(pairs: list[tuple[str, Any]]) -> dict:
    fields = dict(pairs)
    if len(fields) != len(pairs):
        raise _Garbled(problem("its header repeats a field"))
    return fields


def _no_fraction(text: str) -> Any:
    raise _Garbled(problem("its header holds a number that is not a whole number"))


def _safe_integer(text: str) -> int:
    if len(text) > 17 or abs(value := int(text)) > MAX_SAFE_INTEGER:
        raise _Garbled(problem("its header holds a number beyond {limit}",
                               limit=MAX_SAFE_INTEGER))
    return value


def _check_header(header: dict, version: int) -> None:
    """The fields the container writes; the caller's own fields obey only the JSON rules."""
    for name in RESERVED_FIELDS:
        if name not in header:
            raise _field(name, problem("is missing"))
    if header["format"] != version or isinstance(header["format"], bool):
        raise _field("format", problem("does not match the file's format number {version}",
                                       version=version))
    for name in ("origin", "destination"):
        if not isinstance(header[name], str) or not CODE_PATTERN.match(header[name]):
            raise _field(name, problem("is not a site code"))
    for name in ("sender_fingerprint", "recipient_fingerprint"):
        if not isinstance(header[name], str) or not FINGERPRINT_PATTERN.match(header[name]):
            raise _field(name, problem("is not a key fingerprint"))
    if not isinstance(header["seal_nonce"], str) or not _HEX32.match(header["seal_nonce"]):
        raise _field("seal_nonce", problem("is not 32 hexadecimal digits"))
    parts = header["parts"]
    if not isinstance(parts, list) or len(parts) > MAX_PARTS:
        raise _field("parts", problem("is not a list of at most {limit} parts", limit=MAX_PARTS))
    names = set()
    total = 0
    for i, entry in enumerate(parts):
        where = f"parts[{i}]"
        if not isinstance(entry, dict) or sorted(entry) != sorted(PART_FIELDS):
            raise _field(where, problem("does not have exactly the fields name, plain_size, "
                                        "size and sha256"))
        if not isinstance(entry["name"], str) or not _PART_NAME.match(entry["name"]):
            raise _field(f"{where}.name", problem("is not a part name"))
        if entry["name"] in names:
            raise _field(f"{where}.name", problem("repeats the part {part}", part=entry["name"]))
        names.add(entry["name"])
        plain_size = entry["plain_size"]
        if not _is_count(plain_size):
            raise _field(f"{where}.plain_size", problem("is not a number of bytes"))
        if plain_size > MAX_PART_BYTES:
            raise _field(f"{where}.plain_size", problem(
                "says {size} bytes, more than the {limit} a part may hold",
                size=plain_size, limit=MAX_PART_BYTES))
        total += plain_size
        if not _is_count(entry["size"]) or not HPKE_OVERHEAD <= entry["size"] <= MAX_BUNDLE_BYTES:
            raise _field(f"{where}.size", problem("is not a possible size of a stored part"))
        if not isinstance(entry["sha256"], str) or not _HEX64.match(entry["sha256"]):
            raise _field(f"{where}.sha256", problem("is not 64 hexadecimal digits"))
    if total > MAX_PLAIN_BYTES:
        raise _field("parts", problem(
            "say {size} bytes unpacked together, more than the {limit} a bundle may hold",
            size=total, limit=MAX_PLAIN_BYTES))


def _field(name: str, reason: Text) -> BundleRefused:
    return BundleRefused(problem("the bundle is damaged: its header field {field} {reason}",
                                 field=name, reason=reason))


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


# --- shared by both sides --------------------------------------------------------------------

def canonical(value: Any) -> bytes:
    """The one byte string of a JSON value: sorted keys, no spaces, UTF-8 (bundle-format.md)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def _binding(header: dict) -> bytes:
    """SHA-256 of the header without what encryption produces (each part's size and sha256)."""
    bound = dict(header)
    bound["parts"] = [{"name": p["name"], "plain_size": p["plain_size"]} for p in header["parts"]]
    return hashlib.sha256(canonical(bound)).digest()


def part_info(binding: bytes, name: str) -> bytes:
    """HPKE's info for one part: binds its ciphertext to this bundle's header and to its name."""
    return INFO_LABEL + binding + name.encode("ascii")


def _check_part_name(name: Any) -> None:
    if not isinstance(name, str) or not _PART_NAME.match(name):
        raise ValueError(f"a part name is 1 to 64 of a-z 0-9 _ . - (starting with a-z 0-9), "
                         f"not {name!r}")


def _check_value(value: Any, where: str, depth: int, error: type[Exception]) -> None:
    """The JSON the format allows: objects, lists, text, whole numbers, true, false, null."""
    if depth > MAX_DEPTH:
        raise _value_error(error, where, problem("nests deeper than {limit} levels",
                                                 limit=MAX_DEPTH))
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise _value_error(error, where, problem("has a field name that is not text"))
            _check_text(key, where, error)
            _check_value(item, f"{where}.{key}", depth + 1, error)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_value(item, f"{where}[{i}]", depth + 1, error)
    elif isinstance(value, str):
        _check_text(value, where, error)
    elif isinstance(value, bool) or value is None:
        pass
    elif isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise _value_error(error, where, problem("is a number beyond {limit}",
                                                     limit=MAX_SAFE_INTEGER))
    else:
        raise _value_error(error, where, problem("is not JSON text, a whole number, true, "
                                                 "false, null, a list or an object"))


def _check_text(text: str, where: str, error: type[Exception]) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no UTF-8 for it
        raise _value_error(error, where, problem("has text that is not Unicode")) from None


def _value_error(error: type[Exception], where: str, reason: Text) -> Exception:
    if error is _Garbled:  # reading: the field names come from the file, keep them out
        return _Garbled(problem("its header {reason}", reason=reason))
    return error(f"{where}: {reason}")
