"""The history of a case's signed papers: which was printed, in what language, when, and the
hash of what it said, so that a paper copy can be checked against the record."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from desktop.core.ids import new_id


@dataclass(frozen=True)
class PrintedDocument:
    case_id: UUID
    kind: str  # desktop.documents.material.Kind
    language: str  # kk, ru, en or kk+ru
    content_hash: str  # SHA-256 hex of the paper's content, as in its QR code
    printed_at: datetime  # UTC
    id: UUID = field(default_factory=new_id)
