"""Offices and their centre exchange real bundle files: enrol, merge, conflicts, restore."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import pytest

from desktop.app import open_app
from desktop.core.errors import DomainError
from desktop.services.sync import SyncError


def _edit(app, number: str, **changes):
    case = app.cases.get_by_number(number)
    return app.cases.save(replace(case, **changes))


def _some_case(app) -> str:
    return app.cases.summaries(app.cases.page(_query(), 0, 1))[0].number


def _query():
    from desktop.core.register import CaseQuery

    return CaseQuery()


def test_office_cases_reach_the_centre_and_a_second_import_adds_nothing(region):
    office = region.enrol("KRG01")
    office.demo().generate(40, seed=2)
    bundle = region.export("KRG01")

    [report] = region.deliver("CENTRE", bundle)
    assert report.status == "applied", report.reason
    assert report.outcomes["added"] > 40 and report.outcomes["conflict"] == 0
    assert region.content("CENTRE", "KRG01") == region.content("KRG01", "KRG01")
    assert region.centre.cases.count(_query()) == 40

    before = region.dump("CENTRE")
    [again] = region.deliver("CENTRE", bundle)
    assert again.status == "already applied"
    assert region.dump("CENTRE") == before


def test_personal_data_is_not_readable_in_the_file(region):
    office = region.enrol("KRG01")
    office.demo().generate(5, seed=4)
    name = office.cases.get_by_number(_some_case(office)).parties[0].name
    bundle = region.export("KRG01")
    data = bundle.read_bytes()
    assert name.encode() not in data
    assert name.split()[0].encode() not in data
    manifest = region.centre.sync().inspect(bundle)
    assert manifest["origin"] == "KRG01" and manifest["destination"] == "CENTRE"
    assert name not in json.dumps(manifest, ensure_ascii=False)


def test_a_correction_at_the_centre_reaches_the_office_and_the_office_goes_on(region):
    office = region.enrol("KRG01")
    office.demo().generate(10, seed=5)
    region.round_trip("KRG01")
    number = _some_case(office)

    _edit(region.centre, number, subject="Түзетілген: жер учаскесінің шекарасы")
    [report] = region.deliver("KRG01", region.export("CENTRE", office="KRG01"))
    assert report.outcomes["updated"] == 1, report
    assert office.cases.get_by_number(number).subject.startswith("Түзетілген")

    # The office's next edit is a later version of the centre's, not a rival one.
    _edit(office, number, notes="after the correction")
    [report] = region.deliver("CENTRE", region.export("KRG01"))
    assert report.outcomes["updated"] == 1 and report.outcomes["conflict"] == 0
    assert region.centre.cases.get_by_number(number).notes == "after the correction"
    assert region.content("CENTRE", "KRG01") == region.content("KRG01", "KRG01")


def test_only_changes_since_the_acknowledgement_travel(region):
    office = region.enrol("KRG01")
    office.demo().generate(20, seed=6)
    region.round_trip("KRG01")
    number = _some_case(office)
    _edit(office, number, notes="one change")
    result = office.sync().export(region.root / "small")
    assert result.counts == {"cases": 1}


def test_the_same_row_changed_in_both_places_is_a_conflict_resolved_field_by_field(region):
    office = region.enrol("KRG01")
    office.demo().generate(10, seed=7)
    region.round_trip("KRG01")
    number = _some_case(office)

    _edit(office, number, subject="office subject", notes="office note")
    _edit(region.centre, number, subject="centre subject")
    [at_centre] = region.deliver("CENTRE", region.export("KRG01"))
    [at_office] = region.deliver("KRG01", region.export("CENTRE", office="KRG01"))
    assert at_centre.outcomes["conflict"] == 1 and at_office.outcomes["conflict"] == 1
    assert at_centre.conflicts[0]["case"] == number
    # Nothing was overwritten: each side keeps its own until a person decides.
    assert region.centre.cases.get_by_number(number).subject == "centre subject"
    assert office.cases.get_by_number(number).subject == "office subject"

    [conflict] = region.centre.sync().conflicts()
    fields = {f.name: (f.local, f.remote) for f in conflict.fields}
    assert fields["subject"] == ("centre subject", "office subject")
    assert fields["notes"][1] == "office note"
    region.centre.sync().resolve(conflict.id, ["notes"])  # the centre's subject, office's note
    assert region.centre.sync().conflicts() == []
    resolved = region.centre.cases.get_by_number(number)
    assert (resolved.subject, resolved.notes) == ("centre subject", "office note")

    # The resolution travels and settles the office's copy of the conflict too.
    [report] = region.deliver("KRG01", region.export("CENTRE", office="KRG01"))
    assert report.outcomes["updated"] == 1
    assert office.sync().conflicts() == []
    assert office.cases.get_by_number(number).subject == "centre subject"
    [report] = region.deliver("CENTRE", region.export("KRG01"))
    assert report.outcomes["conflict"] == 0
    assert region.content("CENTRE", "KRG01") == region.content("KRG01", "KRG01")


def test_a_deletion_is_not_undone_by_an_older_bundle_arriving_late(region):
    office = region.enrol("KRG01")
    office.demo().generate(10, seed=8)
    number = _some_case(office)
    first = region.export("KRG01")
    office.cases.delete(office.cases.get_by_number(number))
    second = region.export("KRG01")

    reports = region.deliver("CENTRE", second, first)  # out of order
    assert [r.status for r in reports] == ["applied", "applied"]
    with pytest.raises(DomainError):
        region.centre.cases.get_by_number(number)
    assert region.content("CENTRE", "KRG01") == region.content("KRG01", "KRG01")


def test_a_bundle_after_a_gap_is_held_until_the_missing_one_arrives(region, tmp_path):
    office = region.enrol("KRG01")
    office.demo().generate(10, seed=9)
    first = region.export("KRG01")
    # The centre as it was before it saw the first bundle (a restored backup, say).
    region.centre.close()
    shutil.copytree(region.root / "CENTRE", tmp_path / "centre-before")
    region.apps["CENTRE"] = open_app(region.root / "CENTRE")
    region.deliver("CENTRE", first)
    region.deliver("KRG01", region.export("CENTRE", office="KRG01"))  # the acknowledgement
    _edit(office, _some_case(office), notes="second bundle")
    second = region.export("KRG01")

    region.apps["BEFORE"] = open_app(tmp_path / "centre-before")
    [held] = region.deliver("BEFORE", second)
    assert held.status == "held"
    assert "bundle 1 of KRG01 is missing" in held.gaps
    assert region.apps["BEFORE"].cases.count(_query()) == 0
    [filled] = region.deliver("BEFORE", first)
    assert filled.status == "applied" and filled.gaps == []
    assert region.content("BEFORE", "KRG01") == region.content("KRG01", "KRG01")
    [status] = region.apps["BEFORE"].sync().peers()
    assert (status.applied, status.held, status.missing) == (2, 0, ())


def test_refusals_leave_the_database_unchanged(region):
    office = region.enrol("KRG01")
    office.demo().generate(5, seed=10)
    bundle = region.export("KRG01")
    before = region.dump("CENTRE")

    tampered = bundle.with_name("tampered.kelisim")
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    truncated = bundle.with_name("truncated.kelisim")
    truncated.write_bytes(bundle.read_bytes()[:-100])
    huge = bundle.with_name("huge.kelisim")
    with huge.open("wb") as file:  # sparse: past the limit without writing a gigabyte
        file.truncate(2**30 + 1)
    reports = region.deliver("CENTRE", tampered, truncated, huge, bundle.with_name("gone.kelisim"))
    assert [r.status for r in reports] == ["refused"] * 4
    assert "more than" in reports[2].reason and "cannot be read" in reports[3].reason
    assert all(r.reason for r in reports)
    assert region.dump("CENTRE") == before

    # Addressed to the centre: another office cannot read it.
    other = region.enrol("KRG02")
    [wrong] = region.deliver("KRG02", bundle)
    assert wrong.status == "refused" and "CENTRE" in wrong.reason
    del other


def test_the_same_number_with_other_content_is_refused_and_flagged(region, tmp_path):
    office = region.enrol("KRG01")
    office.demo().generate(5, seed=11)
    office.close()
    shutil.copytree(region.root / "KRG01", tmp_path / "twin")
    region.apps["KRG01"] = open_app(region.root / "KRG01")
    genuine = region.export("KRG01")
    twin = open_app(tmp_path / "twin")
    region.apps["TWIN"] = twin
    _edit(twin, _some_case(twin), notes="a different history")
    forged = region.export("TWIN")
    assert region.deliver("CENTRE", genuine)[0].status == "applied"
    before = region.dump("CENTRE")
    [report] = region.deliver("CENTRE", forged)
    assert report.status == "refused" and "other content" in report.reason
    after = region.dump("CENTRE")
    # Flagged for the offices list; nothing else changed.
    assert [line for line in after if line not in before] == [
        line for line in after if line.startswith('INSERT INTO "sync_peers"')]
    [status] = region.centre.sync().peers()
    assert [f["sequence"] for f in status.flagged] == [1]


def test_a_lost_office_pc_is_enrolled_again_and_its_register_restored(region):
    office = region.enrol("KRG01")
    office.demo().generate(15, seed=12)
    region.round_trip("KRG01")
    old_bundle = region.export("KRG01")

    replacement = region.enrol("KRG01", again=True, folder="KRG01-new")
    # The new PC introduces its key with an empty first bundle, then gets everything back.
    assert region.deliver("CENTRE", region.export("KRG01-new"))[0].status == "applied"
    [refused] = region.deliver("CENTRE", old_bundle)
    assert refused.status == "refused" and "enrolment" in refused.reason
    [restore] = region.deliver("KRG01-new", region.export("CENTRE", office="KRG01", full=True))
    assert restore.status == "applied", restore.reason
    assert region.content("KRG01-new", "KRG01") == region.content("CENTRE", "KRG01")

    # New cases continue the numbering; edits of restored cases are accepted as newer.
    number = _some_case(replacement)
    _edit(replacement, number, notes="edited on the new PC")
    [report] = region.deliver("CENTRE", region.export("KRG01-new"))
    assert report.outcomes["updated"] == 1 and report.outcomes["conflict"] == 0
    assert region.centre.cases.get_by_number(number).notes == "edited on the new PC"
    replacement.demo().generate(1, seed=13)
    numbers = {s.number for s in replacement.cases.summaries(replacement.cases.ids(_query()))}
    assert len(numbers) == 16


def test_rules_data_from_the_centre_take_effect_at_the_office(region):
    office = region.enrol("KRG01")
    office.demo().generate(2, seed=14)
    region.round_trip("KRG01")
    rules = _defaults()
    rules["deadline"]["days"] = 45
    region.centre.sync().set_rules(rules)
    [report] = region.deliver("KRG01", region.export("CENTRE", office="KRG01"))
    assert report.status == "applied"
    reopened = open_app(region.root / "KRG01")
    try:
        assert reopened.reference.deadline.days == 45
    finally:
        reopened.close()


def _defaults() -> dict:
    from desktop.services.reference import default_reference_data

    return default_reference_data()


def test_the_roles_refuse_what_is_not_theirs(region, tmp_path):
    office = region.enrol("KRG01")
    with pytest.raises(SyncError):
        office.sync().add_office("KRG09", "a", "b", tmp_path / "x.json")
    with pytest.raises(SyncError):
        region.centre.sync().export(tmp_path / "out")  # which office?
    with pytest.raises(SyncError):
        region.centre.sync().export(tmp_path / "out", office="KRG01")  # no key yet
    with pytest.raises(SyncError):
        region.centre.sync().add_office("KRG01", "a", "b", tmp_path / "y.json")  # twice
    bad = tmp_path / "bad-setup.json"
    bad.write_text("{not json", encoding="utf-8")
    fresh = open_app(tmp_path / "fresh")
    try:
        with pytest.raises(SyncError, match="not a Kelisim setup file"):
            fresh.sync().join(bad)
    finally:
        fresh.close()


def test_a_register_from_before_sync_joins_and_sends_everything(region):
    """A released 0002 database, migrated: every row counts as this office's first version."""
    import sqlite3
    from pathlib import Path

    fixture = Path(__file__).parents[1] / "fixtures" / "schema_0002.sqlite3"
    folder = region.root / "KRG01"
    folder.mkdir()
    source, target = sqlite3.connect(fixture), sqlite3.connect(folder / "kelisim.sqlite3")
    source.backup(target)
    source.close()
    target.close()
    office = region.enrol("KRG01")
    bundle = region.export("KRG01")
    [report] = region.deliver("CENTRE", bundle)
    assert report.status == "applied" and report.outcomes["refused"] == 0, report
    assert region.content("CENTRE", "KRG01") == region.content("KRG01", "KRG01")
    assert region.centre.cases.count(_query()) == office.cases.count(_query()) > 0


def test_document_wording_from_the_centre_is_printed_at_the_office(region, tmp_path):
    import io

    from pypdf import PdfReader

    from desktop.config import resource
    from desktop.core.case import SETTLING_OUTCOMES
    from desktop.documents.material import Kind
    from desktop.documents.wording import WordingError

    office = region.enrol("KRG01")
    office.demo().generate(30, seed=15)
    region.round_trip("KRG01")
    sent = tmp_path / "wording" / "ru"
    sent.mkdir(parents=True)
    text = (resource("wording", "ru", "settlement.toml")).read_text(encoding="utf-8")
    assert 'title = "' in text
    changed = text.replace('title = "', 'title = "НОВАЯ РЕДАКЦИЯ: ', 1)
    (sent / "settlement.toml").write_text(changed, encoding="utf-8")
    assert region.centre.sync().set_wording(tmp_path / "wording") == 1

    broken = tmp_path / "broken" / "kk"
    broken.mkdir(parents=True)
    (broken / "settlement.toml").write_text('title = "{nope}"\n', encoding="utf-8")
    with pytest.raises(WordingError, match=r"kk/settlement\.toml"):
        region.centre.sync().set_wording(tmp_path / "broken")

    [report] = region.deliver("KRG01", region.export("CENTRE", office="KRG01"))
    assert report.status == "applied"
    settled = next(s for s in office.cases.summaries(office.cases.ids(_query()))
                   if s.outcome in SETTLING_OUTCOMES)
    pdf = office.documents().case_document(Kind.SETTLEMENT, settled.id, "ru").pdf
    words = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "НОВАЯ РЕДАКЦИЯ" in words


@pytest.mark.parametrize("keep", [True, False], ids=["case kept", "deletion taken"])
def test_a_case_deleted_at_the_office_and_corrected_at_the_centre_is_decided_whole(region, keep):
    office = region.enrol("KRG01")
    office.demo().generate(6, seed=16)
    region.round_trip("KRG01")
    number = _some_case(office)
    parties = len(office.cases.get_by_number(number).parties)
    office.cases.delete(office.cases.get_by_number(number))
    _edit(region.centre, number, subject="a correction made meanwhile")

    [report] = region.deliver("CENTRE", region.export("KRG01"))
    # The case, and each of its rows (parties, mediators, sessions, terms) waiting on it.
    assert report.outcomes["conflict"] >= 1 + parties
    assert {c["case"] for c in report.conflicts} == {number}
    # Nothing is half done: the case and all its parties are still there until decided.
    assert len(region.centre.cases.get_by_number(number).parties) == parties
    [case_conflict] = [c for c in region.centre.sync().conflicts() if c.table == "cases"]
    assert case_conflict.remote_deleted and not case_conflict.local_deleted

    if keep:
        region.centre.sync().resolve(case_conflict.id, [], deleted=False)
    else:
        region.centre.sync().resolve(case_conflict.id, [f.name for f in case_conflict.fields],
                                     deleted=True)
    assert region.centre.sync().conflicts() == []
    if keep:
        assert len(region.centre.cases.get_by_number(number).parties) == parties
    else:
        with pytest.raises(DomainError):
            region.centre.cases.get_by_number(number)

    # The decision reaches the office whole: the case with its parties, or neither.
    [back] = region.deliver("KRG01", region.export("CENTRE", office="KRG01"))
    assert back.outcomes["conflict"] == 0
    if keep:
        restored = office.cases.get_by_number(number)
        assert len(restored.parties) == parties
        assert restored.subject == "a correction made meanwhile"
    else:
        with pytest.raises(DomainError):
            office.cases.get_by_number(number)
    assert region.content("CENTRE", "KRG01") == region.content("KRG01", "KRG01")


def test_the_same_change_made_in_both_places_merges_and_both_learn_it(region):
    office = region.enrol("KRG01")
    office.demo().generate(4, seed=17)
    region.round_trip("KRG01")
    number = _some_case(office)
    _edit(office, number, notes="the same words")
    _edit(region.centre, number, notes="the same words")

    [at_centre] = region.deliver("CENTRE", region.export("KRG01"))
    assert at_centre.outcomes["conflict"] == 0 and at_centre.outcomes["unchanged"] == 1
    # The centre's merge (its own change kept) goes to the office, which takes it as newer...
    [at_office] = region.deliver("KRG01", region.export("CENTRE", office="KRG01"))
    assert at_office.outcomes["conflict"] == 0 and at_office.outcomes["updated"] == 1
    # ...so the office's next change is simply newer, and nothing answers back for ever.
    _edit(office, number, notes="changed later")
    [later] = region.deliver("CENTRE", region.export("KRG01"))
    assert later.outcomes["updated"] == 1 and later.outcomes["conflict"] == 0
    assert region.centre.cases.get_by_number(number).notes == "changed later"
    region.round_trip("KRG01")
    assert office.sync().export(region.root / "quiet").counts == {}
    assert region.centre.sync().export(region.root / "quiet2", office="KRG01").counts == {}


def test_a_merge_made_at_the_office_goes_back_to_the_centre(region):
    """The other order: the centre's change reaches the office first, which merges it."""
    office = region.enrol("KRG01")
    office.demo().generate(4, seed=18)
    region.round_trip("KRG01")
    number = _some_case(office)
    _edit(office, number, notes="the same words")
    _edit(region.centre, number, notes="the same words")

    [at_office] = region.deliver("KRG01", region.export("CENTRE", office="KRG01"))
    assert at_office.outcomes["conflict"] == 0
    [at_centre] = region.deliver("CENTRE", region.export("KRG01"))
    assert at_centre.outcomes["conflict"] == 0 and at_centre.outcomes["updated"] == 1
    _edit(region.centre, number, notes="corrected later")
    [later] = region.deliver("KRG01", region.export("CENTRE", office="KRG01"))
    assert later.outcomes["updated"] == 1 and later.outcomes["conflict"] == 0
    assert office.cases.get_by_number(number).notes == "corrected later"
