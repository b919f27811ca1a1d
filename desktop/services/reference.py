"""The reference data in force: the shipped defaults, unless the centre sent newer ones."""

from __future__ import annotations

import json

from desktop.config import resource
from desktop.core.case import Outcome
from desktop.core.reference import ReferenceData, parse_reference
from desktop.store.database import Database
from desktop.store.settings import get_setting

REFERENCE_SETTING = "reference"
# Document wording files the regional centre sent: {"issued_at": ..., "files": {"kk/x.toml": ...}}
WORDING_SETTING = "wording"


def default_reference_data() -> dict:
    with resource("reference", "defaults.json").open(encoding="utf-8") as f:
        return json.load(f)


def load_reference(db: Database) -> ReferenceData:
    with db.read() as session:
        stored = get_setting(session, REFERENCE_SETTING)
    return parse_reference(stored or default_reference_data(), [o.value for o in Outcome])


def load_wording_overrides(db: Database) -> tuple[tuple[str, str], ...]:
    """The wording files the centre sent, to be read instead of the shipped ones."""
    with db.read() as session:
        stored = get_setting(session, WORDING_SETTING)
    return tuple(sorted((stored or {}).get("files", {}).items()))
