"""Printing from the window: which papers a case may have, the preview, printing and saving the
service's very PDF, the case's history of signed papers, blank forms and the journal."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from datetime import date, time
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QTime
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from desktop.app import App
from desktop.core.case import Case, Obligation, Outcome
from desktop.core.mediator import Mediator
from desktop.documents.material import Kind, Meeting
from desktop.ui import print_dialog
from desktop.ui.case_editor import CaseEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.page_view import PageView
from desktop.ui.pdf_preview import PdfPreview
from desktop.ui.print_dialog import (
    BlankFormDialog,
    CasePrintDialog,
    JournalDialog,
    PaperChoices,
    this_quarter,
)

TODAY = date(2026, 3, 20)


@pytest.fixture
def office(app: App, tmp_path, monkeypatch) -> App:
    app.office.clock = lambda: TODAY
    # The language last chosen is kept in a file of this test, not the user's preferences.
    settings = QSettings(str(tmp_path / "papers.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(print_dialog, "PaperChoices", lambda: PaperChoices(settings))
    return app


@pytest.fixture
def registered(office: App, make_case) -> Case:
    return office.cases.register(make_case(date(2026, 3, 2)))


@pytest.fixture
def settled(office: App, registered: Case) -> Case:
    mediator = office.mediators.add(Mediator("Сейітова Гүлнар Әбенқызы"))
    registered.mediator_ids = [mediator.id]
    office.cases.save(registered)
    office.cases.start_mediation(registered.id, date(2026, 3, 5))
    applicant, other = registered.parties
    return office.cases.close(registered.id, Outcome.SETTLED, date(2026, 3, 18), [
        Obligation(other.id, "Алимент төлейді", date(2026, 4, 10), applicant.id,
                   Decimal("150000"))])


@pytest.fixture
def open_dialog(qtbot, office, translator):
    def open_(case: Case) -> CasePrintDialog:
        dialog = CasePrintDialog(office, case.id)
        qtbot.addWidget(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        return dialog

    return open_


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_a_settlement_is_offered_only_for_a_settled_case(open_dialog, registered):
    dialog = open_dialog(registered)
    settlement = dialog.kind_buttons[Kind.SETTLEMENT]
    assert not settlement.isEnabled()
    assert "not settled" in settlement.toolTip()
    assert dialog._why_not[Kind.SETTLEMENT].text() == settlement.toolTip()
    assert not dialog.kind_buttons[Kind.TERMINATION].isEnabled()
    assert dialog.kind_buttons[Kind.CONTRACT].isEnabled()
    assert dialog.chosen_kind() is Kind.CONTRACT


def test_a_settled_case_offers_its_agreement_first(open_dialog, settled):
    dialog = open_dialog(settled)
    assert dialog.kind_buttons[Kind.SETTLEMENT].isEnabled()
    assert dialog.chosen_kind() is Kind.SETTLEMENT
    assert not dialog.kind_buttons[Kind.TERMINATION].isEnabled()
    assert not dialog._meeting_box.isEnabled()
    dialog.kind_buttons[Kind.INVITATION].setChecked(True)
    assert dialog._meeting_box.isEnabled()


def test_an_invitation_names_the_session_given_and_leaves_the_rest_to_fill_in(open_dialog,
                                                                           registered):
    dialog = open_dialog(registered)
    dialog.kind_buttons[Kind.INVITATION].setChecked(True)
    dialog.has_time.setChecked(True)
    dialog.meeting_time.setTime(QTime(15, 30))
    dialog.place.setText(" Әкімдік ғимараты, 2-кабинет ")
    place = "Әкімдік ғимараты, 2-кабинет"
    assert dialog.meeting() == Meeting(on=None, at=time(15, 30), place=place)
    preview = dialog.preview()
    assert preview is not None, dialog.reason.text()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview._pdf)).pages)
    assert "15:30" in text and "2-кабинет" in text


def test_the_preview_shows_every_page_of_the_settlement(open_dialog, office, settled):
    preview = open_dialog(settled).preview()
    assert preview is not None
    expected = office.documents().case_document(Kind.SETTLEMENT, settled.id, "ru").pdf
    assert preview.page_count == preview.view.page_count == pages(expected)
    assert preview.page_label.text() == f"Page 1 of {pages(expected)}"
    assert settled.number in preview.windowTitle()


def blank_pdf(count: int, width: float = 842, height: float = 595) -> bytes:
    document = pdfium.PdfDocument.new()
    for _ in range(count):
        document.new_page(width, height).close()
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()


@pytest.fixture
def long_preview(qtbot) -> PdfPreview:
    preview = PdfPreview(blank_pdf(150), "long.pdf", "A long journal")
    qtbot.addWidget(preview)
    preview.resize(900, 700)
    preview.show()
    qtbot.waitExposed(preview)
    preview.to_start()
    preview.view.viewport().repaint()
    return preview


def test_a_long_document_is_drawn_only_a_few_pages_at_a_time(long_preview):
    preview, view = long_preview, long_preview.view
    assert preview.page_label.text() == "Page 1 of 150"
    assert 1 <= view.renders <= 3  # what is in sight, and the next page
    bar = view.verticalScrollBar()
    while bar.value() < bar.maximum():  # all the way down, half a screen at a time
        bar.setValue(bar.value() + bar.pageStep() // 2)
        view.viewport().repaint()
        QApplication.processEvents()  # the page ahead is drawn meanwhile
    assert preview.page_label.text() == "Page 150 of 150"
    assert view.renders <= 150 + 2  # each page drawn once, not kept
    assert 0 < len(view.cached_pages()) <= PageView.CACHE_PAGES
    assert set(view.cached_pages()) <= set(range(150 - PageView.CACHE_PAGES, 150))


def test_the_preview_follows_the_pages_and_zoom(long_preview):
    preview, view = long_preview, long_preview.view
    margin = round(PageView.MARGIN * view.zoom)
    page = view.page_rect(0)
    assert page.top() == margin
    assert margin <= page.left() <= margin + 1  # across the width, with a margin each side
    assert view.viewport().width() - page.right() - 1 - page.left() in (0, 1)
    assert not preview.previous_page.isEnabled()
    preview.next_page.click()
    assert preview.page_label.text() == "Page 2 of 150"
    assert view.page_rect(1).top() == margin and preview.previous_page.isEnabled()
    preview.previous_page.click()
    assert preview.page_label.text() == "Page 1 of 150"

    zoom, drawn = view.zoom, view.renders
    preview.zoom_in.click()
    view.viewport().repaint()
    assert view.zoom > zoom and view.renders > drawn  # drawn afresh at the new size
    preview.zoom_out.click()
    assert view.zoom == pytest.approx(zoom)
    preview.whole_page.click()
    assert view.viewport().rect().contains(view.page_rect(0))
    preview.to_start()
    assert view.zoom == pytest.approx(zoom) and view.page_rect(0).top() == margin

    preview.close()  # PDFium lets the document go with the dialog
    assert view.cached_pages() == [] and preview._document is None


def test_save_pdf_writes_the_services_bytes_and_the_history_shows_it(
        qtbot, office, settled, tmp_path, monkeypatch, translator):
    editor = CaseEditor(office, settled.id)
    qtbot.addWidget(editor)
    assert not editor.printed.isVisibleTo(editor)  # nothing printed yet
    dialog = editor.print_case()
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    preview = dialog.preview()
    target = tmp_path / "out" / "agreement"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    assert preview.save_pdf() == target.with_suffix(".pdf")

    document = office.documents().case_document(Kind.SETTLEMENT, settled.id, "ru")
    written = target.with_suffix(".pdf").read_bytes()
    assert written == document.pdf
    assert len(PdfReader(io.BytesIO(written)).pages) == pages(document.pdf)
    assert list(target.parent.iterdir()) == [target.with_suffix(".pdf")]  # nothing left over

    table = editor.printed.table
    assert editor.printed.isVisibleTo(editor) and table.rowCount() == 1
    assert [table.item(0, c).text() for c in (0, 1, 3)] == [
        "Settlement agreement", "Русский", document.content_hash[:12]]
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", table.item(0, 2).text())


def test_a_save_that_fails_says_so_and_writes_nothing(open_dialog, office, settled, tmp_path,
                                                      monkeypatch):
    preview = open_dialog(settled).preview()
    target = tmp_path / "no such folder" / "agreement.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    assert preview.save_pdf() is None
    message = preview.findChild(QMessageBox)
    assert message is not None and "not saved" in message.text()
    assert not target.parent.exists()
    assert office.documents().history(settled.id) == []


def test_printing_to_a_pdf_printer_prints_every_page_and_records_it(
        open_dialog, office, settled, tmp_path, monkeypatch):
    dialog = open_dialog(settled)
    recorded = []
    dialog.recorded.connect(recorded.append)
    preview = dialog.preview()
    output = tmp_path / "printed.pdf"
    preview.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    preview.printer.setOutputFileName(str(output))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert preview.print_document()
    expected = office.documents().case_document(Kind.SETTLEMENT, settled.id, "ru").pdf
    assert pages(output.read_bytes()) == pages(expected)
    assert [p.kind for p in recorded] == [Kind.SETTLEMENT]
    assert office.documents().history(settled.id) == recorded


def test_a_case_deleted_meanwhile_is_said_on_the_dialog(open_dialog, office, registered):
    dialog = open_dialog(registered)
    office.cases.delete(office.cases.get(registered.id))
    assert dialog.preview() is None
    assert dialog.reason.isVisibleTo(dialog)
    assert dialog.reason.text() == "no such case"


def test_the_language_chosen_is_remembered(open_dialog, settled):
    open_dialog(settled).preview()  # in Russian: see open_dialog
    assert open_dialog(settled).chosen_language() == "ru"


@pytest.fixture
def window(qtbot, office, preferences, translator) -> MainWindow:
    window = MainWindow(office, preferences, translator)
    qtbot.addWidget(window)
    return window


def test_ctrl_p_prints_the_chosen_case(settled, window):
    window.print_action.trigger()
    assert window.findChild(CasePrintDialog) is None
    assert "Choose a case" in window.statusBar().currentMessage()
    window.table.selectRow(0)
    window.print_action.trigger()
    dialog = window.findChild(CasePrintDialog)
    assert dialog is not None and dialog.isVisible() and settled.number in dialog.windowTitle()


def test_a_blank_form_opens_a_preview(window):
    window.blank_action.trigger()  # Case ▸ Blank forms…
    dialog = window.findChild(BlankFormDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.SETTLEMENT))
    preview = dialog.preview()
    assert preview is not None, dialog.reason.text()
    assert preview.view.page_count >= 1
    assert preview.printer.pageLayout().orientation().name == "Portrait"
    page = preview.view.page_rect(0)
    assert page.width() < page.height()


def test_the_office_journal_of_this_quarter_opens_a_landscape_preview(window, settled):
    window.journal_action.trigger()  # Case ▸ Office journal…
    dialog = window.findChild(JournalDialog)
    assert dialog.period() == this_quarter(TODAY) == (date(2026, 1, 1), date(2026, 3, 31))
    preview = dialog.preview()
    assert preview is not None, dialog.reason.text()
    assert preview.view.page_count >= 1
    assert preview.printer.pageLayout().orientation().name == "Landscape"
    page = preview.view.page_rect(0)  # shown as it is printed
    assert page.width() > page.height()
    dialog.date_to.setDate(dialog.date_from.date().addDays(-1))
    assert "ends before" in dialog.reason.text()


def test_quarters():
    assert this_quarter(date(2026, 11, 5)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert this_quarter(date(2026, 5, 31)) == (date(2026, 4, 1), date(2026, 6, 30))


START = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTime
from desktop.app import open_app
from desktop.ui.case_editor import CaseEditor
from desktop.ui.gui import qt_application
from desktop.ui.i18n import Translator
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences

qt = qt_application()
app = open_app(Path(sys.argv[1]))
preferences = Preferences(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = MainWindow(app, preferences, Translator(qt))
window.print_action.trigger()  # nothing chosen: it only says so
editor = CaseEditor(app, None)
print([m for m in ("reportlab", "pypdfium2", "desktop.documents.render") if m in sys.modules])
"""


def test_the_window_and_the_editor_start_without_the_pdf_machinery(tmp_path):
    # ReportLab and PDFium load with the first paper, not with every start.
    result = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "data"), str(tmp_path / "p.ini")],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_editor_prints_only_what_is_stored(qtbot, office, registered, translator):
    editor = CaseEditor(office, registered.id)
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    assert editor.print_button.isEnabled()
    editor.registration.notes.setPlainText("Тараптар келісті")  # not saved yet
    assert not editor.print_button.isEnabled()
    assert editor.print_button.toolTip() == "Save your changes first"
    new = CaseEditor(office, None)
    qtbot.addWidget(new)
    assert not new.print_button.isEnabled() and not new.printed.isVisibleTo(new)
