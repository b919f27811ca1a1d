"""Parties to a dispute: individuals (with an IIN) and legal entities (with a BIN)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from uuid import UUID

from desktop.core.identifiers import identifier_problem, looks_like_bin
from desktop.core.ids import new_id
from desktop.core.limits import check_phone, check_text
from desktop.core.messages import problem


class PartyKind(StrEnum):
    INDIVIDUAL = "individual"
    LEGAL_ENTITY = "legal_entity"


class PartyRole(StrEnum):
    APPLICANT = "applicant"
    OTHER_PARTY = "other_party"


@dataclass
class Party:
    name: str
    role: PartyRole
    kind: PartyKind = PartyKind.INDIVIDUAL
    identifier: str = ""  # IIN for an individual, BIN for a legal entity; may be unknown
    address: str = ""
    phone: str = ""
    representative: str = ""
    representative_basis: str = ""  # e.g. a charter or a power of attorney
    id: UUID = field(default_factory=new_id)

    @property
    def identifier_label(self) -> str:
        return "BIN" if self.kind is PartyKind.LEGAL_ENTITY else "IIN"


def kind_for_identifier(identifier: str) -> PartyKind:
    return PartyKind.LEGAL_ENTITY if looks_like_bin(identifier) else PartyKind.INDIVIDUAL


def party_problems(party: Party, path: str, problems: dict[str, str]) -> None:
    if not party.name.strip():
        problems[f"{path}.name"] = problem("is required")
    check_text(problems, f"{path}.name", party.name, "name")
    for name, kind in (("address", "line"), ("representative", "name"),
                       ("representative_basis", "line")):
        check_text(problems, f"{path}.{name}", getattr(party, name), kind)
    check_phone(problems, f"{path}.phone", party.phone)
    if party.identifier:
        legal_entity = party.kind is PartyKind.LEGAL_ENTITY
        if reason := identifier_problem(party.identifier, legal_entity=legal_entity):
            problems[f"{path}.identifier"] = reason
        elif kind_for_identifier(party.identifier) is not party.kind:
            problems[f"{path}.identifier"] = (
                problem("is an individual's IIN, not a BIN") if legal_entity
                else problem("is a legal entity's BIN, not an IIN"))
