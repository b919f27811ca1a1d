"""Site keys: generation, the stored forms, and the fingerprint people compare by phone."""

from __future__ import annotations

import base64
import hashlib

import pytest

from desktop.core.errors import DomainError
from desktop.sync.keys import FINGERPRINT_PATTERN, KeyFileError, PublicIdentity, SiteKeys

CROCKFORD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def reference_fingerprint(code: str, sign_key: bytes, box_key: bytes) -> str:
    """docs/bundle-format.md written out again: RFC 4648 base32 mapped to Crockford's letters."""
    digest = hashlib.sha256(b"KELISIM-SITE-IDENTITY-1\x00" + bytes([len(code)]) + code.encode()
                            + sign_key + box_key).digest()
    symbols = base64.b32encode(digest).decode()[:20].translate(CROCKFORD)
    return "-".join(symbols[i:i + 4] for i in range(0, 20, 4))


@pytest.fixture(scope="module")
def keys() -> SiteKeys:
    return SiteKeys.generate("KRG01")


def test_generated_keys_have_raw_32_byte_halves(keys: SiteKeys):
    public = keys.public
    assert (len(keys.sign_private), len(keys.box_private)) == (32, 32)
    assert (len(public.sign_key), len(public.box_key)) == (32, 32)
    assert public.code == "KRG01"
    assert SiteKeys.generate("KRG01").public != public


def test_fingerprint_is_the_specified_one_and_stable(keys: SiteKeys):
    public = keys.public
    fingerprint = public.fingerprint()
    assert FINGERPRINT_PATTERN.match(fingerprint)
    assert fingerprint == reference_fingerprint("KRG01", public.sign_key, public.box_key)
    assert SiteKeys.from_dict(keys.to_dict()).public.fingerprint() == fingerprint
    assert PublicIdentity.from_dict(public.to_dict()).fingerprint() == fingerprint


def test_fingerprint_differs_for_other_keys_or_another_code(keys: SiteKeys):
    public = keys.public
    others = {SiteKeys.generate("KRG01").public.fingerprint() for _ in range(20)}
    assert public.fingerprint() not in others and len(others) == 20
    renamed = PublicIdentity("KRG02", public.sign_key, public.box_key)
    assert renamed.fingerprint() != public.fingerprint()
    swapped = PublicIdentity("KRG01", public.box_key, public.sign_key)
    assert swapped.fingerprint() != public.fingerprint()


def test_round_trips_through_plain_dicts(keys: SiteKeys):
    stored = keys.to_dict()
    assert set(stored) == {"code", "sign_private", "box_private"}
    assert SiteKeys.from_dict(stored) == keys
    shared = keys.public.to_dict()
    assert set(shared) == {"code", "sign_key", "box_key", "fingerprint"}
    assert PublicIdentity.from_dict(shared) == keys.public
    del shared["fingerprint"]  # optional: only a check for the eye
    assert PublicIdentity.from_dict(shared) == keys.public


def test_private_keys_stay_out_of_repr(keys: SiteKeys):
    text = repr(keys)
    assert "KRG01" in text
    assert keys.sign_private.hex() not in text and "sign_private" not in text


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: [d], "is not a set of named fields"),  # a list where the fields belong
    (lambda d: d.pop("box_key"), "lacks the field box_key"),
    (lambda d: d.update(comment="hello"), "unknown field 'comment'"),
    (lambda d: d.update(sign_key=7), "sign_key must be text"),
    (lambda d: d.update(sign_key=d["sign_key"][:-2]), "sign_key must be 64 hexadecimal digits"),
    (lambda d: d.update(sign_key=d["sign_key"].upper()), "must be 64 hexadecimal digits"),
    (lambda d: d.update(box_key="zz" * 32), "box_key must be 64 hexadecimal digits"),
    (lambda d: d.update(box_key="00" * 32), "box_key is not a usable X25519 public key"),
    (lambda d: d.update(code="krg01"), "2 to 12 Latin capital letters or digits"),
    (lambda d: d.update(code=""), "2 to 12 Latin capital letters or digits"),
    (lambda d: d.update(fingerprint="0000-0000-0000-0000-0000"), "does not match its keys"),
])
def test_a_bad_public_key_is_refused_with_a_reason(keys: SiteKeys, change, words):
    data = keys.public.to_dict()
    changed = change(data)
    with pytest.raises(KeyFileError, match=words) as refused:
        PublicIdentity.from_dict(changed if isinstance(changed, list) else data)
    assert isinstance(refused.value, DomainError)
    assert refused.value.args[0].template  # a problem() text, translatable


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d.pop("sign_private"), "lacks the field sign_private"),
    (lambda d: d.update(box_private=d["box_private"] + "00"), "box_private must be 64"),
    (lambda d: d.update(box_key="00" * 32), "unknown field 'box_key'"),
    (lambda d: d.update(code=None), "must be text"),
])
def test_bad_private_keys_are_refused_with_a_reason(keys: SiteKeys, change, words):
    data = keys.to_dict()
    change(data)
    with pytest.raises(KeyFileError, match=words):
        SiteKeys.from_dict(data)


def test_keys_of_the_wrong_size_are_refused_at_construction():
    with pytest.raises(KeyFileError, match="sign_key must be 32 bytes"):
        PublicIdentity("KRG01", b"\x01" * 31, b"\x09" * 32)
    with pytest.raises(KeyFileError, match="box_private must be 32 bytes"):
        SiteKeys("KRG01", b"\x01" * 32, "not bytes")  # type: ignore[arg-type]
    with pytest.raises(KeyFileError, match="Latin capital letters"):
        SiteKeys.generate("KRG-01")
