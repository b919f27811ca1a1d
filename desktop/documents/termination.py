"""Notice that mediation ended without settlement, with its ground (refusal, the mediator's
decision, expiry, or no agreement reached)."""

from __future__ import annotations

from desktop.documents import parts
from desktop.documents.material import CaseMaterial, signing_place
from desktop.documents.page import Draft, Tongue

WORDING = {
    "termination.title": set(),
    "termination.addressees": set(),
    "termination.body": {"subject", "contract_date", "mediators", "date"},
    "termination.ground": {"ground"},
    "termination.ground_not_settled": set(),
    "termination.ground_refused": set(),
    "termination.ground_stopped": set(),
    "termination.ground_expired": set(),
    "termination.consequences": set(),
    "termination.confidentiality": set(),
}


def write(draft: Draft, material: CaseMaterial) -> None:
    case = material.case

    def passage(t: Tongue) -> list:
        return [
            t.para("termination.title", "title"),
            t.para("common.case_number", "title", number=case.number),
            t.para("common.place_date", "left", place=signing_place(material.office),
                   date=t.date(case.closed_date)),
            t.para("termination.addressees", "heading"),
            *parts.party_lines(t, material),
            t.para("termination.body", subject=case.subject, date=t.date(case.closed_date),
                   contract_date=t.date(case.contract_date),
                   mediators=parts.mediator_names(t, material)),
            t.para("termination.ground", ground=t.text(f"termination.ground_{case.outcome}")),
            t.para("termination.consequences"),
            t.para("termination.confidentiality"),
        ]

    draft.each(passage)
