"""The sync commands end to end, as a centre and an office run them, each in its own folder."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import main


def run(capsys, data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_office_joins_exports_and_the_centre_imports(tmp_path: Path, capsys):
    centre, office, stick = tmp_path / "centre", tmp_path / "office", tmp_path / "stick"
    code, out, _ = run(capsys, centre, "centre", "init", "--name", "Қарағанды өңірлік орталығы")
    assert code == 0 and "fingerprint" in out
    setup = tmp_path / "krg01.json"
    code, out, _ = run(capsys, centre, "centre", "add-office", "--code", "krg01", "--name-kk",
                       "Абай ауданының кабинеті", "--name-ru", "Кабинет Абайского района",
                       "--out", str(setup))
    assert code == 0 and setup.is_file()
    code, out, _ = run(capsys, office, "office", "join", str(setup))
    assert code == 0 and "KRG01" in out
    assert run(capsys, office, "demo", "--cases", "30")[0] == 0

    code, out, err = run(capsys, office, "bundle", "export", "--out", str(stick))
    bundle = Path(out.strip())
    assert code == 0 and bundle.is_file() and bundle.parent == stick
    assert "30 cases" in err

    code, out, _ = run(capsys, centre, "bundle", "import", str(stick), "--json")
    [report] = json.loads(out)
    assert code == 0 and report["status"] == "applied" and report["origin"] == "KRG01"
    assert report["outcomes"]["added"] > 30 and report["outcomes"]["refused"] == 0
    code, out, _ = run(capsys, centre, "cases", "list", "--json")
    assert len(out.splitlines()) == 30

    code, out, _ = run(capsys, centre, "bundle", "import", str(bundle))
    assert code == 0 and "already applied" in out
    code, out, _ = run(capsys, centre, "centre", "offices", "--json")
    [listed] = [json.loads(line) for line in out.splitlines()]
    assert listed["code"] == "KRG01" and listed["bundles"] == 1 and listed["last_bundle_at"]

    # inspect shows the manifest, without a name or an IIN
    code, out, _ = run(capsys, tmp_path / "anyone", "bundle", "inspect", str(bundle))
    manifest = json.loads(out)
    assert code == 0 and manifest["origin"] == "KRG01" and manifest["counts"]["cases"] == 30
    first = json.loads(run(capsys, office, "cases", "list", "--json", "--limit", "1")[1])
    assert first["parties"][0]["name"] not in out and first["parties"][0]["iin"] not in out


def test_refused_files_exit_1_with_the_reason(tmp_path: Path, capsys):
    centre, office, stick = tmp_path / "centre", tmp_path / "office", tmp_path / "stick"
    run(capsys, centre, "centre", "init", "--name", "Орталық")
    run(capsys, centre, "centre", "add-office", "--code", "KRG01", "--name-kk", "А",
        "--name-ru", "А", "--out", str(tmp_path / "s.json"))
    run(capsys, office, "office", "join", str(tmp_path / "s.json"))
    run(capsys, office, "demo", "--cases", "5")
    bundle = Path(run(capsys, office, "bundle", "export", "--out", str(stick))[1].strip())
    damaged = stick / "damaged.kelisim"
    damaged.write_bytes(bundle.read_bytes()[:-10])
    code, out, err = run(capsys, centre, "bundle", "import", str(damaged))
    assert code == 1 and "damaged.kelisim: refused" in err
    assert run(capsys, centre, "cases", "list", "--json")[1] == ""
    # one good and one bad file: the good one is applied, the exit code says one was refused
    code, out, err = run(capsys, centre, "bundle", "import", str(stick))
    assert code == 1 and "applied" in out and "refused" in err

    code, _, err = run(capsys, office, "bundle", "import", str(tmp_path / "missing.kelisim"))
    assert code == 1 and "cannot be read" in err
    code, _, err = run(capsys, tmp_path / "nobody", "bundle", "export", "--out", str(stick))
    assert code == 1 and "join a regional centre" in err
    code, _, err = run(capsys, centre, "office", "join", str(tmp_path / "s.json"))
    assert code == 1 and "centre" in err


def test_a_conflict_listed_and_resolved_from_the_command(tmp_path: Path, capsys):
    centre, office = tmp_path / "centre", tmp_path / "office"
    run(capsys, centre, "centre", "init", "--name", "Орталық")
    run(capsys, centre, "centre", "add-office", "--code", "KRG01", "--name-kk", "А",
        "--name-ru", "А", "--out", str(tmp_path / "s.json"))
    run(capsys, office, "office", "join", str(tmp_path / "s.json"))
    run(capsys, office, "demo", "--cases", "3")
    run(capsys, centre, "bundle", "import",
        run(capsys, office, "bundle", "export", "--out", str(tmp_path / "t1"))[1].strip())
    run(capsys, office, "bundle", "import", run(
        capsys, centre, "bundle", "export", "--office", "KRG01", "--out",
        str(tmp_path / "t2"))[1].strip())

    from dataclasses import replace

    from desktop.app import open_app

    for folder, subject in ((office, "office subject"), (centre, "centre subject")):
        app = open_app(folder)
        try:
            number = app.cases.summaries(app.cases.ids(__import__(
                "desktop.core.register", fromlist=["CaseQuery"]).CaseQuery()))[0].number
            app.cases.save(replace(app.cases.get_by_number(number), subject=subject))
        finally:
            app.close()
    code, out, _ = run(capsys, centre, "bundle", "import", run(
        capsys, office, "bundle", "export", "--out", str(tmp_path / "t3"))[1].strip())
    assert code == 0 and "conflict" in out
    code, out, _ = run(capsys, centre, "conflicts", "list", "--json")
    [conflict] = [json.loads(line) for line in out.splitlines()]
    assert conflict["case"] == number and conflict["fields"]["subject"] == {
        "here": "centre subject", "there": "office subject"}
    code, _, err = run(capsys, centre, "conflicts", "resolve", conflict["id"], "--take", "nope")
    assert code == 1 and "subject" in err
    code, out, _ = run(capsys, centre, "conflicts", "resolve", conflict["id"], "--take", "subject")
    assert code == 0
    assert run(capsys, centre, "conflicts", "list")[1] == ""
    shown = json.loads(run(capsys, centre, "cases", "show", number, "--json")[1])
    assert shown["subject"] == "office subject"
