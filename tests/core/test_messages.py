"""Every message of the core, services and store is a `problem("literal", ...)` Text.

The GUI translates a Text by its template, and Qt's lupdate finds templates only as literal
first arguments of `problem(...)`; these tests read the source so that a new message written
as an f-string, a concatenation or a bare literal fails here instead of staying in English.
"""

from __future__ import annotations

import ast
import copy
import importlib
import pickle
import re
import string
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

import desktop
from desktop.core import lifecycle
from desktop.core.case import Case, validate_case
from desktop.core.errors import DomainError, TransitionError, ValidationError
from desktop.core.messages import Text, problem
from desktop.core.reference import DeadlineRules, ReferenceData

ROOT = Path(desktop.__file__).parent
PACKAGES = ("core", "services", "store")
# Not a DomainError, but its reason becomes a journal row's problem, shown to the user.
MESSAGE_CARRIERS = {"_CellError"}


def _sources() -> list[Path]:
    return sorted(path for package in PACKAGES for path in (ROOT / package).rglob("*.py")
                  if "migrations" not in path.parts)


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT.parent).with_suffix("").parts).removesuffix(".__init__")


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


@pytest.fixture(scope="module")
def error_names() -> set[str]:
    """The names of DomainError and every subclass the three packages define."""
    for path in _sources():
        importlib.import_module(_module_name(path))
    return {DomainError.__name__, *(c.__name__ for c in _subclasses(DomainError)),
            *MESSAGE_CARRIERS}


def _called(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _calls() -> Iterator[tuple[str, ast.Call]]:
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                yield f"{path.relative_to(ROOT.parent)}:{node.lineno}", node


def _is_problem(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _called(node) == "problem"


def _is_message(node: ast.AST) -> bool:
    """A problem() call, or a Text made elsewhere (a name, an attribute), never a bare str."""
    if isinstance(node, ast.IfExp):
        return _is_message(node.body) and _is_message(node.orelse)
    return _is_problem(node) or isinstance(node, ast.Name | ast.Attribute | ast.Subscript)


def _placeholders(template: str) -> set[str]:
    return {re.split(r"[.\[]", name)[0]
            for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_problem_call_has_a_literal_template_and_its_values():
    bad = []
    found = 0
    for where, call in _calls():
        if not _is_problem(call):
            continue
        found += 1
        first = call.args[0] if call.args else None
        if (len(call.args) != 1 or not isinstance(first, ast.Constant)
                or not isinstance(first.value, str)):
            bad.append(f"{where}: the template must be one string literal")
            continue
        names = [k.arg for k in call.keywords]
        if None in names:
            bad.append(f"{where}: values must be named one by one, not passed as **mapping")
            continue
        wanted = _placeholders(first.value)
        if "" in wanted or wanted != set(names):
            bad.append(f"{where}: placeholders {sorted(wanted)} but values {sorted(names)}")
    assert found > 100, "the walk found too few messages: is it reading the source?"
    assert not bad, "\n".join(bad)


def test_every_domain_error_is_made_with_a_problem_text(error_names: set[str]):
    bad = []
    for where, call in _calls():
        name = _called(call)
        if name not in error_names:
            continue
        if name == ValidationError.__name__:
            # A literal dict names its reasons here; any other mapping was built of Texts
            # that the assignments below and the problem() check cover.
            (problems,) = call.args
            if isinstance(problems, ast.Dict) and not all(map(_is_problem, problems.values)):
                bad.append(f"{where}: every reason of a ValidationError must be a problem()")
        elif len(call.args) != 1 or call.keywords or not _is_problem(call.args[0]):
            bad.append(f"{where}: {name} must be raised with one problem(\"...\") Text")
    assert not bad, "\n".join(bad)


def test_every_reason_put_into_a_problems_dict_is_a_text():
    def is_problems(node: ast.AST) -> bool:
        name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")
        return name == "problems"

    bad = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(ROOT.parent)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Subscript) and is_problems(t.value) for t in node.targets):
                value = node.value
            elif (isinstance(node, ast.Call) and _called(node) == "setdefault"
                  and is_problems(node.func.value)):
                value = node.args[1]
            else:
                continue
            if not _is_message(value):
                bad.append(f"{where}: a reason must be a problem(\"...\") Text")
    assert not bad, "\n".join(bad)


# --- the Texts themselves ----------------------------------------------------------------

def test_a_text_survives_copying_and_pickling():
    text = problem("case {number} no longer exists", number="KRG01-2026-0001")
    for copied in (copy.deepcopy(text), copy.copy(text), pickle.loads(pickle.dumps(text))):
        assert isinstance(copied, Text)
        assert copied == "case KRG01-2026-0001 no longer exists"
        assert copied.template == "case {number} no longer exists"
        assert copied.values == {"number": "KRG01-2026-0001"}


def test_a_problems_dict_keeps_its_texts_through_a_deepcopy(make_case: Callable[..., Case],
                                                           reference: ReferenceData):
    case = make_case()
    case.parties[0].identifier = "900101300008"
    with pytest.raises(ValidationError) as raised:
        validate_case(case, reference)
    reason = copy.deepcopy(raised.value.problems)["parties[0].identifier"]
    assert isinstance(reason, Text)
    assert reason.template == "IIN check digit does not match (a digit is mistyped)"
    assert reason == reason.template


def test_a_bin_of_the_wrong_length_is_named_as_a_bin(make_case: Callable[..., Case],
                                                     reference: ReferenceData):
    from desktop.core.party import PartyKind

    case = make_case()
    case.parties[1].kind = PartyKind.LEGAL_ENTITY
    case.parties[1].identifier = "12044"
    with pytest.raises(ValidationError) as raised:
        validate_case(case, reference)
    reason = raised.value.problems["parties[1].identifier"]
    assert reason.template == "BIN must have 12 digits, has {count} characters"
    assert reason.values == {"count": 5}
    assert reason == "BIN must have 12 digits, has 5 characters"


def test_a_refused_step_carries_its_text(make_case: Callable[..., Case]):
    with pytest.raises(TransitionError) as raised:
        lifecycle.start_mediation(make_case(date(2026, 3, 2)), date(2026, 3, 5), DeadlineRules())
    (message,) = raised.value.args
    assert isinstance(message, Text)
    assert message.template == "assign a mediator before mediation can start"
    assert str(raised.value) == message
