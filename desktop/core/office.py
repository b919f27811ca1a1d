"""The mediation office: who keeps this register, and the prefix of its case numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from uuid import UUID

from desktop.core.errors import ValidationError
from desktop.core.ids import new_id
from desktop.core.limits import check_phone, check_text
from desktop.core.messages import problem

CODE_PATTERN = re.compile(r"^[A-Z0-9]{2,12}$")
DEFAULT_TIMEZONE = "Asia/Almaty"  # all of Kazakhstan keeps UTC+5 since March 2024


@dataclass
class Office:
    code: str
    name_kk: str
    name_ru: str
    district: str = ""
    region: str = ""
    address: str = ""
    phone: str = ""  # printed on invitations, so parties can call the office
    head: str = ""
    timezone: str = DEFAULT_TIMEZONE
    id: UUID = field(default_factory=new_id)
    version: int = 0


def validate_office(office: Office) -> None:
    problems: dict[str, str] = {}
    if not CODE_PATTERN.match(office.code):
        problems["code"] = problem("must be 2 to 12 Latin capital letters or digits, e.g. KRG01")
    for name in ("name_kk", "name_ru"):
        if not getattr(office, name).strip():
            problems[name] = problem("is required")
    for name in ("name_kk", "name_ru", "district", "region", "address", "head"):
        check_text(problems, name, getattr(office, name), "line")
    check_phone(problems, "phone", office.phone)
    if problems:
        raise ValidationError(problems)
