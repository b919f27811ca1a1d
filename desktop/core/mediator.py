"""Mediators of the office's register: professional, or public mediators elected by a gathering."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from uuid import UUID

from desktop.core.errors import ValidationError
from desktop.core.identifiers import identifier_problem, looks_like_bin
from desktop.core.ids import new_id
from desktop.core.limits import check_text
from desktop.core.messages import problem


class MediatorKind(StrEnum):
    PROFESSIONAL = "professional"
    PUBLIC = "public"


@dataclass
class Mediator:
    full_name: str
    iin: str = ""
    kind: MediatorKind = MediatorKind.PUBLIC
    register_number: str = ""
    languages: tuple[str, ...] = ("kk", "ru")
    specialisations: tuple[str, ...] = ()
    active: bool = True
    id: UUID = field(default_factory=new_id)
    version: int = 0


def validate_mediator(mediator: Mediator) -> None:
    problems: dict[str, str] = {}
    if not mediator.full_name.strip():
        problems["full_name"] = problem("is required")
    check_text(problems, "full_name", mediator.full_name, "name")
    check_text(problems, "register_number", mediator.register_number, "line")
    if mediator.iin and (reason := identifier_problem(mediator.iin)):
        problems["iin"] = reason
    elif mediator.iin and looks_like_bin(mediator.iin):
        problems["iin"] = problem("is a legal entity's BIN, not a person's IIN")
    unknown = [lang for lang in mediator.languages if lang not in ("kk", "ru", "en")]
    if unknown:
        problems["languages"] = problem("unknown language {languages}",
                                         languages=", ".join(unknown))
    if problems:
        raise ValidationError(problems)
