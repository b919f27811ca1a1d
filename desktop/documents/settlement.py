"""Settlement agreement (соглашение об урегулировании спора / дауды реттеу туралы келісім)."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from desktop.core.case import Outcome
from desktop.documents import parts
from desktop.documents.material import CaseMaterial, signing_place
from desktop.documents.page import Draft, Lines, Tongue

WORDING = {
    "settlement.title": set(),
    "settlement.preamble": {"mediators", "contract_date"},
    "settlement.subject_heading": set(),
    "settlement.subject": {"subject"},
    "settlement.terms_heading": set(),
    "settlement.partly": set(),
    "settlement.obligation": {"number", "debtor", "description"},
    "settlement.creditor": {"creditor"},
    "settlement.amount": {"sum"},
    "settlement.due": {"date"},
    "settlement.final_heading": set(),
    "settlement.fulfilment": set(),
    "settlement.consequences": set(),
    "settlement.confidentiality": set(),
    "settlement.copies": {"copies"},
    "settlement.in_force": set(),
}
BLANK_TERMS = 5  # numbered lines to write the terms on by hand


def write(draft: Draft, material: CaseMaterial) -> None:
    case = material.case

    def opening(t: Tongue) -> list:
        return [
            t.para("settlement.title", "title"),
            t.para("common.case_number", "title", number=case.number),
            t.para("common.place_date", "left", place=signing_place(material.office),
                   date=t.date(case.closed_date)),
            *parts.party_lines(t, material),
            t.para("settlement.preamble", mediators=parts.mediator_names(t, material),
                   contract_date=t.date(case.contract_date)),
            t.para("settlement.subject_heading", "heading"),
            Lines(3, t.styles["body"]) if material.blank
            else t.para("settlement.subject", subject=case.subject),
            t.para("settlement.terms_heading", "heading"),
            *([t.para("settlement.partly")] if case.outcome is Outcome.PARTLY_SETTLED else []),
        ]

    draft.each(opening)
    for number, obligation in enumerate(case.obligations, 1):
        draft.each(lambda t, n=number, o=obligation: [_obligation(t, case, n, o)])
    if not case.obligations:  # a blank form, or terms not typed in: written by hand
        for number in range(1, BLANK_TERMS + 1):
            draft.each(lambda t, n=number: [Lines(2, t.styles["body"], f"{n}.")])

    def closing(t: Tongue) -> list:
        return [
            t.para("settlement.final_heading", "heading"),
            t.para("settlement.fulfilment"),
            t.para("settlement.consequences"),
            t.para("settlement.confidentiality"),
            t.para("settlement.copies", copies=len(case.parties) + 1),
            t.para("settlement.in_force"),
        ]

    draft.each(closing)


def _obligation(t: Tongue, case, number: int, obligation) -> Paragraph:
    text = t.text("settlement.obligation", number=number,
                  debtor=case.party(obligation.debtor_id).name,
                  description=obligation.description)
    if obligation.creditor_id:
        creditor = case.party(obligation.creditor_id).name
        text += " " + t.text("settlement.creditor", creditor=creditor)
    if obligation.amount is not None:
        text += " " + t.text("settlement.amount", sum=t.money(obligation.amount))
    if obligation.due_date:
        text += " " + t.text("settlement.due", date=t.date_until(obligation.due_date))
    return Paragraph(text, t.styles["item"])
