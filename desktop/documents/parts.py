"""Passages several documents share: the parties, the mediators, place and date, signatures."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop.core.party import Party, PartyKind, PartyRole
from desktop.documents.material import CaseMaterial
from desktop.documents.page import BLANK, Draft, Markup, QrCode, Tongue, table

WORDING = {
    "common.page": {"page", "pages"},
    "common.blank_date": set(),
    "common.blank_sum": set(),
    "common.sum": {"digits", "words"},
    "common.sum_tiyn": {"digits", "words", "tiyn"},
    "common.case_number": {"number"},
    "common.place_date": {"place", "date"},
    "common.applicant": set(),
    "common.other_party": set(),
    "common.individual": {"number", "name", "identifier", "address", "role"},
    "common.legal_entity": {"number", "name", "identifier", "address", "role"},
    "common.represented": {"representative", "basis"},
    "common.mediator": {"name", "kind"},
    "common.mediator_registered": {"name", "kind", "register_number"},
    "common.public_mediator": set(),
    "common.professional_mediator": set(),
    "common.signatures": set(),
    "common.signature": set(),
    "common.mediator_signature": set(),
    "common.check_code": set(),
    "common.iin": {"identifier"},
    "common.bin": {"identifier"},
}


def role(t: Tongue, party: Party) -> str:
    return t.text("common.applicant" if party.role is PartyRole.APPLICANT else "common.other_party")


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def party_lines(t: Tongue, material: CaseMaterial) -> list[Flowable]:
    """"1. Name, IIN ..., address ..., (represented by ... on the basis of ...) — applicant"."""
    lines = []
    for number, party in enumerate(material.case.parties, 1):
        key = "common.legal_entity" if party.kind is PartyKind.LEGAL_ENTITY else "common.individual"
        text = t.text(key, number=number, name=party.name, identifier=party.identifier,
                      address=party.address, role=role(t, party))
        if party.representative or party.kind is PartyKind.LEGAL_ENTITY or material.blank:
            text += " " + t.text("common.represented", representative=party.representative,
                                 basis=party.representative_basis)
        lines.append(Paragraph(text, t.styles["item"]))
    return lines


def represented_name(party: Party) -> str:
    """The party's name, with its representative's in brackets where there is one."""
    return f"{party.name} ({party.representative})" if party.representative else party.name


def identifier(t: Tongue, party: Party) -> Markup:
    """"IIN 900101300123" or "BIN ...", by the kind of party."""
    key = "common.bin" if party.kind is PartyKind.LEGAL_ENTITY else "common.iin"
    return t.text(key, identifier=party.identifier)


def mediator_names(t: Tongue, material: CaseMaterial) -> Markup:
    """The mediators as one phrase: "Name (public mediator), Name (..., register No. 12)"."""
    names = []
    for mediator in material.mediators or [None]:
        if mediator is None:  # none assigned yet, or a blank form: a line to fill in
            names.append(t.fill(""))
            continue
        kind = t.text(f"common.{mediator.kind}_mediator")
        if mediator.register_number:
            names.append(t.text("common.mediator_registered", name=mediator.full_name, kind=kind,
                                register_number=mediator.register_number))
        else:
            names.append(t.text("common.mediator", name=mediator.full_name, kind=kind))
    return Markup(", ".join(names))


def signatures(draft: Draft, material: CaseMaterial, code: str) -> None:
    """A signature line for every party and every mediator, then the check code."""
    styles = draft.styles
    rows = []
    for party in material.case.parties:
        rows.append([Paragraph(draft.joined(lambda t, p=party: capitalised(role(t, p))),
                               styles["small"]),
                     _name(represented_name(party), styles), _line(draft.joined(
                         lambda t: t.text("common.signature")), styles)])
    for mediator in material.mediators or [None]:
        rows.append([Paragraph(draft.joined(lambda t: t.text("common.mediator_signature")),
                               styles["small"]),
                     _name(mediator.full_name if mediator else "", styles),
                     _line(draft.joined(lambda t: t.text("common.signature")), styles)])
    width = draft.width
    grid = table(rows, [0.25 * width, 0.45 * width, 0.30 * width],
                 ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 10),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 6))
    heading = Paragraph(draft.joined(lambda t: t.text("common.signatures")), styles["heading"])
    block: list[Flowable] = [heading, grid]
    if code:  # with the signatures, never alone on a page of its own
        caption = Paragraph(draft.joined(lambda t: t.text("common.check_code"))
                            + f":<br/>{escape(code)}", styles["small"])
        block += [Spacer(1, 4 * mm), table([[QrCode(code, 26 * mm), caption]],
                                           [30 * mm, width - 30 * mm],
                                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"))]
    draft.whole(Spacer(1, 4 * mm), KeepTogether(block))


def _name(name: str, styles) -> Paragraph:
    return Paragraph(escape(name) if name else BLANK, styles["small"])


def _line(label: str, styles) -> Paragraph:
    return Paragraph(f"{BLANK}<br/><font size=7>{label}</font>", styles["small"])
