"""Reference data: the shipped defaults parse; bad data is refused by path; names match."""

from __future__ import annotations

import copy

import pytest

from desktop.core.case import Outcome
from desktop.core.errors import ValidationError
from desktop.core.reference import (
    LANGUAGES,
    DeadlineRules,
    ReferenceData,
    Term,
    Vocabulary,
    parse_reference,
)

REQUIRED = ("settled", "partly_settled", "not_settled", "refused", "stopped", "expired")


def problems_of(data: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        parse_reference(data, REQUIRED)  # type: ignore[arg-type]
    return caught.value.problems


@pytest.fixture
def data(defaults_data: dict) -> dict:
    return copy.deepcopy(defaults_data)


# --- the shipped defaults --------------------------------------------------------------------

def test_defaults_parse(reference: ReferenceData, defaults_data: dict):
    assert reference.deadline == DeadlineRules(days=30, extension_days=30, max_extensions=1)
    assert reference.revision == defaults_data["revision"]
    assert set(REQUIRED) <= set(reference.outcomes.keys())
    assert reference.categories.keys() == [c["key"] for c in defaults_data["categories"]]
    for key in ("family", "alimony", "labour", "other"):
        assert key in reference.categories
    assert "семейный" not in reference.categories  # labels are matched, not keys


def test_every_default_term_has_a_label_in_every_language(reference: ReferenceData):
    for vocabulary in (reference.categories, reference.outcomes):
        for term in vocabulary.terms:
            for language in LANGUAGES:
                assert term.label(language).strip(), (term.key, language)


def test_every_default_spelling_matches_its_own_term(reference: ReferenceData):
    """No label or alias of one term is claimed by another term."""
    for vocabulary in (reference.categories, reference.outcomes):
        for term in vocabulary.terms:
            for spelling in term.spellings():
                assert vocabulary.match(spelling) == term.key, spelling


# --- bad data, named by path -----------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_missing_language_label(data: dict, language: str):
    del data["categories"][2][language]
    problems = problems_of(data)
    assert set(problems) == {"categories[2]"}
    assert language in problems["categories[2]"]
    assert data["categories"][2]["key"] in problems["categories[2]"]


def test_empty_label_counts_as_missing(data: dict):
    data["outcomes"][0]["kk"] = ""
    assert "kk" in problems_of(data)["outcomes[0]"]


def test_missing_outcome(data: dict):
    data["outcomes"] = [o for o in data["outcomes"] if o["key"] != "expired"]
    assert problems_of(data) == {"outcomes": "missing expired"}


@pytest.mark.parametrize("name, value", [
    ("days", 0),
    ("days", -30),
    ("days", 3651),
    ("days", "30"),
    ("days", 30.0),
    ("days", None),
    ("days", True),
    ("extension_days", -1),
    ("extension_days", [30]),
    ("max_extensions", -1),
    ("max_extensions", 1.5),
])
def test_bad_deadline_values(data: dict, name: str, value: object):
    data["deadline"][name] = value
    problems = problems_of(data)
    assert set(problems) == {f"deadline.{name}"}
    assert "whole number" in problems[f"deadline.{name}"]


def test_missing_deadline_value(data: dict):
    del data["deadline"]["max_extensions"]
    assert set(problems_of(data)) == {"deadline.max_extensions"}


def test_boundary_deadline_values_are_accepted(data: dict):
    data["deadline"] = {"days": 1, "extension_days": 0, "max_extensions": 0}
    assert parse_reference(data, REQUIRED).deadline == DeadlineRules(1, 0, 0)
    data["deadline"] = {"days": 3650, "extension_days": 3650, "max_extensions": 3650}
    assert parse_reference(data, REQUIRED).deadline.days == 3650


@pytest.mark.parametrize("deadline", ["30", [30, 30, 1], 30])
def test_deadline_that_is_not_an_object(data: dict, deadline: object):
    data["deadline"] = deadline
    assert "deadline" in problems_of(data)


def test_missing_deadline_names_each_value(data: dict):
    del data["deadline"]
    assert {"deadline.days", "deadline.extension_days", "deadline.max_extensions"} <= set(
        problems_of(data))


def test_wrong_format(data: dict):
    data["format"] = 2
    assert set(problems_of(data)) == {"format"}


@pytest.mark.parametrize("categories", [None, [], "family", {"key": "family"}])
def test_categories_must_be_a_non_empty_list(data: dict, categories: object):
    data["categories"] = categories
    assert problems_of(data)["categories"] == "must be a non-empty list"


@pytest.mark.parametrize("item", [{"en": "x", "ru": "x", "kk": "x"}, {"key": 5}, "family"])
def test_term_without_a_text_key(data: dict, item: object):
    data["categories"].append(item)
    where = f"categories[{len(data['categories']) - 1}]"
    assert set(problems_of(data)) == {where}


def test_repeated_keys(data: dict):
    data["categories"].append(dict(data["categories"][0]))
    assert problems_of(data) == {"categories": "keys repeat"}


@pytest.mark.parametrize("aliases", ["семья", None, [1, 2], {"a": "b"}])
def test_aliases_must_be_a_list_of_texts(data: dict, aliases: object):
    data["categories"][0]["aliases"] = aliases
    assert set(problems_of(data)) == {"categories[0].aliases"}


@pytest.mark.parametrize("data", [None, [], "reference"])
def test_data_that_is_not_an_object(data: object):
    assert problems_of(data)


def test_several_problems_are_reported_together(data: dict):
    data["format"] = 0
    data["deadline"]["days"] = 0
    del data["outcomes"][1]["ru"]
    assert set(problems_of(data)) == {"format", "deadline.days", "outcomes[1]", "outcomes"}


# --- matching names typed in three languages -------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("отбасылық", "family"),  # kk
    ("семейный", "family"),  # ru
    ("family", "family"),  # en
    ("ОТБАСЫЛЫҚ", "family"),
    ("Семейный", "family"),
    ("FAMILY", "family"),
    ("  соседский   и   земельный ", "neighbours_land"),
    ("neighbours_land", "neighbours_land"),
    ("neighbours land", "neighbours_land"),
    ("Көршілік", "neighbours_land"),  # kk alias
    ("алиментные обязательства", "alimony"),  # ru alias
    ("labor", "labour"),  # en alias
    ("ӘКІМШІЛІК", "administrative"),
    ("мұрагерлік.", "inheritance"),  # trailing punctuation from a journal
    ("басқа;", "other"),
])
def test_category_matches(reference: ReferenceData, text: str, key: str):
    assert reference.categories.match(text) == key


@pytest.mark.parametrize("text, key", [
    ("истёк срок", "expired"),
    ("истек срок", "expired"),  # ё = е
    ("ИСТЁК СРОК", "expired"),
    ("срок истек", "expired"),  # alias written with ё, typed with е
    ("реттелді", "settled"),
    ("РЕТТЕЛМЕДІ", "not_settled"),
    ("не урегулирован", "not_settled"),
    ("partly settled", "partly_settled"),
    ("Тараптың бас тартуы", "refused"),
    ("примирение", "settled"),
])
def test_outcome_matches(reference: ReferenceData, text: str, key: str):
    assert reference.outcomes.match(text) == key


@pytest.mark.parametrize(("text", "key"), [
    ("отбасылык", "family"),  # typed on a Russian keyboard: к for қ
    ("мурагерлик", "inheritance"),  # у for ұ, и for і
])
def test_kazakh_names_typed_without_kazakh_letters_match(reference: ReferenceData, text: str,
                                                         key: str):
    assert reference.categories.match(text) == key


@pytest.mark.parametrize("text", [
    "famiIy",
    "",
    "семейный спор",
])
def test_no_match(reference: ReferenceData, text: str):
    assert reference.categories.match(text) is None


def test_vocabulary_lookup_and_label_fallback():
    vocabulary = Vocabulary((Term("a", {"en": "apple", "ru": "яблоко", "kk": ""}, ("алма",)),))
    assert "a" in vocabulary and "b" not in vocabulary
    assert vocabulary.term("a").label("ru") == "яблоко"
    assert vocabulary.term("a").label("kk") == "apple"  # no Kazakh label: English, not blank
    assert vocabulary.match("АЛМА") == "a"
    with pytest.raises(KeyError):
        vocabulary.term("b")


def test_a_spelling_that_names_two_terms_is_refused(defaults_data: dict):
    data = copy.deepcopy(defaults_data)
    data["categories"][0]["aliases"] = ["алименты"]  # the Russian name of another category
    with pytest.raises(ValidationError) as refused:
        parse_reference(data, [o.value for o in Outcome])
    assert "names both" in refused.value.problems["categories"]


def test_legal_forms_are_reference_data(defaults_data: dict):
    reference = parse_reference(defaults_data, [o.value for o in Outcome])
    assert {"тоо", "жшс", "ип"} <= reference.legal_forms
    data = copy.deepcopy(defaults_data)
    data["legal_forms"] = "ТОО"
    with pytest.raises(ValidationError) as refused:
        parse_reference(data, [o.value for o in Outcome])
    assert set(refused.value.problems) == {"legal_forms"}
