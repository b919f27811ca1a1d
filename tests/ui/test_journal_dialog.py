"""Importing a journal from the window: problems listed by row and column, then all or nothing."""

from __future__ import annotations

from pathlib import Path

from desktop.core.register import CaseQuery
from desktop.ui.journal_import import JournalImport

HEADER = ("Дата регистрации;Заявитель;ИИН заявителя;Другая сторона;ИИН/БИН другой стороны;"
          "Категория спора;Суть спора;Медиатор;Результат;Дата завершения")


def journal(path: Path, *rows: str) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8-sig")
    return path


def test_a_bad_row_is_shown_and_nothing_is_imported(app, qtbot, tmp_path, make_iin, translator):
    good = make_iin(3)
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    dialog = JournalImport(app)
    qtbot.addWidget(dialog)
    dialog.check(journal(tmp_path / "bad.csv",
                         f"12.03.2025;Қасымов Әділ;{good};Иванова Ольга;;семейный;Раздел;;;",
                         f"13.03.2025;Серікова Әсел;{bad};Петров Иван;;семейный;Алименты;;;"))
    table = dialog._problems
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "3"  # the header is row 1
    assert table.item(0, 1).text() == "ИИН заявителя"
    assert "check digit" in table.item(0, 2).text()
    assert not dialog._import.isEnabled()
    assert app.cases.count(CaseQuery()) == 0


def test_a_clean_journal_is_checked_then_imported(app, qtbot, tmp_path, make_iin, translator):
    dialog = JournalImport(app)
    qtbot.addWidget(dialog)
    imported = []
    dialog.imported.connect(imported.append)
    dialog.check(journal(tmp_path / "ok.csv",
                         f"12.03.2025;Қасымов Әділ;{make_iin(3)};Иванова Ольга;;семейный;Раздел;;;",
                         "14.03.2025;Өмірзақова Гүлнар;;Ким Сергей;;трудовой;Зарплата;;;"))
    assert dialog._import.isEnabled()
    assert "2 cases ready to import" in dialog._summary.text()
    assert app.cases.count(CaseQuery()) == 0  # the check stores nothing
    dialog._import.click()
    assert imported == [2]
    assert app.cases.count(CaseQuery()) == 2
    assert not dialog._import.isEnabled()


def test_the_reason_follows_the_language(app, qtbot, tmp_path, make_iin, translator):
    dialog = JournalImport(app)
    qtbot.addWidget(dialog)
    dialog.check(tmp_path / "missing.xlsx")
    english = dialog._summary.text()
    assert english
    translator.switch("ru")
    dialog.check(tmp_path / "missing.xlsx")
    assert dialog._summary.text() != english
