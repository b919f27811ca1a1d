"""Agreement to mediate (договор о медиации / медиация туралы шарт), signed as mediation starts."""

from __future__ import annotations

from desktop.core.mediator import MediatorKind
from desktop.documents import parts
from desktop.documents.material import CaseMaterial, signing_place, time_limit
from desktop.documents.page import Draft, Lines, Tongue

WORDING = {
    "contract.title": set(),
    "contract.preamble": {"mediators"},
    "contract.subject_heading": set(),
    "contract.purpose": set(),
    "contract.subject": {"subject", "category"},
    "contract.procedure_heading": set(),
    "contract.language": set(),  # the language of the document names the language of mediation
    "contract.languages": set(),  # a bilingual copy: Kazakh and Russian
    "contract.time_limit": {"days", "deadline"},
    "contract.extension": {"days"},
    "contract.principles": set(),
    "contract.ending": set(),
    "contract.confidentiality_heading": set(),
    "contract.confidentiality": set(),
    "contract.costs_heading": set(),
    "contract.costs_public": {"number"},  # numbered in turn: one kind of mediator, or both
    "contract.costs_professional": {"number"},
    "contract.final_heading": set(),
    "contract.in_force": set(),
    "contract.copies": {"copies"},
}


def write(draft: Draft, material: CaseMaterial) -> None:
    case, rules = material.case, material.reference.deadline
    kinds = {m.kind for m in material.mediators} or {MediatorKind.PUBLIC}

    def passage(t: Tongue) -> list:
        return [
            t.para("contract.title", "title"),
            t.para("common.case_number", "title", number=case.number),
            t.para("common.place_date", "left", place=signing_place(material.office),
                   date=t.date(case.contract_date)),
            *parts.party_lines(t, material),
            t.para("contract.preamble", mediators=parts.mediator_names(t, material)),
            t.para("contract.subject_heading", "heading"),
            t.para("contract.purpose"),
            t.para("contract.subject", subject=case.subject,
                   category=t.term(material.reference.categories, case.category)),
            *([Lines(2, t.styles["body"])] if material.blank else []),
            t.para("contract.procedure_heading", "heading"),
            t.para("contract.languages" if draft.parallel else "contract.language"),
            t.para("contract.time_limit", days=rules.days,
                   deadline=t.date_until(time_limit(material))),
            *([t.para("contract.extension", days=rules.extension_days)]
              if rules.max_extensions else []),
            t.para("contract.principles"),
            t.para("contract.ending"),
            t.para("contract.confidentiality_heading", "heading"),
            t.para("contract.confidentiality"),
            t.para("contract.costs_heading", "heading"),
            *[t.para(f"contract.costs_{kind}", number=number)
              for number, kind in enumerate([k for k in MediatorKind if k in kinds], 1)],
            t.para("contract.final_heading", "heading"),
            t.para("contract.in_force"),
            t.para("contract.copies", copies=len(case.parties) + 1),
        ]

    draft.each(passage)
