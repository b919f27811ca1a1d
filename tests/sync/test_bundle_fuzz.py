"""Seeded fuzz over real bundles: damaged, forged and malformed files change nothing.

One region per module: a centre, KRG01 with 2,000 cases in a bundle the centre has not imported
yet, and KRG02, enrolled and known to the centre. Every damaged or forged copy of KRG01's
bundle must be refused with a reason (a forgery: naming the signature, the key, the origin or
the enrolment), and the centre's database must then be byte for byte what it was. Then valid
bundles, correctly sealed with KRG01's own keys, whose records are malformed: each such record
is refused by itself and named in the report while the rest applies, or the whole bundle is
refused (a row whose parent is missing) with the database unchanged; either way the centre's
register still reads and exports.
"""

from __future__ import annotations

import copy
import hashlib
import json
import random
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sync_region import Region

from desktop.app import App, open_app
from desktop.core.register import CaseQuery
from desktop.store.schema import CaseRow, PartyRow
from desktop.sync.container import (
    PREFIX,
    SIGNATURE_BYTES,
    SUITE,
    _binding,
    _frame,
    canonical,
    open_bundle,
    part_info,
    seal,
)
from desktop.sync.keys import PublicIdentity, SiteKeys

OFFICE_CASES = 2000
FORGED = re.compile(r"signature|key|origin|enrol|not made by", re.IGNORECASE)
# The fields the container writes; the rest of a header is the sender's manifest.
CONTAINER_FIELDS = ("format", "origin", "destination", "sender_fingerprint",
                    "recipient_fingerprint", "seal_nonce", "parts")




@dataclass
class Fuzz:
    region: Any
    bundle: Path  # KRG01's bundle of 2,000 cases, not imported
    data: bytes
    centre: SiteKeys
    krg01: SiteKeys
    krg02: SiteKeys
    manifest: dict  # the bundle's own fields, without the container's
    records: list[dict]  # the bundle's records, as they travel
    krg02_records: list[dict]  # KRG02's rows as the centre holds them
    before: list[str]  # the centre's dump
    folder: Path
    cases_before: int  # the cases the centre holds

    def copy_of_centre(self, name: str) -> App:
        """The centre as it is, in a data folder of its own (the SQLite backup API)."""
        target = self.folder / name
        target.mkdir(parents=True)
        source = sqlite3.connect(self.region.centre.db.path)
        copy_ = sqlite3.connect(target / self.region.centre.db.path.name)
        try:
            source.backup(copy_)
        finally:
            source.close()
            copy_.close()
        return open_app(target)


@pytest.fixture(scope="module")
def fuzz(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzz]:
    root = tmp_path_factory.mktemp("fuzz")
    region = Region(root / "region")
    try:
        krg01 = region.enrol("KRG01")
        krg01.demo().generate(20, seed=41)
        region.round_trip("KRG01")
        region.enrol("KRG02").demo().generate(5, seed=42)
        region.round_trip("KRG02")
        krg01.demo().generate(OFFICE_CASES, seed=43)
        bundle = region.export("KRG01")
        keys = {code: region.apps[code].sync().identity().keys
                for code in ("CENTRE", "KRG01", "KRG02")}
        data = bundle.read_bytes()
        header, parts = open_bundle(data, keys["CENTRE"], lambda _: keys["KRG01"].public)
        assert header["counts"]["cases"] == OFFICE_CASES
        full = region.export("CENTRE", office="KRG02", full=True)
        _, back = open_bundle(full.read_bytes(), keys["KRG02"], lambda _: keys["CENTRE"].public)
        yield Fuzz(
            region, bundle, data, keys["CENTRE"], keys["KRG01"], keys["KRG02"],
            {k: v for k, v in header.items() if k not in CONTAINER_FIELDS},
            _lines(parts["records"]), _lines(back["records"]), region.dump("CENTRE"),
            root / "copies", region.centre.cases.count(CaseQuery()))
    finally:
        region.close()


def _lines(part: bytes) -> list[dict]:
    return [json.loads(line) for line in part.split(b"\n") if line]


# --- the file's pieces ------------------------------------------------------------------------

def _split(data: bytes) -> tuple[dict, list[bytes]]:
    """Header and stored parts of a well-formed bundle."""
    _, _, length = PREFIX.unpack_from(data)
    header = json.loads(data[PREFIX.size:PREFIX.size + length])
    stored, at = [], PREFIX.size + length
    for entry in header["parts"]:
        stored.append(data[at:at + entry["size"]])
        at += entry["size"]
    return header, stored


def _unsigned(header: dict, stored: list[bytes], signature: bytes) -> bytes:
    head = canonical(header)
    return b"".join([PREFIX.pack(b"KELISIMB", 1, len(head)), head, *stored, signature])


def _flip_part_byte(stored: list[bytes], rng: random.Random) -> list[bytes]:
    part = bytearray(stored[0])
    part[rng.randrange(len(part))] ^= 1 << rng.randrange(8)
    return [bytes(part), *stored[1:]]


def _as(code: str, keys: SiteKeys) -> SiteKeys:
    """Another site's private keys under this code."""
    return SiteKeys(code, keys.sign_private, keys.box_private)


# --- damaged and forged copies -------------------------------------------------------------

def _damaged(fuzz: Fuzz, rng: random.Random) -> Iterator[tuple[str, bytes]]:
    data = fuzz.data
    for _ in range(150):
        copy_ = bytearray(data)
        for _ in range(rng.choice((1, 1, 2, 8))):
            at = rng.randrange(len(copy_))
            copy_[at] ^= 1 << rng.randrange(8)
        yield f"bits flipped near byte {at}", bytes(copy_)
    for _ in range(50):
        size = rng.choice((rng.randrange(80), rng.randrange(len(data)), len(data) - 1))
        yield f"cut to {size} bytes", data[:size]
    for _ in range(25):
        extra = rng.randbytes(rng.choice((1, 2, 64, 4096)))
        yield f"{len(extra)} bytes appended", data + extra
    header, stored = _split(data)
    signature = data[-SIGNATURE_BYTES:]
    edits: list[tuple[str, Callable[[dict], None]]] = [
        ("sequence", lambda h: h.update(sequence=h["sequence"] + 1)),
        ("sequence", lambda h: h.update(sequence=1)),
        ("epoch", lambda h: h.update(epoch=2)),
        ("changes.from", lambda h: h["changes"].update({"from": 0})),
        ("changes.to", lambda h: h["changes"].update(to=h["changes"]["to"] + 1000)),
        ("full", lambda h: h.update(full=True)),
        ("schema", lambda h: h.update(schema="9999")),
        ("counts", lambda h: h["counts"].update(cases=1)),
        ("created_at", lambda h: h.update(created_at="2020-01-01T00:00:00+00:00")),
        ("ack", lambda h: h.update(ack={"epoch": 1, "to": 10**6})),
        ("kind", lambda h: h.update(kind="back-channel")),
        ("a new field", lambda h: h.update(note="added")),
        ("introduce dropped", lambda h: h.pop("introduce")),
        ("origin", lambda h: h.update(origin="KRG02")),
        ("origin", lambda h: h.update(origin="KRG09")),
        ("destination", lambda h: h.update(destination="KRG02")),
        ("sender_fingerprint", lambda h: h.update(
            sender_fingerprint=fuzz.krg02.public.fingerprint())),
        ("recipient_fingerprint", lambda h: h.update(
            recipient_fingerprint=fuzz.krg01.public.fingerprint())),
        ("seal_nonce", lambda h: h.update(seal_nonce="0" * 32)),
        ("format", lambda h: h.update(format=2)),
        ("parts[0].plain_size", lambda h: h["parts"][0].update(
            plain_size=h["parts"][0]["plain_size"] - 1)),
        ("parts[0].plain_size", lambda h: h["parts"][0].update(plain_size=1 << 30)),
        ("parts[0].sha256", lambda h: h["parts"][0].update(sha256="0" * 64)),
        ("parts[0].name", lambda h: h["parts"][0].update(name="reference")),
        ("parts[0].size", lambda h: h["parts"][0].update(size=h["parts"][0]["size"] - 1)),
        ("parts[0].extra", lambda h: h["parts"][0].update(extra=1)),
        ("parts", lambda h: h.update(parts=[])),
    ]
    for name, edit in edits:
        changed = copy.deepcopy(header)
        edit(changed)
        yield f"header field {name} changed", _unsigned(changed, stored, signature)
    for _ in range(33):  # a random manifest value replaced by another of another kind
        changed = copy.deepcopy(header)
        key = rng.choice(sorted(fuzz.manifest))
        changed[key] = rng.choice((None, True, -1, "", [], {}, "x" * 300, 2**53 - 1))
        yield f"header field {key} replaced", _unsigned(changed, stored, signature)


def _forged(fuzz: Fuzz, rng: random.Random) -> Iterator[tuple[str, bytes]]:
    """Copies re-signed with keys that are not KRG01's, or claiming another sender."""
    header, stored = _split(fuzz.data)
    krg02 = fuzz.krg02
    for round_ in range(4):
        changed = _flip_part_byte(stored, rng)
        yield "a part changed, re-signed with KRG02's key", _frame(header, changed, krg02)
        yield "a part changed, re-signed with the centre's key", _frame(
            header, changed, fuzz.centre)
        claimed = dict(header, sender_fingerprint=krg02.public.fingerprint())
        yield "a part changed, re-signed by KRG02 naming its own key", _frame(
            claimed, changed, krg02)
        moved = dict(header, origin="KRG02", sender_fingerprint=krg02.public.fingerprint())
        yield "KRG01's parts in a bundle signed by KRG02 as itself", _frame(
            _with_hashes(moved, changed) if round_ else moved,
            changed if round_ else stored, krg02)
        yield "the sender's code changed to KRG02, signed with KRG01's key", _frame(
            dict(header, origin="KRG02"), stored, fuzz.krg01)
        yield "the sender's code changed to KRG09, signed with KRG01's key", _frame(
            dict(header, origin="KRG09"), stored, fuzz.krg01)
        yield "re-signed by KRG02 under the code KRG01", _frame(
            header, changed, _as("KRG01", krg02))
    # Sealed whole by KRG02's keys, claiming to come from KRG01 (its own fingerprint, then
    # KRG01's enrolled one): the parts decrypt, the signature is the only thing that fails.
    parts = {"records": _jsonl(fuzz.records[:50])}
    yield "sealed by KRG02 as KRG01", seal(fuzz.manifest, parts, _as("KRG01", krg02),
                                         fuzz.centre.public)
    yield "sealed by KRG02 as KRG01, naming KRG01's key", _seal_claiming(
        fuzz.manifest, parts, krg02, fuzz.krg01.public, fuzz.centre.public)
    yield "sealed by the centre's own key as KRG01", _seal_claiming(
        fuzz.manifest, parts, fuzz.centre, fuzz.krg01.public, fuzz.centre.public)


def _inner(fuzz: Fuzz, rng: random.Random) -> Iterator[tuple[str, bytes]]:
    """Re-signed with KRG01's own key (a sender's broken program): the part checks refuse."""
    header, stored = _split(fuzz.data)
    for _ in range(6):
        changed = _flip_part_byte(stored, rng)
        yield "a part changed, re-signed", _frame(header, changed, fuzz.krg01)
        yield "a part changed, its hash too, re-signed", _frame(
            _with_hashes(header, changed), changed, fuzz.krg01)
    renamed = copy.deepcopy(header)
    renamed["parts"][0]["name"] = "records2"
    yield "a part renamed, re-signed", _frame(renamed, stored, fuzz.krg01)
    smaller = copy.deepcopy(header)
    smaller["parts"][0]["plain_size"] -= 1
    yield "a part's size understated, re-signed", _frame(smaller, stored, fuzz.krg01)
    nonce = dict(header, seal_nonce="0" * 32)
    yield "the seal nonce changed, re-signed", _frame(nonce, stored, fuzz.krg01)


def _with_hashes(header: dict, stored: list[bytes]) -> dict:
    changed = copy.deepcopy(header)
    for entry, blob in zip(changed["parts"], stored, strict=True):
        entry["sha256"] = hashlib.sha256(blob).hexdigest()
    return changed


def _seal_claiming(manifest: dict, parts: dict[str, bytes], signer: SiteKeys,
                   claimed: PublicIdentity, recipient: PublicIdentity) -> bytes:
    """As container.seal, but the header names `claimed` as the sender while `signer` signs."""
    import secrets
    import zlib

    from cryptography.hazmat.primitives.asymmetric import x25519

    header = dict(manifest, format=1, origin=claimed.code, destination=recipient.code,
                  sender_fingerprint=claimed.fingerprint(),
                  recipient_fingerprint=recipient.fingerprint(),
                  seal_nonce=secrets.token_hex(16),
                  parts=[{"name": n, "plain_size": len(d)} for n, d in parts.items()])
    binding = _binding(header)
    box = x25519.X25519PublicKey.from_public_bytes(recipient.box_key)
    stored = []
    for entry, (name, data) in zip(header["parts"], parts.items(), strict=True):
        blob = SUITE.encrypt(zlib.compress(data), box, info=part_info(binding, name))
        entry["size"], entry["sha256"] = len(blob), hashlib.sha256(blob).hexdigest()
        stored.append(blob)
    return _frame(header, stored, signer)


def _jsonl(records: list[Any]) -> bytes:
    return b"\n".join(r if isinstance(r, bytes) else json.dumps(
        r, ensure_ascii=False, separators=(",", ":")).encode() for r in records)


@pytest.mark.parametrize("family", ["damaged", "forged", "inner"])
def test_every_altered_copy_is_refused_and_the_centre_is_unchanged(fuzz, family):
    make = {"damaged": _damaged, "forged": _forged, "inner": _inner}[family]
    rng = random.Random(f"kelisim-fuzz-{family}")
    folder = fuzz.folder / family
    folder.mkdir(parents=True)
    tried = 0
    for number, (what, data) in enumerate(make(fuzz, rng)):
        if data == fuzz.data:
            continue  # a flip of the same bit twice
        path = folder / f"{number:04d}.kelisim"
        path.write_bytes(data)
        [report] = fuzz.region.centre.sync().import_paths([path])
        assert report.status == "refused", (what, report.status, report.outcomes)
        assert report.reason, what
        if family == "forged":
            assert FORGED.search(report.reason), (what, report.reason)
        assert fuzz.region.dump("CENTRE") == fuzz.before, what
        tried += 1
    assert tried >= {"damaged": 280, "forged": 30, "inner": 15}[family]


def test_the_genuine_bundle_is_then_applied_whole(fuzz):
    """The copies above were refused for what was done to them, not for the original."""
    centre = fuzz.copy_of_centre("genuine")
    try:
        [report] = centre.sync().import_paths([fuzz.bundle])
        assert report.status == "applied", report.reason
        assert report.outcomes["added"] >= OFFICE_CASES and report.outcomes["refused"] == 0
        assert centre.cases.count(CaseQuery()) == fuzz.cases_before + OFFICE_CASES
    finally:
        centre.close()


# --- valid bundles, malformed records --------------------------------------------------------

@dataclass
class Sample:
    case: dict  # a new case of KRG01, as it travels
    rows: list[dict]  # its parties, mediators, sessions, terms
    extra: dict  # another new case, the one that is made malformed

    @property
    def good(self) -> list[dict]:
        return [self.case, *self.rows]


def _sample(fuzz: Fuzz) -> Sample:
    case = copy.deepcopy([r for r in fuzz.records if r["table"] == "cases"][-1])
    rows = [copy.deepcopy(r) for r in fuzz.records if r["values"].get("case_id") == case["id"]]
    assert any(r["table"] == "parties" for r in rows)
    extra = copy.deepcopy(case)
    extra["id"] = extra["values"]["id"] = "0" * 30 + "a1"
    year = extra["values"]["number_year"]
    extra["values"].update(number=f"KRG01-{year}-9999", number_sequence=9999)
    return Sample(case, rows, extra)


def _seal_records(fuzz: Fuzz, lines: list[Any]) -> bytes:
    """A bundle as KRG01's export writes it (its manifest), holding these records."""
    return seal(fuzz.manifest, {"records": _jsonl(lines)}, fuzz.krg01, fuzz.centre.public)


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [line for line in connection.iterdump() if '"sync_clock"' not in line]
    finally:
        connection.close()


def _row(app: App, table: str, row_id: str) -> tuple | None:
    connection = sqlite3.connect(app.db.path)
    try:
        return connection.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
    finally:
        connection.close()


def _still_whole(app: App, folder: Path, sample: Sample | None) -> None:
    """The register lists every case and opens the new one, exports, and its file is sound."""
    app.cases.summaries(app.cases.ids(CaseQuery()))
    if sample is not None:
        app.cases.get(UUID(hex=sample.case["id"]))
    app.sync().export(folder / "answer", office="KRG01")
    connection = sqlite3.connect(app.db.path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


_counter = iter(range(10**6))


def _try(fuzz: Fuzz, lines: list[Any], expect: str, bad: tuple[str, str] | None = None,
         sample: Sample | None = None, untouched: tuple[str, str] | None = None) -> Any:
    """Import a sealed bundle of `lines` into a copy of the centre and check the outcome:
    "record" (the bad one refused by itself, the sample's case applied) or "bundle"."""
    name = f"semantic-{next(_counter)}"
    app = fuzz.copy_of_centre(name)
    try:
        path = fuzz.folder / f"{name}.kelisim"
        path.write_bytes(_seal_records(fuzz, lines))
        before = _dump(app.db.path)
        kept = None if untouched is None else _row(app, *untouched)
        [report] = app.sync().import_paths([path])
        if expect == "bundle":
            assert report.status == "refused" and report.reason, report
            assert _dump(app.db.path) == before
        else:
            assert report.status == "applied", report.reason
            assert report.outcomes["refused"] == 1, report.outcomes
            [refused] = report.refused
            assert refused["reason"], refused
            if sample is not None:
                assert _row(app, "cases", sample.case["id"]) is not None
                for row in sample.rows:
                    assert _row(app, row["table"], row["id"]) is not None, row["table"]
            if bad is not None:
                assert _row(app, *bad) is None, bad
        if untouched is not None:
            assert _row(app, *untouched) == kept, untouched
        _still_whole(app, fuzz.folder / name, None if expect == "bundle" else sample)
        return report
    finally:
        app.close()


def _wrong(change: Callable[[dict], Any]) -> Callable[[Sample], dict]:
    def make(sample: Sample) -> dict:
        record = copy.deepcopy(sample.extra)
        change(record)
        return record
    return make


# (name, the malformed record made from the sample's spare case, or a raw line)
MALFORMED: list[tuple[str, Callable[[Sample], Any]]] = [
    ("an unknown table", _wrong(lambda r: r.update(table="secrets"))),
    ("a table that is not text", _wrong(lambda r: r.update(table=5))),
    ("no table", _wrong(lambda r: r.pop("table"))),
    ("an unknown field", _wrong(lambda r: r["values"].update(hidden="x"))),
    ("an id in capitals", _wrong(lambda r: r.update(id=r["id"].upper()))),
    ("an id too short", _wrong(lambda r: r.update(id=r["id"][1:]))),
    ("an id that is a number", _wrong(lambda r: r.update(id=7))),
    ("an id other than its values'", _wrong(lambda r: r.update(id="0" * 31 + "2"))),
    ("values.id not an id", _wrong(lambda r: r["values"].update(id="not-an-id"))),
    ("an empty version", _wrong(lambda r: r.update(version={}))),
    ("a version as a list", _wrong(lambda r: r.update(version=[["KRG01", 3]]))),
    ("a negative counter", _wrong(lambda r: r.update(version={"KRG01": -1}))),
    ("a counter as text", _wrong(lambda r: r.update(version={"KRG01": "3"}))),
    ("a counter true", _wrong(lambda r: r.update(version={"KRG01": True}))),
    ("a counter too large", _wrong(lambda r: r.update(version={"KRG01": 2**62}))),
    ("a site code too long", _wrong(lambda r: r.update(version={"K" * 13: 3}))),
    ("deleted as text", _wrong(lambda r: r.update(deleted="no"))),
    ("deleted without deleted_at", _wrong(lambda r: r.update(deleted=True))),
    ("deleted_at without deleted", _wrong(lambda r: r["values"].update(
        deleted_at="2026-01-01T00:00:00.000000+00:00"))),
    ("values as a list", _wrong(lambda r: r.update(values=[]))),
    ("no values", _wrong(lambda r: r.pop("values"))),
    ("a required field missing", _wrong(lambda r: r["values"].pop("number"))),
    ("a required field null", _wrong(lambda r: r["values"].update(reg_date=None))),
    ("subject a number", _wrong(lambda r: r["values"].update(subject=5))),
    ("a number too long", _wrong(lambda r: r["values"].update(number="K" * 41))),
    ("a date that does not exist", _wrong(lambda r: r["values"].update(reg_date="2026-02-30"))),
    ("a date in another form", _wrong(lambda r: r["values"].update(reg_date="02.03.2026"))),
    ("a time without its zone", _wrong(lambda r: r["values"].update(
        created_at="2026-01-01T00:00:00"))),
    ("money with a fraction", _wrong(lambda r: r["values"].update(claim_amount_tiyn=1.5))),
    ("money as text", _wrong(lambda r: r["values"].update(claim_amount_tiyn="100"))),
    ("money beyond 2^63", _wrong(lambda r: r["values"].update(claim_amount_tiyn=2**64))),
    ("a line that is not JSON", lambda s: b'{"table": "cases", '),
    ("a line that is a list", lambda s: b"[1, 2, 3]"),
    ("a line that is text", lambda s: b'"cases"'),
    ("an empty record", lambda s: b"{}"),
    ("a line of binary", lambda s: bytes(range(14, 64)) + b"\xff\xfe"),
]


@pytest.mark.parametrize("name", [m[0] for m in MALFORMED])
def test_a_malformed_record_is_refused_by_itself(fuzz, name):
    sample = _sample(fuzz)
    bad = dict(MALFORMED)[name](sample)
    report = _try(fuzz, [*sample.good, bad], "record", sample=sample,
                  bad=("cases", sample.extra["id"]))
    assert report.outcomes["added"] == len(sample.good)


def _wrong_values(column: Any) -> list[Any]:
    from sqlalchemy import JSON, BigInteger, Boolean, Date, Integer, String, Text, Uuid

    from desktop.store.schema import UTCDateTime

    kind = column.type
    values: list[Any] = [] if column.nullable else [None]
    if isinstance(kind, Uuid):
        return [*values, "XYZ", "A" * 32, 5, "0" * 31, ["0" * 32]]
    if isinstance(kind, UTCDateTime):
        return [*values, "2026-01-01T00:00:00", "yesterday", 5, "", "2026-13-01T00:00:00Z"]
    if isinstance(kind, Date):
        return [*values, "2026-02-30", "02.03.2026", 20260302, "2026-3-2", ""]
    if isinstance(kind, Boolean):
        return [*values, "true", 1, 0.0]
    if isinstance(kind, (Integer, BigInteger)):
        return [*values, "5", 1.5, True, [], 2**63]
    if isinstance(kind, (String, Text)):
        too_long = ["x" * (kind.length + 1)] if getattr(kind, "length", None) else []
        return [*values, 5, 1.5, False, [], {}, *too_long]
    if isinstance(kind, JSON):
        return [*values, 5, "x", True]
    raise AssertionError(f"no wrong values for {kind!r}")


def test_seeded_wrong_types_in_any_field_are_refused_by_themselves(fuzz):
    rng = random.Random("kelisim-semantic-types")
    local = {"clock", "change_seq", "version", "order_key", "import_key"}
    tables = {"cases": CaseRow, "parties": PartyRow}
    for _ in range(24):
        sample = _sample(fuzz)
        table = rng.choice(sorted(tables))
        if table == "cases":
            record = copy.deepcopy(sample.extra)
        else:  # another party of the good case
            record = copy.deepcopy(next(r for r in sample.rows if r["table"] == "parties"))
            record["id"] = record["values"]["id"] = "0" * 31 + "3"
        columns = [c for c in tables[table].__table__.columns if c.name not in local]
        column = rng.choice(columns)
        value = rng.choice(_wrong_values(column))
        record["values"][column.name] = value
        _try(fuzz, [*sample.good, record], "record", sample=sample,
             bad=(table, record["id"]))


def test_a_row_whose_parent_is_missing_refuses_the_whole_bundle(fuzz):
    sample = _sample(fuzz)
    orphan = copy.deepcopy(next(r for r in sample.rows if r["table"] == "parties"))
    orphan["id"] = orphan["values"]["id"] = "0" * 31 + "4"
    orphan["values"]["case_id"] = "f" * 32
    report = _try(fuzz, [*sample.good, orphan], "bundle")
    assert "parties" in report.reason
    # Without its case, a case's own rows are such rows too.
    _try(fuzz, sample.rows, "bundle")


# What the schema check lets through and should not: each is refused by itself, nothing else
# breaks, and another office's rows stay as they were.

def _cross_office_case(fuzz: Fuzz, sample: Sample) -> dict:
    record = copy.deepcopy(sample.extra)
    record["values"].update(office_code="KRG02", number="KRG02-2026-0777",
                            number_sequence=777)
    return record


def _krg02(fuzz: Fuzz, table: str) -> dict:
    return copy.deepcopy(next(r for r in fuzz.krg02_records if r["table"] == table))


@pytest.mark.parametrize("column", ["status", "referral", "stage", "outcome"])
def test_a_value_outside_its_list_is_refused_by_itself(fuzz, column):
    sample = _sample(fuzz)
    record = copy.deepcopy(sample.extra)
    record["values"][column] = "bogus"
    _try(fuzz, [*sample.good, record], "record", sample=sample,
         bad=("cases", record["id"]))


def test_text_that_is_not_unicode_is_refused_by_itself(fuzz):
    sample = _sample(fuzz)
    record = copy.deepcopy(sample.extra)
    record["values"]["subject"] = "\ud800"
    line = json.dumps(record, ensure_ascii=True).encode()  # the escape kept as \ud800
    _try(fuzz, [*sample.good, line], "record", sample=sample, bad=("cases", record["id"]))


@pytest.mark.parametrize("clash", ["case number taken", "office code taken", "record twice"])
def test_a_record_that_collides_with_a_stored_one_is_refused_by_itself(fuzz, clash):
    sample = _sample(fuzz)
    if clash == "case number taken":
        record = copy.deepcopy(sample.extra)
        taken = fuzz.region.centre.cases.summaries(
            fuzz.region.centre.cases.page(CaseQuery(), 0, 1))[0].number
        record["values"]["number"] = taken
        bad = ("cases", record["id"])
    elif clash == "office code taken":
        record = _krg02(fuzz, "offices")
        record["id"] = record["values"]["id"] = "0" * 31 + "5"
        record["version"] = {"KRG01": 1}
        bad = ("offices", record["id"])
    else:
        record, bad = sample.case, None
    _try(fuzz, [*sample.good, record], "record", sample=sample, bad=bad)


@pytest.mark.parametrize("forgery", ["a new KRG02 case", "a party of a KRG02 case",
                                     "a KRG02 case overwritten"])
def test_an_office_cannot_write_another_office_rows(fuzz, forgery):
    sample = _sample(fuzz)
    victim = _krg02(fuzz, "cases")
    if forgery == "a new KRG02 case":
        record = _cross_office_case(fuzz, sample)
        bad = ("cases", record["id"])
    elif forgery == "a party of a KRG02 case":
        record = copy.deepcopy(next(r for r in sample.rows if r["table"] == "parties"))
        record["id"] = record["values"]["id"] = "0" * 31 + "6"
        record["values"]["case_id"] = victim["id"]
        bad = ("parties", record["id"])
    else:
        record = copy.deepcopy(victim)
        record["version"] = {"KRG02": 10**9}
        record.pop("based_on", None)
        record["values"]["subject"] = "written by KRG01"
        bad = None
    _try(fuzz, [*sample.good, record], "record", sample=sample, bad=bad,
         untouched=("cases", victim["id"]))
