"""The Sync page on real data folders: a centre and an office exchanging real bundle files."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from desktop.app import App, open_app
from desktop.core.register import CaseQuery
from desktop.store.changes import ConflictView, FieldChoice
from desktop.store.sync_state import PeerStatus
from desktop.ui import sync_words as words
from desktop.ui.i18n import message
from desktop.ui.main_window import MainWindow
from desktop.ui.sync_dialogs import CentreDialog, EnrolDialog, OfficeExportDialog
from desktop.ui.sync_model import (
    SORT_ROLE,
    ConflictTableModel,
    FieldChoiceModel,
    PeerFilterProxy,
    PeerTableModel,
)
from desktop.ui.sync_page import SyncPage

CENTRE_NAME = "Қарағанды өңірлік медиация орталығы"
MOMENT = re.compile(r"^\d\d\.\d\d\.\d{4} \d\d:\d\d$")  # dd.mm.yyyy HH:MM
ALMATY = ZoneInfo("Asia/Almaty")


@dataclass
class Region:
    root: Path
    centre: App
    office: App

    def export(self, name: str) -> Path:
        """The office's next bundle, written into its own folder `name`."""
        return self.office.sync().export(self.root / name).path

    def answer(self) -> Path:
        """The centre's bundle for the office."""
        return self.centre.sync().export(self.root / "back", office="KRG01").path


@pytest.fixture
def region(tmp_path: Path) -> Iterator[Region]:
    centre = open_app(tmp_path / "centre")
    centre.sync().init_centre(CENTRE_NAME)
    setup = tmp_path / "setup.json"
    centre.sync().add_office("KRG01", "Абай ауданының медиация кабинеті",
                             "Кабинет медиации Абайского района", setup)
    office = open_app(tmp_path / "office")
    office.sync().join(setup)
    office.demo().generate(6, seed=3)
    try:
        yield Region(tmp_path, centre, office)
    finally:
        centre.close()
        office.close()


@pytest.fixture
def page(qtbot, preferences, translator):
    def page(kelisim: App) -> SyncPage:
        made = SyncPage(kelisim, preferences)
        qtbot.addWidget(made)
        made.load()
        return made

    return page


def folder_dialog(monkeypatch, folder: Path) -> list[tuple]:
    """The folder dialog answers `folder`; what it was asked is kept."""
    asked: list[tuple] = []

    def choose(*args, **kwargs):
        asked.append(args)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    return asked


def _first_number(kelisim: App) -> str:
    return kelisim.cases.summaries(kelisim.cases.page(CaseQuery(), 0, 1))[0].number


def _edit(kelisim: App, number: str, **changes) -> None:
    kelisim.cases.save(replace(kelisim.cases.get_by_number(number), **changes))


# --- the office ------------------------------------------------------------------------------

def test_the_office_says_who_it_is_and_shows_both_fingerprints(region, page):
    shown = page(region.office)
    me = region.office.sync().identity()
    centre = region.centre.sync().identity()
    assert shown.role == "office"
    assert "KRG01" in shown.identity_label.text() and CENTRE_NAME in shown.identity_label.text()
    assert shown.fingerprint.text() == me.fingerprint
    assert shown.centre_fingerprint.text() == centre.fingerprint
    assert shown.fingerprint.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert not shown.office_box.isHidden() and shown.centre_box.isHidden()
    assert shown._enrol_row.isHidden()


def test_the_office_exports_in_one_click_and_sees_what_is_in_the_bundle(
        region, page, monkeypatch, preferences):
    usb = region.root / "usb"
    usb.mkdir()
    asked = folder_dialog(monkeypatch, usb)
    shown = page(region.office)

    shown.export_button.click()

    [bundle] = usb.glob("*.kelisim")
    text = shown.office_result.text()
    assert str(bundle) in text
    assert "Bundle 1 for the regional centre" in text
    assert "6 cases" in text and "parties" in text
    assert preferences.folder("sync_export") == str(usb)
    shown.export_button.click()  # the next time the same folder is offered first
    assert asked[1][2] == str(usb)
    assert "Bundle 2" in shown.office_result.text()
    assert len(list(usb.glob("*.kelisim"))) == 2


def test_a_cancelled_folder_dialog_writes_nothing(region, page, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: "")
    shown = page(region.office)
    assert shown.export_for_centre() is None
    assert shown.office_result.isHidden()


def test_the_office_imports_the_centres_answer(region, page, monkeypatch):
    region.centre.sync().import_paths([region.export("trip1")])
    _edit(region.centre, _first_number(region.office), notes="corrected at the centre")
    answer = region.answer()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(answer)], ""))
    shown = page(region.office)

    reports = shown.import_from_centre()

    assert [r.status for r in reports] == ["applied"]
    assert "updated: 1" in shown.report_dialog.text()
    assert region.office.cases.get_by_number(
        _first_number(region.office)).notes == "corrected at the centre"
    assert "Last bundle from the centre applied" in shown.centre_status.text()


# --- the centre ------------------------------------------------------------------------------

def test_the_centre_imports_a_folder_and_the_report_and_offices_show_it(
        region, monkeypatch, qtbot, preferences, translator):
    usb = region.root / "usb"
    region.office.sync().export(usb)
    folder_dialog(monkeypatch, usb)
    window = MainWindow(region.centre, preferences, translator)
    qtbot.addWidget(window)
    window.show()
    window.sync_action.trigger()
    assert window.tabs.currentWidget() is window.sync_page
    shown = window.sync_page
    assert shown.role == "centre"
    seen = []
    original = shown._app.sync

    def watched():
        service = original()
        real = service.import_paths

        def import_paths(paths, progress=None):
            return real(paths, lambda done, total: (seen.append((done, total)),
                                                     progress(done, total)))

        service.import_paths = import_paths
        return service

    monkeypatch.setattr(shown._app, "sync", watched)

    shown.import_folder_button.click()

    assert seen == [(0, 1), (1, 1)]  # the progress bar was fed
    text = shown.report_dialog.text()
    assert "1 file" in text and "Applied" in text
    assert "Bundle 1 from KRG01" in text
    assert re.search(r"added: \d+", text)
    assert window.model.total == 6  # the register was read again
    [row] = [shown.offices.peer(i) for i in range(shown.offices.rowCount())]
    assert row.code == "KRG01" and row.applied == 1
    last = shown.offices.index(0, PeerTableModel.LAST_BUNDLE).data()
    assert MOMENT.match(last)
    assert shown.offices.index(0, PeerTableModel.APPLIED).data() == "1"
    assert shown.offices.index(0, PeerTableModel.FINGERPRINT).data() == \
        region.office.sync().identity().fingerprint
    assert shown.offices.index(0, PeerTableModel.MISSING).data() == ""


def test_a_gap_is_reported_and_shown_in_the_offices_list(region, page, monkeypatch):
    # The centre as it was before it saw the first bundle (a backup restored, say).
    region.centre.close()
    shutil.copytree(region.root / "centre", region.root / "before")
    region.centre = open_app(region.root / "centre")
    region.centre.sync().import_paths([region.export("trip1")])
    region.office.sync().import_paths([region.answer()])  # the acknowledgement
    _edit(region.office, _first_number(region.office), notes="a later change")
    second = region.export("usb")
    before = open_app(region.root / "before")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(second)], ""))
    try:
        shown = page(before)
        [report] = shown.import_files()
        held = shown.offices.index(0, PeerTableModel.HELD).data()
        gaps = shown.offices.index(0, PeerTableModel.MISSING).data()
        text = shown.report_dialog.text()
    finally:
        before.close()

    assert report.status == "held"
    assert "Held" in text and "Bundle 1 of KRG01 is missing" in text
    assert held == "1"
    assert gaps == "Missing: 1 bundle, number 1"


def test_a_corrupted_bundle_is_refused_with_its_reason_and_nothing_is_stored(
        region, page, monkeypatch, translator):
    usb = region.root / "usb"
    bundle = region.office.sync().export(usb).path
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(data))
    folder_dialog(monkeypatch, usb)
    shown = page(region.centre)

    [report] = shown.import_folder()

    assert report.status == "refused"
    text = shown.report_dialog.text()
    assert "Refused" in text
    assert words.sentence(report.reason) in text
    assert region.centre.cases.count(CaseQuery()) == 0
    assert shown.offices.index(0, PeerTableModel.APPLIED).data() == "0"
    # The reason is said in the language of the window, as every refusal is.
    translator.switch("kk")
    QCoreApplication.processEvents()
    kazakh = shown.report_dialog.text()
    assert words.sentence(message(report.reason)) in kazakh
    assert words.sentence(report.reason) not in kazakh


def test_the_centre_enrols_an_office_and_writes_its_setup_file(region, page, monkeypatch,
                                                                 qtbot):
    setup = region.root / "kelisim-setup-KRG02.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(setup), ""))
    shown = page(region.centre)
    dialog = shown.enrol_office()
    assert isinstance(dialog, EnrolDialog)
    assert not dialog.ok.isEnabled()
    dialog.code.setText("krg01")
    dialog.name_kk.setText("Бұқар жырау ауданы")
    dialog.name_ru.setText("Бухар-Жырауский район")
    dialog.choose.click()
    assert "enrolled already" in dialog.reason.text()  # KRG01 is: the box "again" says how
    assert not dialog.ok.isEnabled()
    dialog.code.setText("KRG02")
    assert dialog.ok.isEnabled(), dialog.reason.text()

    dialog.ok.click()

    assert setup.is_file()
    assert {p.code for p in region.centre.sync().peers()} == {"KRG01", "KRG02"}
    assert "Office KRG02 is enrolled" in shown.centre_result.text()
    assert str(setup) in shown.centre_result.text()
    assert shown.offices.rowCount() == 2


def test_the_centre_exports_a_full_bundle_for_an_office(region, page, preferences, qtbot):
    region.centre.sync().import_paths([region.export("trip1")])
    back = region.root / "back"
    preferences.set_folder("sync_export", str(back))
    shown = page(region.centre)
    shown.offices_table.selectRow(0)
    dialog = shown.export_for_office()
    assert isinstance(dialog, OfficeExportDialog)
    assert dialog.office.currentData() == "KRG01"
    assert dialog.folder.text() == str(back)
    dialog.full.setChecked(True)

    dialog.ok.click()

    [bundle] = back.glob("*.kelisim")
    text = shown.centre_result.text()
    assert str(bundle) in text and "KRG01" in text and "full bundle" in text
    assert "6 cases" in text


def test_no_bundle_can_be_written_for_an_office_before_its_first_one(region, page):
    shown = page(region.centre)
    dialog = shown.export_for_office()
    assert not dialog.ok.isEnabled()
    assert "has sent no bundle yet" in dialog.reason.text()


# --- conflicts -------------------------------------------------------------------------------

def test_a_conflict_is_listed_and_resolved_field_by_field(
        region, monkeypatch, qtbot, preferences, translator):
    region.centre.sync().import_paths([region.export("trip1")])
    region.office.sync().import_paths([region.answer()])
    number = _first_number(region.office)
    _edit(region.office, number, subject="office subject", notes="office note")
    _edit(region.centre, number, subject="centre subject")
    folder_dialog(monkeypatch, region.root / "usb")
    region.office.sync().export(region.root / "usb")
    window = MainWindow(region.centre, preferences, translator)
    qtbot.addWidget(window)
    window.show_sync()
    shown = window.sync_page

    [report] = shown.import_folder()
    assert report.outcomes["conflict"] == 1
    assert f"Conflict: Case {number}" in shown.report_dialog.text()

    assert shown.conflicts.rowCount() == 1
    cells = [shown.conflicts.index(0, c).data() for c in range(4)]
    assert cells[:3] == [number, "Case", "KRG01"]
    assert MOMENT.match(cells[3])
    assert shown.conflict_table.currentIndex().row() == 0  # the first is open at once
    assert number in shown.conflict_title.text()
    fields = shown.fields
    rows = {fields.index(r, FieldChoiceModel.FIELD).data(): r for r in range(fields.rowCount())}
    assert set(rows) == {"Subject of the dispute", "Notes"}
    subject = rows["Subject of the dispute"]
    assert fields.index(subject, FieldChoiceModel.HERE).data() == "centre subject"
    assert fields.index(subject, FieldChoiceModel.THERE).data() == "office subject"
    assert shown.deleted_box.isHidden()  # both sides keep the case
    take = fields.index(rows["Notes"], FieldChoiceModel.TAKE)
    assert fields.flags(take) & Qt.ItemFlag.ItemIsUserCheckable
    assert fields.setData(take, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    shown.resolve_button.click()

    resolved = region.centre.cases.get_by_number(number)
    assert (resolved.subject, resolved.notes) == ("centre subject", "office note")
    assert region.centre.sync().conflicts() == []
    assert shown.conflicts.rowCount() == 0
    assert shown.conflict_split.isHidden()
    assert "No conflicts" in shown.conflict_note.text()
    assert "1 field taken" in window.statusBar().currentMessage()


def test_a_conflict_resolved_elsewhere_meanwhile_is_said_and_the_list_read_again(
        region, page, monkeypatch):
    region.centre.sync().import_paths([region.export("trip1")])
    region.office.sync().import_paths([region.answer()])
    number = _first_number(region.office)
    _edit(region.office, number, notes="office note")
    _edit(region.centre, number, notes="centre note")
    region.centre.sync().import_paths([region.export("trip2")])
    shown = page(region.centre)
    [conflict] = region.centre.sync().conflicts()
    region.centre.sync().resolve(conflict.id, [])  # in another window
    warned = []
    monkeypatch.setattr("desktop.ui.sync_page.show_refusal",
                        lambda parent, error: warned.append(str(error)))

    assert not shown.resolve()

    assert warned == ["the conflict was already resolved"]
    assert shown.conflicts.rowCount() == 0


# --- not enrolled ----------------------------------------------------------------------------

def test_a_register_in_no_sync_offers_to_join_or_become_the_centre(bare_app, page, qtbot):
    shown = page(bare_app)
    assert shown.role is None
    assert not shown._enrol_row.isHidden()
    assert shown.office_box.isHidden() and shown.centre_box.isHidden()
    assert shown.conflicts_box.isHidden()
    assert shown.centre_button.isEnabled()
    dialog = shown.make_centre()
    assert isinstance(dialog, CentreDialog)
    dialog.code.setText("krgc")
    assert dialog.code.text() == "krgc"  # typed by program: capitals come from typing
    dialog.code.setText("KRGC")
    assert not dialog.ok.isEnabled()  # no name yet
    dialog.name.setText(CENTRE_NAME)
    assert dialog.ok.isEnabled()

    dialog.ok.click()

    assert shown.role == "centre"
    assert bare_app.sync().identity().code == "KRGC"
    assert CENTRE_NAME in shown.identity_label.text()
    assert shown._enrol_row.isHidden() and not shown.centre_box.isHidden()


def test_an_office_register_cannot_become_the_centre(app, page):
    shown = page(app)
    assert not shown.centre_button.isEnabled()
    assert not shown.centre_note.isHidden()


def test_an_office_joins_with_its_setup_file(region, tmp_path, page, monkeypatch):
    setup = tmp_path / "krg02.json"
    region.centre.sync().add_office("KRG02", "Шет ауданы", "Шетский район", setup)
    fresh = open_app(tmp_path / "fresh")
    try:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(setup), ""))
        shown = page(fresh)
        enrolled = []
        shown.enrolled.connect(lambda: enrolled.append(True))

        shown.join_button.click()

        assert enrolled == [True]
        assert shown.role == "office"
        assert fresh.office.current().code == "KRG02"
        assert shown.centre_fingerprint.text() == region.centre.sync().identity().fingerprint
    finally:
        fresh.close()


def test_a_bad_setup_file_is_refused_with_its_reason(bare_app, tmp_path, page, monkeypatch):
    bad = tmp_path / "setup.json"
    bad.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(bad), ""))
    warned = []
    monkeypatch.setattr("desktop.ui.sync_page.show_refusal",
                        lambda parent, error: warned.append(str(error)))
    shown = page(bare_app)
    shown.join()
    assert warned and "not a Kelisim setup file" in warned[0]
    assert shown.role is None


def test_a_bundle_opened_on_an_unenrolled_register_says_why_it_cannot_be_imported(
        bare_app, page, monkeypatch, tmp_path):
    warned = []
    monkeypatch.setattr("desktop.ui.sync_page.warn", lambda parent, text: warned.append(text))
    shown = page(bare_app)
    assert shown.import_paths([tmp_path / "x.kelisim"]) is None
    assert "join a regional centre first" in warned[0]


# --- a double-clicked .kelisim file ----------------------------------------------------------

def test_import_bundle_opens_the_sync_page_and_shows_the_report(
        region, qtbot, preferences, translator):
    bundle = region.export("usb")
    window = MainWindow(region.centre, preferences, translator)
    qtbot.addWidget(window)

    window.import_bundle(bundle)

    assert window.tabs.currentWidget() is window.sync_page
    assert window.sync_page.report_dialog.reports[0].status == "applied"
    assert window.model.total == 6


def test_the_command_line_passes_import_bundle_to_the_window(monkeypatch, tmp_path):
    from desktop import cli
    from desktop.ui import gui

    called = {}
    monkeypatch.setattr(gui, "run", lambda folder, **kwargs: called.update(kwargs) or 0)
    bundle = tmp_path / "KRG01-CENTRE-1-000001.kelisim"
    assert cli.main(["--data-dir", str(tmp_path / "d"), "--import-bundle", str(bundle)]) == 0
    assert called == {"show_and_exit": False, "import_bundle": bundle}
    with pytest.raises(SystemExit):
        cli.main(["--data-dir", str(tmp_path / "d"), "--import-bundle", str(bundle), "demo"])


# --- the models, without widgets -------------------------------------------------------------

def _peer(code: str, name: str, **changes) -> PeerStatus:
    values = {"code": code, "role": "office", "name_kk": name, "name_ru": name, "epoch": 1,
              "identity": None, "last_bundle_at": None, "applied": 0, "held": 0,
              "missing": (), "flagged": ()}
    return PeerStatus(**(values | changes))


def test_the_offices_model_says_each_column_in_words_and_sorts_by_value(qapp, translator):
    model = PeerTableModel()
    model.set_peers([
        _peer("KRG10", "Қарқаралы ауданы", applied=12, epoch=2,
              identity={"fingerprint": "AAAA-BBBB-CCCC-DDDD-EEEE"},
              last_bundle_at=datetime(2026, 3, 2, 19, 30, tzinfo=UTC), missing=(5, 7), held=1),
        _peer("KRG02", "Абай ауданы", applied=3,
              flagged=({"sequence": 4, "at": "2026-03-02T10:00:00+00:00"},)),
    ], ALMATY)
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first == ["KRG10", "Қарқаралы ауданы", "2", "AAAA-BBBB-CCCC-DDDD-EEEE",
                     "03.03.2026 00:30", "12", "1", "Missing: 2 bundles, number 5, 7"]
    assert model.index(1, PeerTableModel.FINGERPRINT).data() == "not known yet"
    assert model.index(1, PeerTableModel.LAST_BUNDLE).data() == "none yet"
    assert model.index(1, PeerTableModel.HELD).data() == ""
    assert model.index(1, PeerTableModel.MISSING).data() == \
        "Came again with other content: 1 bundle, number 4"
    assert "call the office" in model.index(1, PeerTableModel.MISSING).data(
        Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, PeerTableModel.MISSING).data(Qt.ItemDataRole.BackgroundRole)
    assert "new key" in model.index(0, PeerTableModel.ENROLMENT).data(
        Qt.ItemDataRole.ToolTipRole)

    proxy = PeerFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(PeerTableModel.APPLIED, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data() == "KRG02"  # 3 before 12: numbers, not text
    assert proxy.index(0, PeerTableModel.APPLIED).data(SORT_ROLE) == 3
    proxy.sort(PeerTableModel.LAST_BUNDLE, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data() == "KRG02"  # never heard from: first
    proxy.set_search("каркаралы")  # typed without Kazakh letters
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "KRG10"
    proxy.set_search("krg0")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "KRG02"
    proxy.set_search("")
    assert proxy.rowCount() == 2


def _conflict(**changes) -> ConflictView:
    from uuid import uuid4

    values = {"id": uuid4(), "table": "cases", "row_id": uuid4(), "case_id": uuid4(),
              "case_number": "KRG01-2026-0003", "peer": "CENTRE",
              "detected_at": datetime(2026, 3, 2, 5, 0, tzinfo=UTC), "local_deleted": False,
              "remote_deleted": False,
              "fields": (FieldChoice("status", "registered", "closed"),
                         FieldChoice("deadline", None, "2026-04-01"),
                         FieldChoice("claim_amount_tiyn", 15000050, 15000000))}
    return ConflictView(**(values | changes))


def test_the_conflict_models_say_records_fields_and_values_in_words(qapp, translator):
    conflicts = ConflictTableModel()
    conflicts.set_conflicts([_conflict()], {"CENTRE": CENTRE_NAME}, ALMATY)
    assert [conflicts.index(0, c).data() for c in range(4)] == [
        "KRG01-2026-0003", "Case", "CENTRE", "02.03.2026 10:00"]
    assert CENTRE_NAME in conflicts.index(0, ConflictTableModel.WITH).data(
        Qt.ItemDataRole.ToolTipRole)

    fields = FieldChoiceModel()
    fields.set_conflict(_conflict(), ALMATY)
    table = [[fields.index(r, c).data() for c in range(3)] for r in range(3)]
    assert table == [["Status", "Registered", "Closed"],
                     ["Deadline", "—", "01.04.2026"],
                     ["Claim amount", "150 000,50", "150 000"]]
    assert fields.taken() == []
    fields.take_all(True)
    assert fields.taken() == ["status", "deadline", "claim_amount_tiyn"]
    fields.setData(fields.index(0, FieldChoiceModel.TAKE), Qt.CheckState.Unchecked.value,
                   Qt.ItemDataRole.CheckStateRole)
    assert fields.taken() == ["deadline", "claim_amount_tiyn"]
    assert not fields.setData(fields.index(0, FieldChoiceModel.HERE), "x")


def test_counts_take_the_plural_of_the_language(qapp, translator):
    assert words.counts({"parties": 1, "cases": 20, "obligations": 0}) == "20 cases, 1 party"
    assert words.counts({}) == ""
    translator.switch("ru")
    assert words.count_of("cases", 3) == "3 дела"
    assert words.count_of("cases", 5) == "5 дел"
    translator.switch("kk")
    assert words.count_of("cases", 5) == "5 іс"


def test_the_page_speaks_the_language(region, page, translator):
    shown = page(region.office)
    english = shown.export_button.text()
    translator.switch("kk")
    QCoreApplication.processEvents()  # the LanguageChange events are posted
    assert shown.export_button.text() != english
    assert "Sync" not in shown.identity_label.text()
    assert QCoreApplication.translate("MainWindow", "Sync") != "Sync"


def _mnemonics(window: MainWindow) -> list[str]:
    """The Alt+letter of every menu and of every button and label shown in the window."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [menu.title() for menu in window.menuBar().findChildren(type(window.case_menu))
             if menu.menuAction().isVisible() and menu.parent() is window.menuBar()]
    texts += [w.text() for w in window.findChildren(QAbstractButton)
              if w.isVisibleTo(window)]
    texts += [w.text() for w in window.findChildren(QLabel)
              if w.buddy() is not None and w.isVisibleTo(window)]
    found = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            found.append(match.group(1).lower())
    return found


@pytest.mark.parametrize("language", ["en", "kk", "ru"])
def test_no_two_things_in_sight_share_an_alt_letter(region, qtbot, preferences, translator,
                                                    language):
    region.centre.sync().import_paths([region.export("trip1")])
    region.office.sync().import_paths([region.answer()])
    number = _first_number(region.office)
    _edit(region.office, number, notes="office note")
    _edit(region.centre, number, notes="centre note")
    region.centre.sync().import_paths([region.export("trip2")])
    region.office.sync().import_paths([region.answer()])
    translator.switch(language)
    for kelisim in (region.centre, region.office):
        window = MainWindow(kelisim, preferences, translator)
        qtbot.addWidget(window)
        window.show()
        window.show_sync()
        QCoreApplication.processEvents()
        assert window.sync_page.conflicts.rowCount() == 1
        letters = _mnemonics(window)
        assert len(letters) == len(set(letters)), sorted(letters)
        window.close()
