"""The history of a case's printed signed papers."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFoundError
from desktop.core.messages import problem
from desktop.core.printed import PrintedDocument
from desktop.store.rows import new_row, utc_now
from desktop.store.schema import CaseDocumentRow, CaseRow


def insert_printed(session: Session, printed: PrintedDocument, origin: str) -> None:
    case = session.get(CaseRow, printed.case_id)
    if case is None or case.deleted_at is not None:
        raise NotFoundError(problem("no such case"))
    session.execute(insert(CaseDocumentRow), [new_row(printed.id, origin, utc_now()) | {
        "case_id": printed.case_id, "kind": printed.kind, "language": printed.language,
        "content_hash": printed.content_hash, "printed_at": printed.printed_at}])


def printed_documents(session: Session, case_id: UUID) -> list[PrintedDocument]:
    """The signed papers printed for a case, oldest first."""
    rows = session.scalars(select(CaseDocumentRow).where(
        CaseDocumentRow.case_id == case_id, CaseDocumentRow.deleted_at.is_(None))
        .order_by(CaseDocumentRow.printed_at, CaseDocumentRow.id))
    return [PrintedDocument(id=r.id, case_id=r.case_id, kind=r.kind, language=r.language,
                            content_hash=r.content_hash, printed_at=r.printed_at) for r in rows]
