"""Composition root: data folder -> database (migrated) -> reference data -> services."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.config import DATABASE_FILE
from desktop.core.reference import ReferenceData
from desktop.services.cases import CaseService
from desktop.services.demo import DemoService
from desktop.services.journal import JournalImporter
from desktop.services.mediators import MediatorService
from desktop.services.office import OfficeService
from desktop.services.reference import load_reference
from desktop.store.database import Database
from desktop.store.migrate import upgrade

log = logging.getLogger("kelisim")


@dataclass
class App:
    data_dir: Path
    db: Database
    reference: ReferenceData
    office: OfficeService
    mediators: MediatorService
    cases: CaseService

    def journal(self) -> JournalImporter:
        return JournalImporter(self.db, self.reference, self.office, self.mediators, self.cases)

    def demo(self) -> DemoService:
        return DemoService(self.office, self.mediators, self.cases, self.reference)

    def close(self) -> None:
        self.db.dispose()


def open_app(data_dir: Path) -> App:
    data_dir.mkdir(parents=True, exist_ok=True)
    _log_to(data_dir / "logs")
    db = Database(data_dir / DATABASE_FILE)
    try:
        result = upgrade(db.engine, db.path, data_dir / "backups")
    except BaseException:
        db.dispose()
        raise
    if result.before != result.after:
        log.info("database schema %s -> %s (backup: %s)", result.before, result.after,
                 result.backup.name if result.backup else "none, new database")
    reference = load_reference(db)
    office = OfficeService(db)
    return App(data_dir=data_dir, db=db, reference=reference, office=office,
               mediators=MediatorService(db, office),
               cases=CaseService(db, reference, office))


def _log_to(folder: Path) -> None:
    """A small rotating log of what the program did; it never receives personal data."""
    root = logging.getLogger("kelisim")
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(folder / "kelisim.log", maxBytes=1_000_000, backupCount=3,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
