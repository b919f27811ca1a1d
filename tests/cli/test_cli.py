"""The `kelisim` command end to end, in a temporary data folder, as a user runs it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.core.identifiers import check_digit
from desktop.store.migrate import SCHEMA_HEAD

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"


def valid_iin(first_eleven: str) -> str:
    digit = check_digit(first_eleven)
    assert digit is not None, first_eleven
    return first_eleven + str(digit)


def run(capsys, data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def office_dir(tmp_path, capsys) -> Path:
    data = tmp_path / "office"
    code, _, err = run(capsys, data, "office", "set", "--code", "krg01",
                       "--name-kk", "Абай ауданының медиация кабинеті",
                       "--name-ru", "Кабинет медиации Абайского района")
    assert code == 0, err
    return data


def write_journal(path: Path, rows: list[str], header: str | None = None) -> Path:
    header = header or ("Дата регистрации;Заявитель;ИИН заявителя;Другая сторона;"
                        "ИИН/БИН другой стороны;Категория спора;Суть спора;Медиатор;"
                        "Результат;Дата завершения")
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8-sig")
    return path


def test_demo_then_list_as_json(tmp_path, capsys):
    data = tmp_path / "demo"
    code, out, err = run(capsys, data, "demo", "--cases", "120", "--seed", "7")
    assert code == 0, err
    assert "added 120 cases" in out

    code, out, _ = run(capsys, data, "cases", "list", "--json")
    cases = json_lines(out)
    assert code == 0 and len(cases) == 120
    first = cases[0]
    for key in ("number", "reg_date", "status", "outcome", "category", "parties", "mediators",
                "deadline", "due"):
        assert key in first
    assert {c["status"] for c in cases} >= {"registered", "in_mediation", "closed"}
    assert all(len(c["parties"]) >= 2 for c in cases)
    assert all(("iin" in p) != ("bin" in p) for c in cases for p in c["parties"])
    names = " ".join(p["name"] for c in cases for p in c["parties"])
    assert any(letter in names for letter in KAZAKH_LETTERS)

    # demo adds to an existing database; numbers stay unique
    assert run(capsys, data, "demo", "--cases", "30", "--seed", "8")[0] == 0
    code, out, _ = run(capsys, data, "cases", "list", "--json")
    numbers = [c["number"] for c in json_lines(out)]
    assert len(numbers) == 150 == len(set(numbers))


def test_list_filters_and_search(tmp_path, capsys):
    data = tmp_path / "demo"
    assert run(capsys, data, "demo", "--cases", "300", "--seed", "3")[0] == 0
    _, out, _ = run(capsys, data, "cases", "list", "--json")
    every = json_lines(out)

    _, out, _ = run(capsys, data, "cases", "list", "--json", "--status", "open")
    open_cases = json_lines(out)
    assert open_cases and all(c["status"] != "closed" for c in open_cases)
    assert len(open_cases) == sum(c["status"] != "closed" for c in every)

    _, out, _ = run(capsys, data, "cases", "list", "--json", "--overdue")
    assert all(c["due"] == "overdue" for c in json_lines(out))

    _, out, _ = run(capsys, data, "cases", "list", "--json", "--due-within", "7")
    assert all(c["due"] in ("overdue", "due_soon") for c in json_lines(out))

    # search by a surname in capitals finds the cases whose party has it, and only those
    surname = every[0]["parties"][0]["name"].split()[0]
    _, out, _ = run(capsys, data, "cases", "list", "--json", "--search", surname.upper())
    found = json_lines(out)
    assert every[0]["number"] in {c["number"] for c in found}
    def holds(case: dict) -> bool:  # in a name, the subject, or a representative's name
        if any(surname.lower() in p["name"].lower() for p in case["parties"]):
            return True
        shown = json.loads(run(capsys, data, "cases", "show", case["number"], "--json")[1])
        return surname.lower() in (case["subject"] + " ".join(
            p.get("representative") or "" for p in shown["parties"])).lower()
    assert all(holds(c) for c in found)

    # junk a user may type never breaks the search
    for junk in ['"', "AND", "NEAR(", "*", "^", "a:b", "'; DROP TABLE cases; --"]:
        code, _, err = run(capsys, data, "cases", "list", "--search", junk)
        assert code == 0, (junk, err)


def test_plain_table_and_limit(tmp_path, capsys):
    data = tmp_path / "demo"
    assert run(capsys, data, "demo", "--cases", "40")[0] == 0
    code, out, _ = run(capsys, data, "cases", "list", "--limit", "5")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].startswith("Number") and "Deadline" in lines[0]
    assert len(lines) == 2 + 5 + 1
    assert lines[-1] == "5 of 40 case(s)"


def test_show_a_case(tmp_path, capsys):
    data = tmp_path / "demo"
    assert run(capsys, data, "demo", "--cases", "60")[0] == 0
    _, out, _ = run(capsys, data, "cases", "list", "--json", "--outcome", "settled")
    number = json_lines(out)[0]["number"]
    code, out, _ = run(capsys, data, "cases", "show", number.lower(), "--json")
    shown = json.loads(out)
    assert code == 0 and shown["number"] == number
    assert shown["outcome"] == "settled" and shown["obligations"]
    code, _, err = run(capsys, data, "cases", "show", "KRG01-1999-9999")
    assert code == 1 and "no case numbered" in err


def test_office_show_and_set(office_dir, capsys):
    code, out, _ = run(capsys, office_dir, "office", "show", "--json")
    assert code == 0
    assert json.loads(out)["code"] == "KRG01"
    assert run(capsys, office_dir, "office", "set", "--head", "Қасымова Әйгерім")[0] == 0
    _, out, _ = run(capsys, office_dir, "office", "show", "--json")
    assert json.loads(out)["head"] == "Қасымова Әйгерім"
    assert json.loads(out)["name_ru"] == "Кабинет медиации Абайского района"

    code, _, err = run(capsys, office_dir, "office", "set", "--code", "кар 01")
    assert code == 1 and "code" in err


def test_commands_need_an_office_first(tmp_path, capsys):
    journal = write_journal(tmp_path / "j.csv", [])
    code, _, err = run(capsys, tmp_path / "new", "cases", "import", str(journal))
    assert code == 1 and "office set" in err
    code, _, err = run(capsys, tmp_path / "new", "office", "show")
    assert code == 1 and "office set" in err


def test_import_a_journal_twice_and_dry_run(office_dir, tmp_path, capsys):
    applicant = valid_iin("85051530012")
    rows = [
        f"12.03.2025;Қасымов Әділ Серікұлы;{applicant};Иванова Ольга Петровна;;семейный;"
        "Раздел имущества;Нұрланов Ғалым;урегулирован;02.04.2025",
        "2025-05-06;Өмірзақова Гүлнар;;ТОО «Караганда Жылу»;;Трудовой;Задолженность по "
        "зарплате;Нұрланов Ғалым;;",
    ]
    journal = write_journal(tmp_path / "journal.csv", rows)

    code, out, err = run(capsys, office_dir, "cases", "import", str(journal), "--dry-run")
    assert code == 0, err
    assert "2 would be imported" in out
    assert json_lines(run(capsys, office_dir, "cases", "list", "--json")[1]) == []

    code, out, err = run(capsys, office_dir, "cases", "import", str(journal), "--json")
    report = json.loads(out)
    assert code == 0, err
    assert report["imported"] == 2 and report["new_mediators"] == 1

    code, out, _ = run(capsys, office_dir, "cases", "import", str(journal), "--json")
    again = json.loads(out)
    assert code == 0 and again["imported"] == 0 and again["already_imported"] == 2

    _, out, _ = run(capsys, office_dir, "cases", "list", "--json", "--search", "ҚАСЫМОВ")
    found = json_lines(out)
    assert len(found) == 1
    assert found[0]["parties"][0] == {"name": "Қасымов Әділ Серікұлы", "role": "applicant",
                                      "kind": "individual", "iin": applicant}
    assert found[0]["status"] == "closed" and found[0]["outcome"] == "settled"
    assert found[0]["mediators"] == ["Нұрланов Ғалым"]


def test_a_bad_journal_stores_nothing_and_names_every_bad_row(office_dir, tmp_path, capsys):
    good = valid_iin("85051530012")
    bad_iin = good[:-1] + str((int(good[-1]) + 1) % 10)
    rows = [
        f"12.03.2025;Қасымов Әділ;{good};Иванова Ольга;;семейный;Раздел имущества;;;",
        f"13.03.2025;Серікова Әсел;{bad_iin};Петров Иван;;семейный;Алименты;;;",
        "31.02.2025;Жұмабаев Нұрлан;;Ким Сергей;;семейный;Долг;;;",
        "14.03.2025;Оспанов Ерлан;;Ли Анна;;космический;Долг;;;",
        "15.03.2025;;;Ли Анна;;семейный;Долг;;;",
    ]
    journal = write_journal(tmp_path / "bad.csv", rows)
    before = sqlite3.connect(office_dir / "kelisim.sqlite3").execute(
        "select count(*) from cases").fetchone()[0]

    code, _, err = run(capsys, office_dir, "cases", "import", str(journal))
    assert code == 1
    assert "nothing imported" in err
    for row, column in ((3, "ИИН заявителя"), (4, "Дата регистрации"), (5, "Категория спора"),
                        (6, "Заявитель")):
        assert f"row {row}, column «{column}»" in err, err
    assert "row 2," not in err
    after = sqlite3.connect(office_dir / "kelisim.sqlite3").execute(
        "select count(*) from cases").fetchone()[0]
    assert before == after == 0


def test_import_template_round_trip(office_dir, tmp_path, capsys):
    template = tmp_path / "template.xlsx"
    code, out, err = run(capsys, office_dir, "cases", "import", "--template", str(template),
                         "--lang", "kk")
    assert code == 0, err
    workbook = openpyxl.load_workbook(template)
    workbook["Journal"].append([date(2024, 7, 1), "Қасымов Әділ", "", "Петров Пётр", "",
                                "мүліктік", "Үй бөлу", "Нұрланов Ғалым", "реттелді",
                                date(2024, 7, 20)])
    workbook.save(template)
    code, out, err = run(capsys, office_dir, "cases", "import", str(template), "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == 1
    _, out, _ = run(capsys, office_dir, "cases", "list", "--json")
    (case,) = json_lines(out)
    assert case["category"] == "property" and case["outcome"] == "settled"
    assert case["subject"] == "Үй бөлу"


def test_unreadable_files_and_usage_errors(office_dir, tmp_path, capsys):
    code, _, err = run(capsys, office_dir, "cases", "import", str(tmp_path / "missing.csv"))
    assert code == 1 and "missing.csv" in err
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"this is not a workbook")
    code, _, err = run(capsys, office_dir, "cases", "import", str(garbage))
    assert code == 1 and "garbage.xlsx" in err
    with pytest.raises(SystemExit) as usage:
        run(capsys, office_dir, "cases", "import")
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as usage:
        run(capsys, office_dir, "cases", "list", "--category", "nonsense")
    assert usage.value.code == 2


def test_data_dir_from_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KELISIM_DATA_DIR", str(tmp_path / "from-env"))
    assert main(["office", "set", "--code", "ENV01", "--name-kk", "а", "--name-ru", "б"]) == 0
    assert (tmp_path / "from-env" / "kelisim.sqlite3").exists()


def test_a_database_from_a_newer_kelisim_is_refused(office_dir, capsys):
    database = office_dir / "kelisim.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("update alembic_version set version_num = '9999'")
    before = database.read_bytes()
    code, _, err = run(capsys, office_dir, "cases", "list")
    assert code == 1 and "newer" in err and "9999" in err
    assert database.read_bytes() == before


def test_the_installed_command_runs(tmp_path):
    """The console script as a user starts it: a real process, UTF-8 Kazakh on a pipe."""
    env = os.environ | {"KELISIM_DATA_DIR": str(tmp_path / "proc"), "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "-m", "desktop", "demo", "--cases", "25"], env=env,
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    listed = subprocess.run([sys.executable, "-m", "desktop", "cases", "list", "--json"],
                            env=env, capture_output=True, timeout=120)
    assert listed.returncode == 0
    cases = json_lines(listed.stdout.decode("utf-8"))
    assert len(cases) == 25


def test_several_copies_started_at_once_on_a_new_folder(tmp_path):
    """A double-click too many: every copy waits for the first to create the database."""
    env = os.environ | {"KELISIM_DATA_DIR": str(tmp_path / "race")}
    started = [subprocess.Popen([sys.executable, "-m", "desktop", "cases", "list"], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
               for _ in range(4)]
    results = [(p.wait(timeout=120), p.stderr.read().decode()) for p in started]
    assert all(code == 0 for code, _ in results), results
    with sqlite3.connect(tmp_path / "race" / "kelisim.sqlite3") as connection:
        assert connection.execute("pragma integrity_check").fetchone() == ("ok",)
        assert connection.execute("select version_num from alembic_version").fetchall() \
            == [(SCHEMA_HEAD,)]


def test_an_internal_error_logs_no_personal_data(office_dir, capsys, monkeypatch):
    """The log keeps where an error happened, never its message, which may quote a person."""
    secret = "Қасымова Әйгерім 850515400123"

    def broken(*_args, **_kwargs):
        try:
            raise KeyError(secret)
        except KeyError as cause:
            raise ValueError(f"cannot list {secret}") from cause

    monkeypatch.setattr("desktop.services.cases.CaseService.ids", broken)
    code, _, err = run(capsys, office_dir, "cases", "list")
    assert code == 70 and "internal error" in err and secret not in err
    log = (office_dir / "logs" / "kelisim.log").read_text(encoding="utf-8")
    assert "builtins.ValueError (message not logged)" in log
    assert "builtins.KeyError (message not logged)" in log
    assert "test_cli.py" in log  # where it happened is kept
    assert secret not in log and "850515400123" not in log
    # ...but not the folders above the code, which may be named after the user.
    assert str(Path(__file__).parent) not in log
    assert 'File "desktop/services/cases.py"' in log or 'File "desktop/cli.py"' in log


def test_a_data_folder_that_cannot_be_made(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, err = run(capsys, blocker / "data", "cases", "list")
    assert code == 1 and "cannot use the data folder" in err


def test_delete_a_case_registered_by_mistake(office_dir, tmp_path, capsys):
    journal = write_journal(tmp_path / "j.csv", [
        "12.03.2025;Қасымов Әділ;;Иванова Ольга;;семейный;Раздел имущества;;;"])
    assert run(capsys, office_dir, "cases", "import", str(journal))[0] == 0
    code, out, _ = run(capsys, office_dir, "cases", "delete", "krg01-2025-0001")
    assert code == 0 and "KRG01-2025-0001 deleted" in out
    assert json_lines(run(capsys, office_dir, "cases", "list", "--json")[1]) == []
    code, _, err = run(capsys, office_dir, "cases", "delete", "KRG01-2025-0001")
    assert code == 1 and "no case numbered" in err


def test_a_damaged_database_is_named_not_an_internal_error(tmp_path, capsys):
    data = tmp_path / "damaged"
    data.mkdir()
    (data / "kelisim.sqlite3").write_bytes(b"not a database at all " * 100)
    code, _, err = run(capsys, data, "cases", "list")
    assert code == 1
    assert "kelisim.sqlite3 cannot be used: the file is not a Kelisim database" in err
    assert "backups" in err
