"""The office's mediator register: add, change, list."""

from __future__ import annotations

from uuid import UUID

from desktop.core.mediator import Mediator, validate_mediator
from desktop.core.text import fold
from desktop.services.office import OfficeService
from desktop.store import mediators as mediator_store
from desktop.store.database import Database


class MediatorService:
    def __init__(self, db: Database, office: OfficeService):
        self._db = db
        self._office = office

    def add(self, mediator: Mediator) -> Mediator:
        validate_mediator(mediator)
        office = self._office.require()
        with self._db.write() as session:
            mediator_store.insert_mediators(session, [mediator], office.code)
        return mediator

    def save(self, mediator: Mediator) -> Mediator:
        validate_mediator(mediator)
        with self._db.write() as session:
            mediator_store.update_mediator(session, mediator)
        return mediator

    def list(self, active_only: bool = False) -> list[Mediator]:
        with self._db.read() as session:
            return mediator_store.list_mediators(session, active_only)

    def get(self, mediator_id: UUID) -> Mediator:
        with self._db.read() as session:
            return mediator_store.load_mediator(session, mediator_id)

    def by_name(self) -> dict[str, Mediator]:
        """The register keyed by folded full name, for matching names typed in a journal."""
        return {fold(m.full_name): m for m in self.list()}
