"""The bundle container: a round trip, the layout as docs/bundle-format.md specifies it, and every
refusal. Forged bundles are built here from the spec with test keys, not through the module's own
writer, so a signature is valid and the check under test is the one that refuses."""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import struct
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.messages import problem
from desktop.sync import container
from desktop.sync.container import (
    FORMAT_VERSION,
    MAX_HEADER_BYTES,
    MAX_PART_BYTES,
    SUFFIX,
    BundleRefused,
    open_bundle,
    read_bundle,
    read_manifest,
    seal,
    write_bundle,
)
from desktop.sync.keys import PublicIdentity, SiteKeys

MANIFEST = {"kind": "office-to-centre", "created": "2026-03-01T09:00:00Z", "sequence": 7,
            "counts": {"cases": 3, "parties": 6}}
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


# --- the spec, written out again for forging -------------------------------------------------

def canonical(value) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode()


def split(bundle: bytes) -> tuple[dict, list[bytes]]:
    _, _, length = struct.unpack_from(">8sHI", bundle)
    header = json.loads(bundle[14:14 + length])
    parts, at = [], 14 + length
    for entry in header["parts"]:
        parts.append(bundle[at:at + entry["size"]])
        at += entry["size"]
    return header, parts


def assemble(head: dict | bytes, parts: list[bytes], signer: SiteKeys,
             version: int = FORMAT_VERSION) -> bytes:
    raw = head if isinstance(head, bytes) else canonical(head)
    body = b"KELISIMB" + struct.pack(">HI", version, len(raw)) + raw + b"".join(parts)
    return body + ed25519.Ed25519PrivateKey.from_private_bytes(signer.sign_private).sign(body)


def binding(header: dict) -> bytes:
    bound = dict(header, parts=[{"name": p["name"], "plain_size": p["plain_size"]}
                                for p in header["parts"]])
    return hashlib.sha256(canonical(bound)).digest()


def forge(packed: list[tuple[str, int, bytes]], sender: SiteKeys, recipient: PublicIdentity,
          **fields) -> bytes:
    """A bundle with the given compressed parts and declared plain sizes, honestly signed."""
    header = dict(MANIFEST, format=1, origin=sender.code, destination=recipient.code,
                  sender_fingerprint=sender.public.fingerprint(),
                  recipient_fingerprint=recipient.fingerprint(), seal_nonce="ab" * 16,
                  parts=[{"name": n, "plain_size": s} for n, s, _ in packed])
    header.update(fields)
    box = x25519.X25519PublicKey.from_public_bytes(recipient.box_key)
    stored = []
    for entry, (name, _, data) in zip(header["parts"], packed, strict=True):
        blob = SUITE.encrypt(data, box, info=b"KELISIM-BUNDLE-1\x00" + binding(header)
                             + name.encode())
        entry.update(size=len(blob), sha256=hashlib.sha256(blob).hexdigest())
        stored.append(blob)
    return assemble(header, stored, sender)


# --- fixtures --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def office() -> SiteKeys:
    return SiteKeys.generate("KRG01")


@pytest.fixture(scope="module")
def centre() -> SiteKeys:
    return SiteKeys.generate("KRGC")


def enrolled(*identities: PublicIdentity) -> Callable[[dict], PublicIdentity]:
    """The caller's look-up: the pinned key of the bundle's origin, or a refusal."""
    pinned = {identity.code: identity for identity in identities}

    def look_up(manifest: dict) -> PublicIdentity:
        if manifest["origin"] not in pinned:
            raise BundleRefused(problem("{origin} is not enrolled at this centre",
                                        origin=manifest["origin"]))
        return pinned[manifest["origin"]]
    return look_up


@pytest.fixture(scope="module")
def small(office: SiteKeys, centre: SiteKeys) -> bytes:
    return seal(MANIFEST, {"records": b'{"id": 1}\n' * 5, "empty": b""}, office, centre.public)


@pytest.fixture(scope="module")
def large(office: SiteKeys, centre: SiteKeys) -> bytes:
    noise = random.Random(5).randbytes(5_000_000)  # incompressible: stored bigger than plain
    return seal(MANIFEST, {"records": noise}, office, centre.public)


def refusal(call: Callable[[], object]) -> str:
    """The message of the BundleRefused the call raises; any other outcome fails the test."""
    with pytest.raises(BundleRefused) as refused:
        call()
    assert refused.value.args[0].template  # a problem() text, so the GUI can translate it
    return str(refused.value)


# --- round trip and layout -------------------------------------------------------------------

def test_round_trip_with_several_parts(office: SiteKeys, centre: SiteKeys):
    text = "Әбілқасымова Ғалия, Өскемен, Құрманғазы көшесі\n".encode() * 2000
    big = random.Random(1).randbytes(5 * 1024 * 1024)
    zeros = bytes(3 * 1024 * 1024 + 7)  # unpacks over several chunks from little input
    parts = {"records": text, "empty": b"", "big": big, "zeros": zeros, "ledger.v1": b"[]"}
    bundle = seal(MANIFEST, parts, office, centre.public)
    manifest, plain = open_bundle(bundle, centre, enrolled(office.public))
    assert plain == parts and list(plain) == list(parts)
    assert manifest == read_manifest(bundle)  # the same without any key
    assert {k: manifest[k] for k in MANIFEST} == MANIFEST
    assert manifest["format"] == FORMAT_VERSION
    assert (manifest["origin"], manifest["destination"]) == ("KRG01", "KRGC")
    assert manifest["sender_fingerprint"] == office.public.fingerprint()
    assert manifest["recipient_fingerprint"] == centre.public.fingerprint()
    assert [p["name"] for p in manifest["parts"]] == list(parts)
    for entry, (_, data), stored in zip(manifest["parts"], parts.items(), split(bundle)[1],
                                        strict=True):
        assert entry["plain_size"] == len(data)
        assert entry["size"] == len(stored)
        assert entry["sha256"] == hashlib.sha256(stored).hexdigest()
    assert "Әбілқасымова".encode() not in bundle  # nothing of a part in the clear


def test_layout_is_readable_by_a_second_reader(small: bytes, office: SiteKeys, centre: SiteKeys):
    """Everything docs/bundle-format.md says, checked with the cryptography package directly."""
    magic, version, length = struct.unpack_from(">8sHI", small)
    assert (magic, version) == (b"KELISIMB", 1)
    raw = small[14:14 + length]
    header = json.loads(raw)
    assert canonical(header) == raw
    ed25519.Ed25519PublicKey.from_public_bytes(office.public.sign_key).verify(
        small[-64:], small[:-64])
    header, stored = split(small)
    assert 14 + length + sum(map(len, stored)) + 64 == len(small)
    packed = SUITE.decrypt(stored[0], x25519.X25519PrivateKey.from_private_bytes(
        centre.box_private), info=b"KELISIM-BUNDLE-1\x00" + binding(header) + b"records")
    assert zlib.decompress(packed) == b'{"id": 1}\n' * 5
    assert len(stored[1]) == 32 + len(zlib.compress(b"")) + 16  # enc, ciphertext, tag


def test_each_seal_differs_and_the_suffix_is_named(office: SiteKeys, centre: SiteKeys):
    one = seal(MANIFEST, {"records": b"x"}, office, centre.public)
    two = seal(MANIFEST, {"records": b"x"}, office, centre.public)
    assert one != two  # fresh nonce and HPKE ephemeral key each time
    assert read_manifest(one)["seal_nonce"] != read_manifest(two)["seal_nonce"]
    assert SUFFIX == ".kelisim"


def test_seal_refuses_what_the_format_cannot_carry(office: SiteKeys, centre: SiteKeys,
                                                   monkeypatch: pytest.MonkeyPatch):
    to = centre.public
    with pytest.raises(ValueError, match="writes these manifest fields itself"):
        seal({"origin": "X"}, {}, office, to)
    with pytest.raises(ValueError, match="part name"):
        seal({}, {"Records": b""}, office, to)
    with pytest.raises(ValueError, match="not JSON text, a whole number"):
        seal({"ratio": 0.5}, {}, office, to)
    with pytest.raises(ValueError, match="beyond"):
        seal({"n": 2**60}, {}, office, to)
    with pytest.raises(ValueError, match="field name that is not text"):
        seal({"m": {1: "a"}}, {}, office, to)
    with pytest.raises(ValueError, match="deeper than"):
        seal({"deep": json.loads("[" * 40 + "]" * 40)}, {}, office, to)
    with pytest.raises(ValueError, match="not Unicode"):
        seal({"s": "\ud800"}, {}, office, to)
    monkeypatch.setattr(container, "MAX_PART_BYTES", 10)
    assert "more than the 10 a bundle part may hold" in refusal(
        lambda: seal({}, {"records": b"x" * 11}, office, to))
    monkeypatch.setattr(container, "MAX_HEADER_BYTES", 100)
    assert "manifest is" in refusal(lambda: seal({"note": "x" * 100}, {}, office, to))


# --- damaged files ---------------------------------------------------------------------------

def test_truncated_at_every_byte_is_refused(small: bytes, centre: SiteKeys, office: SiteKeys):
    look_up = enrolled(office.public)
    for cut in range(len(small)):
        assert "cut short" in refusal(lambda cut=cut: read_manifest(small[:cut])), cut
        assert "cut short" in refusal(lambda cut=cut: open_bundle(small[:cut], centre, look_up))


def test_a_large_bundle_truncated_anywhere_is_refused(large: bytes, centre: SiteKeys,
                                                      office: SiteKeys):
    offsets = random.Random(2).sample(range(len(large)), 200)
    offsets += [0, 13, 14, len(large) - 65, len(large) - 64, len(large) - 1]
    for cut in offsets:
        message = refusal(lambda cut=cut: open_bundle(large[:cut], centre,
                                                      enrolled(office.public)))
        assert "cut short" in message, cut


def test_a_flipped_bit_anywhere_is_refused(small: bytes, centre: SiteKeys, office: SiteKeys):
    length = struct.unpack_from(">I", small, 10)[0]
    for at in range(len(small)):
        flipped = bytearray(small)
        flipped[at] ^= 1 << (at % 8)
        message = refusal(lambda f=bytes(flipped): open_bundle(f, centre,
                                                                enrolled(office.public)))
        if at < 8:
            assert "not a Kelisim sync bundle" in message
        elif at >= 14 + length:  # a part or the signature
            assert "signature does not match: the file was altered or not made by KRG01" in message


def test_appended_garbage_is_refused(small: bytes):
    assert "3 bytes after its signature" in refusal(lambda: read_manifest(small + b"abc"))


def test_not_a_bundle_at_all(centre: SiteKeys):
    assert "not a Kelisim sync bundle" in refusal(lambda: read_manifest(b"%PDF-1.7\n" * 20))
    assert "not a Kelisim sync bundle" in refusal(lambda: read_manifest(b"PK\x03\x04"))


def test_a_newer_format_asks_for_an_update(small: bytes):
    newer = small[:8] + struct.pack(">H", 2) + small[10:]
    assert refusal(lambda: read_manifest(newer)) == (
        "the bundle was made by a newer Kelisim (format 2); update this program to read it")
    zero = small[:8] + struct.pack(">H", 0) + small[10:]
    assert "format number is 0" in refusal(lambda: read_manifest(zero))


def test_a_header_claiming_a_huge_length_is_refused_before_reading_it(small: bytes):
    huge = small[:10] + struct.pack(">I", 0xFFFFFFFF) + small[14:]
    assert f"claims 4294967295 bytes, more than the {MAX_HEADER_BYTES}" in refusal(
        lambda: read_manifest(huge))
    beyond = small[:10] + struct.pack(">I", MAX_HEADER_BYTES) + small[14:]
    assert "cut short" in refusal(lambda: read_manifest(beyond))


def test_a_file_beyond_the_limit_is_refused_unread(tmp_path: Path, small: bytes,
                                                   monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / f"bundle{SUFFIX}"
    path.write_bytes(small)
    assert read_bundle(path) == small
    monkeypatch.setattr(container, "MAX_BUNDLE_BYTES", len(small) - 1)
    assert f"more than the {len(small) - 1} a bundle may have" in refusal(
        lambda: read_bundle(path))
    assert "more than the" in refusal(lambda: read_manifest(small))
    assert "cannot be read" in refusal(lambda: read_bundle(tmp_path / "missing.kelisim"))


@pytest.mark.parametrize(("raw", "words"), [
    (b'{"format":1, "origin":"KRG01"}', "not in the canonical form"),
    (b'{"a":1,"a":2}', "repeats a field"),
    (b'{"a":1.5}', "not a whole number"),
    (b'{"a":NaN}', "not a whole number"),
    (b'{"a":123456789012345678}', "number beyond"),
    (b'{"a":' + b"[" * 5000 + b"]" * 5000 + b"}", "not JSON"),
    (b'{"a":' + b"[" * 40 + b"]" * 40 + b"}", "deeper than 32 levels"),
    (b"[1,2]", "not a JSON object"),
    (b'{"a":"\xff"}', "not UTF-8 text"),
    (b"", "not JSON"),
    (b'{"a":"\\ud800"}', "not Unicode"),
])
def test_a_garbled_header_is_refused_even_when_signed(raw: bytes, words: str, office: SiteKeys):
    message = refusal(lambda: read_manifest(assemble(raw, [], office)))
    assert message.startswith("the bundle is damaged: ") and words in message


@pytest.mark.parametrize(("change", "words"), [
    (lambda h: h.pop("seal_nonce"), "field seal_nonce is missing"),
    (lambda h: h.update(format=True), "field format does not match"),
    (lambda h: h.update(origin="krg01"), "field origin is not a site code"),
    (lambda h: h.update(sender_fingerprint="1234"), "sender_fingerprint is not a key fing"),
    (lambda h: h.update(seal_nonce="AB" * 16), "seal_nonce is not 32 hexadecimal digits"),
    (lambda h: h.update(parts={}), "field parts is not a list of at most 64 parts"),
    (lambda h: h["parts"][0].pop("sha256"), "parts[0] does not have exactly the fields"),
    (lambda h: h["parts"][0].update(extra=1), "parts[0] does not have exactly the fields"),
    (lambda h: h["parts"][1].update(name="records"), "parts[1].name repeats the part records"),
    (lambda h: h["parts"][1].update(name="../x"), "parts[1].name is not a part name"),
    (lambda h: h["parts"][0].update(plain_size=-1), "plain_size is not a number of bytes"),
    (lambda h: h["parts"][0].update(plain_size="50"), "plain_size is not a number of bytes"),
    (lambda h: h["parts"][0].update(size=True), "parts[0].size is not a possible size"),
    (lambda h: h["parts"][0].update(size=47), "parts[0].size is not a possible size"),
    (lambda h: h["parts"][0].update(sha256="0" * 63), "sha256 is not 64 hexadecimal digits"),
])
def test_a_wrong_header_field_is_named(small: bytes, office: SiteKeys, change, words: str):
    header, parts = split(small)
    change(header)
    assert words in refusal(lambda: read_manifest(assemble(header, parts, office)))


# --- keys, addresses and forgeries -----------------------------------------------------------

def test_addressed_to_another_site(small: bytes, office: SiteKeys):
    other = SiteKeys.generate("KRG02")
    assert refusal(lambda: open_bundle(small, other, enrolled(office.public))) == (
        "the bundle is addressed to KRGC, not to this site (KRG02); it is for KRGC to open")


def test_an_unknown_origin_is_refused_by_the_caller(small: bytes, centre: SiteKeys):
    assert refusal(lambda: open_bundle(small, centre, enrolled())) == (
        "KRG01 is not enrolled at this centre")
    stranger = SiteKeys.generate("KRG09").public
    assert "no enrolled key of KRG01" in refusal(
        lambda: open_bundle(small, centre, lambda manifest: stranger))


def test_the_wrong_keys_of_the_right_recipient_cannot_open_it(small: bytes, office: SiteKeys):
    replaced = SiteKeys.generate("KRGC")  # the centre reinstalled without its old keys
    message = refusal(lambda: open_bundle(small, replaced, enrolled(office.public)))
    assert message.startswith(
        f"the bundle was sealed for the key {read_manifest(small)['recipient_fingerprint']} "
        f"of KRGC, but this site's key is {replaced.public.fingerprint()}")


def test_a_bundle_signed_by_another_key_of_the_same_code(centre: SiteKeys, office: SiteKeys):
    impostor = SiteKeys.generate("KRG01")
    forged = seal(MANIFEST, {"records": b"{}"}, impostor, centre.public)
    message = refusal(lambda: open_bundle(forged, centre, enrolled(office.public)))
    assert f"signed with the key {impostor.public.fingerprint()}" in message
    assert f"the key enrolled for KRG01 is {office.public.fingerprint()}" in message
    # The impostor copies the real fingerprint into the header: the signature still tells.
    header, parts = split(forged)
    header["sender_fingerprint"] = office.public.fingerprint()
    message = refusal(lambda: open_bundle(assemble(header, parts, impostor), centre,
                                          enrolled(office.public)))
    assert message == ("the signature does not match: the file was altered or not made by "
                       "KRG01")


def test_a_part_from_another_bundle_is_refused(office: SiteKeys, centre: SiteKeys):
    one = seal(MANIFEST, {"records": b"one"}, office, centre.public)
    two = seal(MANIFEST, {"records": b"two"}, office, centre.public)
    header, _ = split(one)
    theirs = split(two)[1][0]
    look_up = enrolled(office.public)
    swapped = one[:14 + len(canonical(header))] + theirs + one[-64:]
    assert "signature does not match" in refusal(lambda: open_bundle(swapped, centre, look_up))
    # Even re-signed with the sender's own key (header updated), the part stays bound to the
    # bundle it was sealed in: HPKE's info carries that bundle's header.
    header["parts"][0].update(size=len(theirs), sha256=hashlib.sha256(theirs).hexdigest())
    resigned = assemble(header, [theirs], office)
    assert "the part records cannot be decrypted with this site's key" in refusal(
        lambda: open_bundle(resigned, centre, look_up))


def test_a_stored_part_that_does_not_match_its_checksum(small: bytes, office: SiteKeys,
                                                        centre: SiteKeys):
    header, parts = split(small)
    header["parts"][1]["sha256"] = "0" * 64
    bundle = assemble(header, parts, office)
    assert "the part empty is damaged: its SHA-256 does not match" in refusal(
        lambda: open_bundle(bundle, centre, enrolled(office.public)))


# --- compression: bombs and broken streams ---------------------------------------------------

def zeros_deflated(megabytes: int) -> bytes:
    """A zlib stream of that many MiB of zeros, made without holding them all."""
    packer = zlib.compressobj(9)
    chunk = bytes(1 << 20)
    return b"".join([*(packer.compress(chunk) for _ in range(megabytes)), packer.flush()])


def test_an_honest_but_huge_part_is_refused_before_anything_is_unpacked(
        office: SiteKeys, centre: SiteKeys):
    bomb = forge([("records", MAX_PART_BYTES + 1, b"")], office, centre.public)
    words = f"plain_size says {MAX_PART_BYTES + 1} bytes, more than the {MAX_PART_BYTES}"
    assert words in refusal(lambda: read_manifest(bomb))
    three = forge([(f"p{i}", MAX_PART_BYTES, b"") for i in range(3)], office, centre.public)
    assert "more than the 2147483648 a bundle may hold" in refusal(
        lambda: read_manifest(three))


def test_a_lying_small_plain_size_is_refused_without_inflating(office: SiteKeys,
                                                                centre: SiteKeys):
    bomb = forge([("records", 1000, zeros_deflated(64))], office, centre.public)
    tracemalloc.start()
    try:
        message = refusal(lambda: open_bundle(bomb, centre, enrolled(office.public)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert message == ("the part records unpacks to more than the 1000 bytes its header "
                       "declares; refused without unpacking it")
    assert peak < 4 << 20  # 64 MiB inside; never more than a few chunks held


@pytest.mark.parametrize(("packed", "plain_size", "words"), [
    (zlib.compress(b"x" * 10), 1_000_000, "unpacks to 10 bytes, not the 1000000"),
    (b"not deflate at all", 5, "is not valid compressed data"),
    (zlib.compress(b"abc") + b"more", 3, "cut short or followed by more bytes"),
    (zlib.compress(b"abc" * 1000)[:-6], 3000, "cut short or followed by more bytes"),
    (b"", 0, "cut short or followed by more bytes"),
])
def test_a_broken_stream_is_refused(office: SiteKeys, centre: SiteKeys, packed: bytes,
                                    plain_size: int, words: str):
    bundle = forge([("records", plain_size, packed)], office, centre.public)
    assert words in refusal(lambda: open_bundle(bundle, centre, enrolled(office.public)))


def test_a_forged_but_honest_bundle_opens(office: SiteKeys, centre: SiteKeys):
    """The forging helpers follow the spec: built the same way with honest sizes, it opens."""
    bundle = forge([("records", 3, zlib.compress(b"abc"))], office, centre.public)
    assert open_bundle(bundle, centre, enrolled(office.public))[1] == {"records": b"abc"}


# --- random damage ---------------------------------------------------------------------------

@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["flip", "insert", "delete", "cut", "set"]),
                          st.integers(0, 10_000), st.binary(min_size=1, max_size=8)),
                min_size=1, max_size=4))
def test_random_damage_is_only_ever_refused(small: bytes, office: SiteKeys, centre: SiteKeys,
                                            edits):
    data = bytearray(small)
    for kind, where, blob in edits:
        at = where % (len(data) + 1)
        if kind == "flip" and at < len(data):
            data[at] ^= blob[0] or 1
        elif kind == "insert":
            data[at:at] = blob
        elif kind == "delete":
            del data[at:at + len(blob)]
        elif kind == "cut":
            del data[at:]
        elif kind == "set":
            data[at:at + len(blob)] = blob
    damaged = bytes(data)
    if damaged == small:
        return
    with contextlib.suppress(BundleRefused):  # structure alone may pass; opening may not
        read_manifest(damaged)
    refusal(lambda: open_bundle(damaged, centre, enrolled(office.public)))


# --- writing the file ------------------------------------------------------------------------

def test_write_bundle_is_whole_and_leaves_nothing_else(tmp_path: Path, small: bytes,
                                                       large: bytes):
    path = tmp_path / f"KRG01-to-KRGC{SUFFIX}"
    write_bundle(path, large)
    write_bundle(path, small)  # a second export replaces the first whole
    assert path.read_bytes() == small
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_write_bundle_says_when_it_cannot_write(tmp_path: Path, small: bytes):
    missing = tmp_path / "no such folder" / f"b{SUFFIX}"
    assert "the bundle cannot be written" in refusal(lambda: write_bundle(missing, small))


def test_write_bundle_removes_a_file_that_reads_back_wrong(tmp_path: Path, small: bytes,
                                                           monkeypatch: pytest.MonkeyPatch):
    real = container.atomic_write

    def lying_disk(path: Path, data: bytes) -> None:
        real(path, data[:100] + bytes([data[100] ^ 4]) + data[101:])
    monkeypatch.setattr(container, "atomic_write", lying_disk)
    path = tmp_path / f"b{SUFFIX}"
    assert "read back from the disk differs from what was written, so it was removed" in (
        refusal(lambda: write_bundle(path, small)))
    assert list(tmp_path.iterdir()) == []
