"""Invitation to a mediation session: one page for each party, with the office's contacts."""

from __future__ import annotations

from reportlab.platypus import PageBreak

from desktop.core.party import Party
from desktop.documents import parts
from desktop.documents.material import CaseMaterial
from desktop.documents.page import Draft, Tongue

WORDING = {
    "invitation.title": set(),
    "invitation.addressee": {"name", "identifier", "address"},
    "invitation.body": {"office", "subject"},
    "invitation.when": {"date", "time"},
    "invitation.blank_time": set(),
    "invitation.where": {"place"},
    "invitation.mediators": {"mediators"},
    "invitation.voluntary": set(),
    "invitation.bring": set(),
    "invitation.contacts": {"address", "phone"},
    "invitation.issued": {"date"},
    "invitation.signed": set(),
}


def write(draft: Draft, material: CaseMaterial) -> None:
    # A blank form is one page for whoever it is given to; a case gets a page per party.
    addressees = material.case.parties[:1] if material.blank else material.case.parties
    for index, party in enumerate(addressees):
        if index:
            draft.whole(PageBreak())
        draft.each(lambda t, p=party: _page(t, material, p))


def _page(t: Tongue, material: CaseMaterial, party: Party) -> list:
    case, meeting, office = material.case, material.meeting, material.office
    time = meeting.at.strftime("%H:%M") if meeting.at else t.text("invitation.blank_time")
    return [
        t.para("invitation.addressee", "right", name=parts.represented_name(party),
               identifier=parts.identifier(t, party), address=party.address),
        t.para("invitation.title", "title"),
        t.para("common.case_number", "title", number=case.number),
        t.para("invitation.body", office=t.office_name(office), subject=case.subject),
        t.para("invitation.when", date=t.date(meeting.on), time=time),
        t.para("invitation.where", place=meeting.place or office.address),
        t.para("invitation.mediators", mediators=parts.mediator_names(t, material)),
        t.para("invitation.voluntary"),
        t.para("invitation.bring"),
        t.para("invitation.contacts", address=office.address, phone=office.phone),
        t.para("invitation.issued", "left", date=t.date(material.issued_on)),
        t.para("invitation.signed", "left"),
    ]
