"""Sync between the offices and their regional centre: enrol, export, import, conflicts.

An office and a centre run the same program; `sync_identity` in the settings says which this
database is. Each bundle export or import is one transaction (docs/sync.md).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

from desktop import __version__
from desktop.core.case import Outcome as CaseOutcome
from desktop.core.errors import DomainError, ValidationError
from desktop.core.files import atomic_write
from desktop.core.messages import Text, problem
from desktop.core.office import Office, validate_office
from desktop.core.reference import parse_reference
from desktop.services.office import OfficeService
from desktop.services.reference import REFERENCE_SETTING, WORDING_SETTING
from desktop.store import changes
from desktop.store import sync_state as state
from desktop.store.changes import ConflictView, Outcome, RecordError, Scope
from desktop.store.database import Database
from desktop.store.migrate import SCHEMA_HEAD
from desktop.store.rows import utc_now
from desktop.store.settings import get_setting, put_setting
from desktop.store.sync_state import PeerStatus
from desktop.sync.container import (
    SUFFIX,
    BundleRefused,
    open_bundle,
    read_bundle,
    read_manifest,
    seal,
    write_bundle,
)
from desktop.sync.keys import PublicIdentity, SiteKeys

log = logging.getLogger("kelisim.sync")

IDENTITY_SETTING = "sync_identity"
REFERENCE_ISSUED_SETTING = "reference_issued"
SETUP_FORMAT = 1
CENTRE, OFFICE = "centre", "office"
RECORDS, REFERENCE, WORDING = "records", "reference", "wording"
MAX_WORDING_FILE = 256_000


class SyncError(DomainError):
    """A sync action refused: not enrolled, unknown office, a bad setup file."""


@dataclass(frozen=True)
class Identity:
    role: str  # CENTRE or OFFICE
    code: str
    keys: SiteKeys
    centre: str | None = None  # an office's centre

    @property
    def fingerprint(self) -> str:
        return self.keys.public.fingerprint()


@dataclass(frozen=True)
class ExportResult:
    path: Path
    destination: str
    sequence: int
    counts: dict[str, int]
    full: bool


@dataclass
class BundleReport:
    """What became of one file."""

    path: Path
    status: str  # applied, already applied, held, refused
    reason: str = ""
    origin: str = ""
    sequence: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    conflicts: list[dict] = field(default_factory=list)  # table, case number, record id
    refused: list[dict] = field(default_factory=list)  # table, record id, reason
    gaps: list[str] = field(default_factory=list)  # "bundle 5 of office KRG01 is missing"

    @property
    def ok(self) -> bool:
        return self.status != "refused"

    def to_json(self) -> dict:
        return {"file": str(self.path), "status": self.status, "reason": self.reason,
                "origin": self.origin, "sequence": self.sequence, "outcomes": self.outcomes,
                "conflicts": self.conflicts, "refused": self.refused, "gaps": self.gaps}


class SyncService:
    def __init__(self, db: Database, office: OfficeService,
                 reload_reference: Callable[[], None] = lambda: None):
        self._db = db
        self._office = office
        self._reload_reference = reload_reference

    # --- who this is -------------------------------------------------------------------------

    def identity(self) -> Identity | None:
        with self._db.read() as session:
            return _identity(get_setting(session, IDENTITY_SETTING))

    def _require(self, role: str | None = None) -> Identity:
        me = self.identity()
        if me is None:
            raise SyncError(problem(
                "this register takes part in no sync yet: join a regional centre with the setup "
                "file it gave, or make this register the regional centre"))
        if role is not None and me.role != role:
            raise SyncError(problem("only the {role} can do this; this register is the {actual}",
                                    role=_role_word(role), actual=_role_word(me.role)))
        return me

    def init_centre(self, name: str, code: str = "CENTRE") -> Identity:
        """Make this (empty) database the regional centre, with its own keys."""
        code = code.strip().upper()
        name = name.strip()
        centre = Office(code=code, name_kk=name, name_ru=name)
        validate_office(centre)
        with self._db.write() as session:
            if get_setting(session, IDENTITY_SETTING) is not None:
                raise SyncError(problem("this register is already enrolled in sync"))
            if self._office.current() is not None:
                raise SyncError(problem(
                    "this register belongs to an office; make the centre in a data folder of "
                    "its own (--data-dir)"))
        self._office.update(code=code, name_kk=name, name_ru=name)
        keys = SiteKeys.generate(code)
        with self._db.write() as session:
            changes.set_site(session, code)
            put_setting(session, IDENTITY_SETTING, _identity_json(CENTRE, code, keys))
        log.info("sync: this register became the centre")
        return self._require(CENTRE)

    def add_office(self, code: str, name_kk: str, name_ru: str, out: Path,
                   again: bool = False, replace: bool = False) -> tuple[Path, int]:
        """Enrol an office (or again, with a new key: a lost PC) and write its setup file."""
        me = self._require(CENTRE)
        office = Office(code=code.strip().upper(), name_kk=name_kk.strip(),
                        name_ru=name_ru.strip())
        validate_office(office)
        if office.code == me.code:
            raise ValidationError({"code": problem("is the centre's own code")})
        if out.exists() and not replace:
            raise SyncError(problem(
                "{path} exists already; choose another name, or allow it to be replaced",
                path=out))
        token = secrets.token_hex(32)
        with self._db.write() as session:
            peer = state.peer(session, office.code)
            if peer is not None and not again:
                raise SyncError(problem(
                    "office {code} is enrolled already; enrol it again only to give it a new "
                    "key (a lost or replaced PC)", code=office.code))
            if peer is None and again:
                raise SyncError(problem("office {code} was never enrolled", code=office.code))
            office_id, office_clock = state.enrol_office(session, office, token)
            epoch = state.peer(session, office.code).epoch
            setup = {
                "kelisim_setup": SETUP_FORMAT,
                "centre": {"identity": me.keys.public.to_dict(), "name": _centre_name(session)},
                "office": {"id": office_id.hex, "version": office_clock, "code": office.code,
                           "name_kk": office.name_kk, "name_ru": office.name_ru},
                "epoch": epoch, "token": token,
            }
            out.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(out, json.dumps(setup, ensure_ascii=False, indent=1).encode())
        log.info("sync: office enrolled (epoch %d)", epoch)
        return out, epoch

    def join(self, setup_path: Path) -> Identity:
        """Join the centre named in a setup file: this office gets its keys."""
        setup = _read_setup(setup_path)
        centre_identity = PublicIdentity.from_dict(setup["centre"]["identity"])
        office = setup["office"]
        current = self.identity()
        if current is not None and current.role == CENTRE:
            raise SyncError(problem("this register is the centre; an office joins in its own"))
        with self._db.read() as session:
            known = state.peer(session, centre_identity.code)
        if current is not None and (known is None or setup["epoch"] <= known.epoch):
            raise SyncError(problem(
                "this register has joined already (office {code}); a setup file is used once",
                code=current.code))
        local = self._office.current()
        if local is not None and local.code != office["code"]:
            # Fails with its reason if cases are numbered with the old code.
            self._office.update(code=office["code"])
        elif local is None:
            self._office.update(code=office["code"], name_kk=office["name_kk"],
                                name_ru=office["name_ru"])
        keys = SiteKeys.generate(office["code"])
        with self._db.write() as session:
            state.adopt_office_id(session, office["code"], UUID(hex=office["id"]),
                                  office["version"])
            state.set_centre(session, centre_identity.code, centre_identity.to_dict(),
                             setup["centre"]["name"], setup["epoch"], setup["token"])
            changes.set_site(session, office["code"])
            put_setting(session, IDENTITY_SETTING, _identity_json(
                OFFICE, office["code"], keys, centre=centre_identity.code))
        log.info("sync: joined the centre (epoch %d)", setup["epoch"])
        return self._require(OFFICE)

    # --- export ------------------------------------------------------------------------------

    def export(self, out_dir: Path, office: str | None = None, full: bool = False) -> ExportResult:
        me = self._require()
        if me.role == CENTRE and not office:
            raise SyncError(problem("name the office the bundle is for"))
        if me.role == OFFICE and office and office.upper() != me.code:
            raise SyncError(problem("an office exports only its own bundle"))
        destination = office.upper() if me.role == CENTRE and office else me.centre
        out_dir.mkdir(parents=True, exist_ok=True)
        with self._db.write() as session:
            peer = state.peer(session, destination)
            if peer is None:
                raise SyncError(problem("office {code} is not enrolled", code=destination))
            if peer.identity is None:
                raise SyncError(problem(
                    "office {code} has sent no bundle yet, so its key is not known and nothing "
                    "can be encrypted to it: import its first bundle, then export again",
                    code=destination))
            changes.settle_agreed(session)  # before the export reads what changed
            seq = changes.current_seq(session)
            scope = Scope(site=me.code, since=None if full else peer.acked_to,
                          office=destination if me.role == CENTRE else None, centre=me.code)
            lines, counts = [], Counter()
            for record in changes.changed_records(session, scope):
                lines.append(json.dumps(record.to_json(me.code), ensure_ascii=False,
                                        separators=(",", ":")))
                counts[record.table] += 1
            parts = {RECORDS: "\n".join(lines).encode()}
            sequence = peer.sent_sequence + 1
            manifest: dict[str, Any] = {
                "kind": "back-channel" if me.role == CENTRE else "changes",
                "epoch": peer.epoch, "sequence": sequence,
                "changes": {"from": 0 if full else peer.acked_to, "to": seq},
                "full": full, "schema": SCHEMA_HEAD, "program": __version__,
                "created_at": utc_now().isoformat(timespec="seconds"),
                "counts": dict(counts), "ack": {"epoch": peer.epoch, "to": peer.received_to},
            }
            if me.role == OFFICE:
                manifest["introduce"] = _introduction(me.keys.public, peer.token)
            else:
                rules = get_setting(session, REFERENCE_SETTING)
                if rules is not None:
                    parts[REFERENCE] = json.dumps({
                        "issued_at": (get_setting(session, REFERENCE_ISSUED_SETTING)
                                      or {}).get("at", ""),
                        "data": rules}, ensure_ascii=False).encode()
                if (wording := get_setting(session, WORDING_SETTING)) is not None:
                    parts[WORDING] = json.dumps(wording, ensure_ascii=False).encode()
            data = seal(manifest, parts, me.keys, PublicIdentity.from_dict(peer.identity))
            path = out_dir / f"{me.code}-{destination}-{peer.epoch}-{sequence:06d}{SUFFIX}"
            write_bundle(path, data)  # read back before the sequence is taken
            peer.sent_sequence = sequence
        log.info("sync: bundle %d exported (%d records)", sequence, sum(counts.values()))
        return ExportResult(path, destination, sequence, dict(counts), full)

    # --- import ------------------------------------------------------------------------------

    def import_paths(self, paths: Sequence[Path],
                     progress: Callable[[int, int], None] | None = None) -> list[BundleReport]:
        """Import bundle files, or folders of them, each in a transaction of its own."""
        me = self._require()
        files = _bundle_files(paths)
        reports = []
        for done, path in enumerate(files):
            if progress:
                progress(done, len(files))
            reports.append(self._import_file(me, path))
        if progress:
            progress(len(files), len(files))
        return reports

    def _import_file(self, me: Identity, path: Path) -> BundleReport:
        report = BundleReport(path, "refused")
        try:
            self._apply_bundle(me, read_bundle(path), report)
        except (BundleRefused, SyncError, changes.MissingParentError) as refusal:
            # The Text itself (a str): the window says it in the user's language.
            report.status, report.reason = "refused", refusal.args[0]
            log.warning("sync: a bundle was refused")
            return report
        if report.status == "applied":
            self._apply_held(me, report.origin)
        return report

    def _apply_bundle(self, me: Identity, data: bytes, report: BundleReport) -> None:
        manifest = read_manifest(data)
        origin = str(manifest.get("origin", ""))
        report.origin, report.sequence = origin, _int(manifest, "sequence")
        introduced: list[PublicIdentity] = []
        with self._db.read() as session:
            peer = state.peer(session, origin)
            # Plain values: the row is gone with the session.
            known = None if peer is None else _PeerKey(peer.epoch, peer.identity, peer.token)
        expected = _sender(me, origin, known, introduced)
        manifest, parts = open_bundle(data, me.keys, expected)
        _check_manifest(manifest)
        digest = hashlib.sha256(data).hexdigest()
        epoch, sequence = manifest["epoch"], manifest["sequence"]
        first, last = manifest["changes"]["from"], manifest["changes"]["to"]
        with self._db.write() as session:
            peer = state.peer(session, origin)
            if peer is None or peer.epoch != epoch:
                raise BundleRefused(problem("the enrolment of {code} changed while importing",
                                            code=origin))
            seen = state.ledger_entry(session, origin, epoch, sequence)
            if seen is not None and seen.sha256 != digest:
                # Flagged (committed) for the offices list, then refused.
                state.flag(session, origin, sequence)
                other_content = True
            else:
                other_content = False
        if other_content:
            log.warning("sync: a bundle number came again with other content")
            raise BundleRefused(problem(
                "bundle {sequence} of {code} was received before with other content: this copy "
                "differs from the one recorded; keep both files and tell the centre",
                sequence=sequence, code=origin))
        with self._db.write() as session:
            peer = state.peer(session, origin)
            seen = state.ledger_entry(session, origin, epoch, sequence)
            if seen is not None and seen.status == "applied":
                report.status = "already applied"
                report.gaps = state.gaps(session, origin, epoch)
                return
            if introduced:
                peer.identity = introduced[0].to_dict()
                peer.token = None
            if first > peer.received_to and not manifest.get("full"):
                if seen is None:
                    state.hold(session, origin, epoch, sequence, digest, first, last, data)
                report.status = "held"
                report.reason = problem(
                    "held until the changes before it arrive (bundles after {known} of {code})",
                    known=state.last_applied(session, origin, epoch), code=origin)
                report.gaps = state.gaps(session, origin, epoch)
                return
            self._apply_parts(session, me, peer, manifest, parts, report)
            state.record_applied(session, origin, epoch, sequence, digest, first, last,
                                 report.outcomes)
            report.status = "applied"
            report.gaps = state.gaps(session, origin, epoch)

    def _apply_parts(self, session: Any, me: Identity, peer: Any, manifest: dict,
                     parts: dict[str, bytes], report: BundleReport) -> None:
        records, refused = _parse_records(parts.get(RECORDS, b""))
        applied = changes.apply_records(session, records, peer.code,
                                        send_merges=me.role == OFFICE,
                                        owner=peer.code if me.role == CENTRE else None)
        outcomes = Counter(a.outcome.value for a in applied)
        outcomes[Outcome.REFUSED.value] += len(refused)
        report.outcomes = {o.value: outcomes.get(o.value, 0) for o in Outcome}
        numbers = state.case_numbers(session, {UUID(hex=a.case_id) for a in applied
                                               if a.outcome is Outcome.CONFLICT and a.case_id})
        report.conflicts = [{"table": a.record.table, "id": a.record.id,
                             "case": numbers.get(UUID(hex=a.case_id)) if a.case_id else None}
                            for a in applied if a.outcome is Outcome.CONFLICT]
        report.refused = refused + [{"table": a.record.table, "id": a.record.id,
                                     "reason": a.reason}
                                    for a in applied if a.outcome is Outcome.REFUSED]
        peer.received_to = max(peer.received_to, manifest["changes"]["to"])
        ack = manifest.get("ack") or {}
        if ack.get("epoch") == peer.epoch and isinstance(ack.get("to"), int):
            peer.acked_to = max(peer.acked_to, ack["to"])
        peer.last_bundle_at = utc_now()
        if me.role == OFFICE and REFERENCE in parts:
            self._take_rules(session, parts[REFERENCE])
        if me.role == OFFICE and WORDING in parts:
            _take_wording(session, parts[WORDING])

    def _take_rules(self, session: Any, part: bytes) -> None:
        """Rules data from the centre replace this office's, unless it holds newer ones."""
        try:
            sent = json.loads(part)
            parse_reference(sent["data"], [o.value for o in CaseOutcome])
            issued = str(sent.get("issued_at", ""))
        except (ValueError, KeyError, TypeError, DomainError) as error:
            raise BundleRefused(problem("the rules data in the bundle are invalid: {reason}",
                                        reason=str(error))) from None
        mine = (get_setting(session, REFERENCE_ISSUED_SETTING) or {}).get("at", "")
        if issued >= mine:
            put_setting(session, REFERENCE_SETTING, sent["data"])
            put_setting(session, REFERENCE_ISSUED_SETTING, {"at": issued})
            session.flush()
            self._reload_reference()

    def _apply_held(self, me: Identity, origin: str) -> None:
        """Bundles that waited for this one are applied now, in order, each on its own."""
        while True:
            with self._db.read() as session:
                ready = state.next_ready(session, origin)
            if ready is None:
                return
            sequence, data = ready
            report = BundleReport(Path(f"held bundle {sequence}"), "refused")
            try:
                self._apply_bundle(me, data, report)
            except (BundleRefused, SyncError, changes.MissingParentError):
                log.warning("sync: a held bundle was refused")
                return
            if report.status != "applied":
                return

    # --- what the GUI and the CLI show --------------------------------------------------------

    def inspect(self, path: Path) -> dict:
        return read_manifest(read_bundle(path))

    def peers(self) -> list[PeerStatus]:
        with self._db.read() as session:
            return state.peer_statuses(session)

    def conflicts(self) -> list[ConflictView]:
        with self._db.read() as session:
            return changes.open_conflicts(session)

    def resolve(self, conflict_id: UUID, take_remote: Iterable[str],
                deleted: bool | None = None) -> None:
        with self._db.write() as session:
            changes.resolve_conflict(session, conflict_id, take_remote, deleted)

    def set_wording(self, folder: Path) -> int:
        """The centre's document wording: <language>/<section>.toml files under `folder` that
        replace the shipped ones at every office. Returns how many files."""
        self._require(CENTRE)
        files = {}
        for path in sorted(folder.glob("*/*.toml")):
            name = f"{path.parent.name}/{path.name}"
            try:
                if path.stat().st_size > MAX_WORDING_FILE:
                    raise SyncError(problem("{file} is too large for a wording file", file=name))
                files[name] = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise SyncError(problem("{file} cannot be read: {reason}", file=name,
                                        reason=getattr(error, "strerror", None) or str(error)
                                        )) from None
        if not files:
            raise SyncError(problem(
                "{folder} holds no wording files (kk/settlement.toml and the like)",
                folder=folder))
        _check_wording(files)
        with self._db.write() as session:
            put_setting(session, WORDING_SETTING, {
                "issued_at": utc_now().isoformat(timespec="seconds"), "files": files})
        return len(files)

    def set_rules(self, data: dict) -> None:
        """The centre's rules data (deadline days, categories), sent to every office."""
        self._require(CENTRE)
        parse_reference(data, [o.value for o in CaseOutcome])
        with self._db.write() as session:
            put_setting(session, REFERENCE_SETTING, data)
            put_setting(session, REFERENCE_ISSUED_SETTING,
                        {"at": utc_now().isoformat(timespec="seconds")})
        self._reload_reference()


# --- helpers ------------------------------------------------------------------------------

def _check_wording(files: dict[str, str]) -> None:
    # Imported here: the documents need ReportLab, which most imports never use.
    from desktop.documents.render import check_wording

    check_wording(tuple(sorted(files.items())))


def _take_wording(session: Any, part: bytes) -> None:
    """Document wording from the centre replaces this office's, unless it holds newer."""
    from desktop.documents.wording import WordingError

    try:
        sent = json.loads(part)
        files, issued = sent["files"], str(sent["issued_at"])
        if not (isinstance(files, dict) and all(
                isinstance(k, str) and isinstance(v, str) for k, v in files.items())):
            raise TypeError
        _check_wording(files)
    except (ValueError, KeyError, TypeError, WordingError) as error:
        raise BundleRefused(problem("the document wording in the bundle is invalid: {reason}",
                                    reason=str(error) or type(error).__name__)) from None
    mine = (get_setting(session, WORDING_SETTING) or {}).get("issued_at", "")
    if issued >= mine:
        put_setting(session, WORDING_SETTING, {"issued_at": issued, "files": files})


def _role_word(role: str) -> Text:
    return problem("regional centre") if role == CENTRE else problem("office")


def _identity_json(role: str, code: str, keys: SiteKeys, centre: str | None = None) -> dict:
    return {"role": role, "code": code, "keys": keys.to_dict(), "centre": centre}


def _identity(stored: dict | None) -> Identity | None:
    if stored is None:
        return None
    return Identity(stored["role"], stored["code"], SiteKeys.from_dict(stored["keys"]),
                    stored.get("centre"))


def _centre_name(session: Any) -> str:
    from desktop.store.offices import local_office

    office = local_office(session)
    return office.name_ru if office else ""


def _introduction(identity: PublicIdentity, token: str | None) -> dict:
    body = identity.to_dict()
    proof = hmac.new(bytes.fromhex(token or ""), _canonical(body), hashlib.sha256).hexdigest()
    return {"identity": body, "proof": proof}


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class _PeerKey:
    epoch: int
    identity: dict | None
    token: str | None


def _sender(me: Identity, origin: str, peer: _PeerKey | None,
            introduced: list[PublicIdentity]) -> Callable[[dict], PublicIdentity]:
    """The key a bundle from `origin` must be signed with: pinned, or introduced by the office's
    first bundle and proved with the secret of its setup file."""

    def expected(manifest: dict) -> PublicIdentity:
        if me.role == OFFICE and origin != me.centre:
            raise BundleRefused(problem(
                "the bundle comes from {code}, not from this office's centre", code=origin))
        if peer is None:
            raise BundleRefused(problem(
                "the bundle comes from {code}, which is not enrolled here", code=origin))
        epoch = manifest.get("epoch")
        if epoch != peer.epoch:
            raise BundleRefused(problem(
                "the bundle was made under enrolment {got} of {code}, but enrolment {now} is in "
                "force: it comes from a replaced key or setup file", got=epoch, code=origin,
                now=peer.epoch))
        if peer.identity is not None:
            return PublicIdentity.from_dict(peer.identity)
        offer = manifest.get("introduce")
        try:
            identity = PublicIdentity.from_dict(offer["identity"])
            proof = bytes.fromhex(offer["proof"])
        except (TypeError, KeyError, ValueError, DomainError):
            raise BundleRefused(problem(
                "the first bundle of {code} does not introduce its key", code=origin)) from None
        good = hmac.new(bytes.fromhex(peer.token or ""), _canonical(offer["identity"]),
                        hashlib.sha256).digest()
        if identity.code != origin or not hmac.compare_digest(good, proof):
            raise BundleRefused(problem(
                "the key in the first bundle of {code} was not made with its setup file",
                code=origin))
        introduced.append(identity)
        return identity

    return expected


def _int(manifest: dict, key: str) -> int:
    value = manifest.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _check_manifest(manifest: dict) -> None:
    """The fields the import relies on, and a schema this program knows."""
    span = manifest.get("changes")
    ok = (isinstance(manifest.get("epoch"), int) and _int(manifest, "sequence") > 0
          and isinstance(span, dict) and all(_int(span, k) >= 0 for k in ("from", "to"))
          and isinstance(span.get("from"), int) and isinstance(span.get("to"), int))
    if not ok:
        raise BundleRefused(problem("the bundle's manifest lacks its sequence or change range"))
    if str(manifest.get("schema", "")) > SCHEMA_HEAD:
        raise BundleRefused(problem(
            "the bundle was made by a newer Kelisim (schema {schema}); update this program "
            "first", schema=manifest.get("schema")))


def _parse_records(part: bytes) -> tuple[list[changes.Record], list[dict]]:
    records, refused = [], []
    for number, line in enumerate(part.split(b"\n"), 1):
        if not line.strip():
            continue
        try:
            records.append(changes.parse_record(json.loads(line)))
        except (ValueError, RecordError) as error:
            reason = str(error) if isinstance(error, RecordError) else "not JSON"
            refused.append({"table": "", "id": "", "reason": f"line {number}: {reason}"})
    return records, refused


def _read_setup(path: Path) -> dict:
    try:
        if path.stat().st_size > 64_000:
            raise ValueError
        setup = json.loads(path.read_bytes())
        ok = (setup.get("kelisim_setup") == SETUP_FORMAT
              and isinstance(setup["epoch"], int) and isinstance(setup["token"], str)
              and len(bytes.fromhex(setup["token"])) == 32
              and all(isinstance(setup["office"][k], str)
                      for k in ("id", "code", "name_kk", "name_ru"))
              and UUID(hex=setup["office"]["id"]) is not None
              and all(isinstance(k, str) and isinstance(v, int)
                      for k, v in setup["office"]["version"].items())
              and isinstance(setup["centre"]["name"], str))
    except OSError as error:
        raise SyncError(problem("the setup file {path} cannot be read: {reason}", path=path,
                                reason=error.strerror or type(error).__name__)) from None
    except (ValueError, KeyError, TypeError, AttributeError):
        ok = False
    if not ok:
        raise SyncError(problem("{path} is not a Kelisim setup file, or it is damaged",
                                path=path))
    return setup


def _bundle_files(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix == SUFFIX and p.is_file())
        else:
            files.append(path)
    return files
