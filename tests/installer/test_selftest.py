"""`kelisim --self-test` from the source tree: it passes, and each kind of breakage fails it at
the step that notices, naming what is wrong. (tests/installer/test_frozen.py runs it frozen.)"""

from __future__ import annotations

import io
import logging
import shutil
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from desktop import config, selftest
from desktop.cli import main
from desktop.selftest import (
    KAZAKH_LETTERS,
    STEPS,
    SelfTestFailure,
    pdf_fonts,
    run_self_test,
)


def test_the_self_test_passes_and_says_so_in_one_line(capsys):
    assert main(["--self-test"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert len(out.splitlines()) == 1
    assert "self-test passed" in out
    for name, _ in STEPS:
        assert name in out


def test_it_never_touches_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(config.DATA_DIR_ENV, str(tmp_path / "office"))
    assert main(["--self-test"]) == 0
    assert not (tmp_path / "office").exists()


def test_the_scratch_folder_is_removed_and_its_log_closed():
    seen: list[Path] = []

    def note_folder(run: selftest.Run) -> str:
        seen.append(run.folder)
        return ""

    result = run_self_test([("database", selftest.open_database), ("note", note_folder)])
    assert result.ok, result.line
    assert seen and not seen[0].exists()
    assert not [h for h in logging.getLogger("kelisim").handlers
                if isinstance(h, logging.FileHandler)
                and Path(h.baseFilename).is_relative_to(seen[0])]


def test_its_names_cover_every_kazakh_letter():
    # The text step checks each letter in the PDF; the case itself must carry all of them, so
    # that the check does not lean on the wording's own letters.
    typed = " ".join((selftest.APPLICANT, selftest.OTHER_PARTY, selftest.MEDIATOR,
                      selftest.SUBJECT, selftest.TERM))
    assert [letter for letter in KAZAKH_LETTERS if letter not in typed] == []


def test_usage_with_a_command_is_refused(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--self-test", "office", "show"])
    assert exit_.value.code == 2
    assert "--self-test takes no command" in capsys.readouterr().err


@pytest.fixture
def resources_copy(tmp_path, monkeypatch) -> Path:
    """A copy of the shipped resources that the program reads instead of the real ones."""
    copy = tmp_path / "resources"
    shutil.copytree(config.resources_dir(), copy, ignore=shutil.ignore_patterns("*.ts"))
    monkeypatch.setattr(config, "resources_dir", lambda: copy)
    return copy


@pytest.mark.parametrize(("missing", "named"), [
    ("fonts/LiberationSerif-Bold.ttf", "fonts/LiberationSerif-Bold.ttf"),
    ("fonts/LICENSE-LiberationSerif.txt", "fonts/LICENSE-LiberationSerif.txt"),
    ("translations/kelisim_kk.qm", "translations/kelisim_kk.qm"),
    ("reference/defaults.json", "reference/defaults.json"),
    ("wording/ru", "wording/ru"),
])
def test_a_missing_resource_fails_the_first_step(resources_copy, missing, named, capsys):
    target = resources_copy / missing
    shutil.rmtree(target) if target.is_dir() else target.unlink()
    assert main(["--self-test"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "self-test FAILED at step 'resources'" in err
    assert named in err


def test_a_translation_that_is_not_compiled_is_noticed(resources_copy, capsys):
    (resources_copy / "translations" / "kelisim_ru.qm").write_text("not a .qm file")
    assert main(["--self-test"]) == 1
    assert "translations/kelisim_ru.qm is not a compiled translation" in capsys.readouterr().err


def test_an_error_inside_a_step_is_named_with_its_type():
    def broken(run: selftest.Run) -> str:
        raise KeyError("bundle")

    result = run_self_test([("resources", selftest.check_resources), ("bundle", broken)])
    assert not result.ok
    assert result.line.endswith("at step 'bundle': KeyError: 'bundle' (passed: resources)")


def test_a_step_that_finds_a_fault_says_it():
    def picky(run: selftest.Run) -> str:
        raise SelfTestFailure("the bundle's signature does not verify")

    result = run_self_test([("bundle", picky)])
    assert result.line.endswith("at step 'bundle': the bundle's signature does not verify")


def _pdf(font: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont(font, 12)
    canvas.drawString(72, 720, "Kelisim")
    canvas.save()
    return out.getvalue()


def test_a_font_that_is_not_embedded_is_found():
    assert pdf_fonts(_pdf("Helvetica")) == {"Helvetica": False}
    run = selftest.Run(folder=Path("."), pdf=_pdf("Times-Roman"))
    with pytest.raises(SelfTestFailure, match="fonts not embedded in the agreement: Times-Roman"):
        selftest.check_fonts(run)


def test_the_agreement_fonts_are_embedded(tmp_path):
    result = run_self_test(STEPS[:STEPS.index(("fonts", selftest.check_fonts)) + 1])
    assert result.ok, result.line
    assert "fonts (2 embedded)" in result.line
