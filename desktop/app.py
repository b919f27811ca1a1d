"""Composition root: data folder -> database (migrated) -> reference data -> services."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.config import DATABASE_FILE
from desktop.core.reference import ReferenceData
from desktop.services.cases import CaseService
from desktop.services.demo import DemoService
from desktop.services.due import DueService
from desktop.services.journal import JournalImporter
from desktop.services.mediators import MediatorService
from desktop.services.office import OfficeService
from desktop.services.reference import load_reference
from desktop.store.database import Database
from desktop.store.migrate import upgrade

if TYPE_CHECKING:
    from desktop.services.documents import DocumentService
    from desktop.services.sync import SyncService

log = logging.getLogger("kelisim")


@dataclass
class App:
    data_dir: Path
    db: Database
    reference: ReferenceData
    office: OfficeService
    mediators: MediatorService
    cases: CaseService
    due: DueService

    def journal(self) -> JournalImporter:
        return JournalImporter(self.db, self.reference, self.office, self.mediators, self.cases)

    def documents(self) -> DocumentService:
        # Imported here: the documents need ReportLab, which most starts never use.
        from desktop.services.documents import DocumentService

        return DocumentService(self.db, self.reference, self.office, self.cases, self.mediators)

    def sync(self) -> SyncService:
        # Imported here: the crypto library is needed only when bundles are made or read.
        from desktop.services.sync import SyncService

        return SyncService(self.db, self.office, self._reload_reference)

    def _reload_reference(self) -> None:
        """Rules data from the centre take effect at once, for this session's cases too."""
        self.reference = load_reference(self.db)
        self.cases = CaseService(self.db, self.reference, self.office)

    def demo(self) -> DemoService:
        return DemoService(self.office, self.mediators, self.cases, self.reference)

    def close(self) -> None:
        self.db.dispose()


def open_app(data_dir: Path) -> App:
    data_dir.mkdir(parents=True, exist_ok=True)
    log_to(data_dir / "logs")
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
               cases=CaseService(db, reference, office), due=DueService(db, office))


class WithoutErrorMessages(logging.Formatter):
    """Writes where an error happened and its type, never its message.

    An error's message may quote what was being saved (a name, an IIN); the stack and the type
    are enough to find the fault, and the log may be sent to a developer.
    """

    def formatException(self, ei) -> str:
        parts = []
        error, seen = ei[1], set()
        while error is not None and id(error) not in seen:  # the chain of causes, innermost last
            seen.add(id(error))
            kind = type(error)
            frames = traceback.extract_tb(error.__traceback__)
            for frame in frames:
                frame.filename = _short_path(frame.filename)
            parts.append("Traceback (most recent call last):\n"
                         + "".join(frames.format())
                         + f"{kind.__module__}.{kind.__qualname__} (message not logged)")
            error = error.__cause__ or error.__context__
        return "\n\nwhich was raised while handling:\n".join(parts)


def _short_path(filename: str) -> str:
    """The path of a source file from its package on: a full path may hold the account name of
    the user (often the person's own name)."""
    parts = Path(filename).parts
    for anchor, keep in (("site-packages", 1), ("desktop", 0)):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) - 1 + keep:])
    return parts[-1] if parts else filename


def log_to(folder: Path) -> None:
    """A small rotating log of what the program did; it never receives personal data."""
    root = logging.getLogger("kelisim")
    target = folder / "kelisim.log"
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        if Path(old.baseFilename) == target.resolve():
            return
        # Another data folder was open before in this process: its log is not this one's.
        root.removeHandler(old)
        old.close()
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(WithoutErrorMessages("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
