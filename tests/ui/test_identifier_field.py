"""The IIN/BIN field says what is wrong as the number is typed, and cleans what is pasted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.core.identifiers import identifier_problem
from desktop.core.party import PartyKind
from desktop.ui.i18n import message
from desktop.ui.identifier_field import IdentifierField


@pytest.fixture
def field(qtbot, translator) -> IdentifierField:
    widget = IdentifierField(PartyKind.INDIVIDUAL)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def typed(qtbot, field: IdentifierField, text: str) -> str:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)
    return field.reason.text()


def wrong_check_digit(number: str) -> str:
    return number[:11] + str((int(number[11]) + 1) % 10)


def test_empty_says_nothing(field):
    assert field.reason.text() == ""
    assert not field.reason.isVisibleTo(field)
    assert not field.is_valid()


def test_eleven_digits_is_a_quiet_count(qtbot, field, make_iin):
    reason = typed(qtbot, field, make_iin(1)[:11])
    assert reason == "11 of 12 digits"
    assert "⚠" not in reason and not field.is_valid()


def test_letters_are_refused_at_once(qtbot, field):
    reason = typed(qtbot, field, "9001a")
    assert reason.startswith("⚠") and "digits only" in reason
    assert field.edit.accessibleDescription() == reason


def test_wrong_check_digit_names_the_reason(qtbot, field, make_iin):
    number = wrong_check_digit(make_iin(1))
    reason = typed(qtbot, field, number)
    assert message(identifier_problem(number)) in reason
    assert "check digit" in reason and reason.startswith("⚠")
    assert not field.is_valid()


def test_valid_iin_is_said_in_words(qtbot, field, make_iin):
    reason = typed(qtbot, field, make_iin(1))
    assert reason == "✓ Valid IIN"
    assert field.is_valid()
    assert field.edit.accessibleDescription() == reason


def test_bin_where_an_iin_is_expected(qtbot, field, make_iin):
    reason = typed(qtbot, field, make_iin(1, legal_entity=True))
    assert "BIN" in reason and "not a person's IIN" in reason
    assert not field.is_valid()
    field.set_kind(PartyKind.LEGAL_ENTITY)  # the party turns out to be an organisation
    assert field.reason.text() == "✓ Valid BIN"
    assert field.is_valid()


def test_pasted_with_spaces_and_dashes_is_cleaned(qtbot, field, make_iin):
    number = make_iin(2)
    QGuiApplication.clipboard().setText(f" {number[:6]} {number[6:9]}-{number[9:]} ")
    field.edit.setFocus()
    field.edit.paste()
    assert field.text() == number
    assert field.reason.text() == "✓ Valid IIN"


def test_a_full_field_takes_no_more_digits(qtbot, field, make_iin):
    number = make_iin(3)
    typed(qtbot, field, number)
    qtbot.keyClick(field.edit, Qt.Key.Key_5)
    assert field.text() == number


def test_changed_is_emitted_once_per_real_change(qtbot, field):
    with qtbot.waitSignal(field.changed, timeout=1000):
        field.edit.insert("1 2")
    assert field.text() == "12"
    with qtbot.assertNotEmitted(field.changed):
        field.edit.insert(" ")  # only a space: cleaned away, the number is the same


def test_a_mistyped_bin_is_called_a_bin(qtbot, field, make_iin):
    field.set_kind(PartyKind.LEGAL_ENTITY)
    reason = typed(qtbot, field, wrong_check_digit(make_iin(5, legal_entity=True)))
    assert "BIN" in reason and "IIN" not in reason
    assert "check digit" in reason
