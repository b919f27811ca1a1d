"""The reference data in force: the shipped defaults, unless the centre sent newer ones."""

from __future__ import annotations

import json

from desktop.config import resource
from desktop.core.case import Outcome
from desktop.core.reference import ReferenceData, parse_reference
from desktop.store.database import Database
from desktop.store.settings import get_setting

REFERENCE_SETTING = "reference"


def default_reference_data() -> dict:
    with resource("reference", "defaults.json").open(encoding="utf-8") as f:
        return json.load(f)


def load_reference(db: Database) -> ReferenceData:
    with db.read() as session:
        stored = get_setting(session, REFERENCE_SETTING)
    return parse_reference(stored or default_reference_data(), [o.value for o in Outcome])
