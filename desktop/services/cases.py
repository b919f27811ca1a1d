"""What people do with cases: register, edit, mediate, close, track fulfilment, list.

Every method is one transaction: it is all saved, or, on any error, nothing is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from uuid import UUID

from desktop.core import lifecycle
from desktop.core.case import Case, Fulfilment, Obligation, Outcome, Session, validate_case
from desktop.core.deadline import deadline_for
from desktop.core.errors import ValidationError
from desktop.core.mediator import Mediator, validate_mediator
from desktop.core.messages import problem
from desktop.core.reference import ReferenceData
from desktop.core.register import CaseQuery, CaseSummary
from desktop.services.office import OfficeService
from desktop.store import cases as case_store
from desktop.store.database import Database
from desktop.store.mediators import check_mediators_known, insert_mediators

SUMMARY_BATCH = 500


class CaseService:
    def __init__(self, db: Database, reference: ReferenceData, office: OfficeService):
        self._db = db
        self._reference = reference
        self._office = office

    # --- registering and editing ---------------------------------------------------------

    def register(self, case: Case) -> Case:
        """Give a new case its number and store it."""
        return self.register_many([case])[0]

    def register_many(self, cases: Sequence[Case], import_keys: Sequence[str | None] | None = None,
                      new_mediators: Sequence[Mediator] = ()) -> list[Case]:
        """Store many new cases in one transaction, numbered in order of registration date.

        `new_mediators` join the register in the same transaction (a journal names people the
        register does not know yet), so a failure leaves neither them nor the cases behind.
        """
        office = self._office.require()
        today = self._office.today()
        for mediator in new_mediators:
            validate_mediator(mediator)
        for i, case in enumerate(cases):
            where = f"case {i + 1}: " if len(cases) > 1 else ""
            if case.reg_date > today:
                raise ValidationError({f"{where}reg_date": problem("is after today")})
            case.deadline = deadline_for(case.contract_date, case.extensions,
                                         self._reference.deadline)
            self._validate(case, where)
        try:
            with self._db.write() as session:
                insert_mediators(session, new_mediators, office.code)
                check_mediators_known(session, [m for c in cases for m in c.mediator_ids])
                case_store.number_new_cases(session, office.code, cases)
                case_store.insert_cases(session, cases, office.code, import_keys)
        except BaseException:
            # Nothing was stored, so the drafts must not keep numbers that were never given.
            for case in cases:
                case.number, case.version = "", 0
            raise
        return list(cases)

    def save(self, case: Case) -> Case:
        """Store an edited case (parties, subject, mediators, sessions, terms) as one change.

        The lifecycle (status, outcome, its dates, the deadline, the number) changes only through
        its own steps below, which check what the law allows; an edit cannot move it.
        """
        office = self._office.require()
        with self._db.write() as session:
            stored = case_store.load_case(session, case.id)
            lifecycle.check_edit(stored, case)
            self._validate(case)
            check_mediators_known(session, case.mediator_ids)
            case_store.update_case(session, case, office.code)
        return case

    def delete(self, case: Case) -> None:
        """Delete a case registered by mistake (a tombstone stays, so the deletion travels)."""
        self._office.require()
        with self._db.write() as session:
            lifecycle.check_deletable(case_store.load_case(session, case.id))
            case_store.delete_case(session, case)

    # --- lifecycle -----------------------------------------------------------------------

    def start_mediation(self, case_id: UUID, contract_date: date) -> Case:
        return self._step(case_id, lambda c, today: lifecycle.start_mediation(
            c, contract_date, self._reference.deadline, today=today))

    def extend(self, case_id: UUID) -> Case:
        return self._step(case_id, lambda c, today: lifecycle.extend(
            c, self._reference.deadline, today=today))

    def record_session(self, case_id: UUID, session: Session) -> Case:
        return self._step(case_id, lambda c, today: lifecycle.record_session(
            c, session, today=today))

    def close(self, case_id: UUID, outcome: Outcome, closed_date: date,
              obligations: list[Obligation] | None = None) -> Case:
        return self._step(case_id, lambda c, today: lifecycle.close(
            c, outcome, closed_date, obligations, today=today))

    def record_fulfilment(self, case_id: UUID, obligation_id: UUID, fulfilment: Fulfilment,
                          on: date | None) -> Case:
        return self._step(case_id, lambda c, today: lifecycle.record_fulfilment(
            c, obligation_id, fulfilment, on, today=today))

    def _step(self, case_id: UUID, step: Callable[[Case, date], Case]) -> Case:
        office = self._office.require()
        today = self._office.today()
        with self._db.write() as session:
            changed = step(case_store.load_case(session, case_id), today)
            self._validate(changed)
            case_store.update_case(session, changed, office.code)
        return changed

    # --- reading -------------------------------------------------------------------------

    def get(self, case_id: UUID) -> Case:
        with self._db.read() as session:
            return case_store.load_case(session, case_id)

    def get_by_number(self, number: str) -> Case:
        with self._db.read() as session:
            return case_store.load_case(session, case_store.find_case_id(session, number))

    def ids(self, query: CaseQuery) -> list[UUID]:
        with self._db.read() as session:
            return case_store.case_ids(session, self._dated(query))

    def page(self, query: CaseQuery, offset: int = 0, limit: int = 100) -> list[UUID]:
        """The ids of one page of the register: what `ids(query)[offset:offset + limit]` gives,
        at the cost of that page only."""
        with self._db.read() as session:
            return case_store.case_page(session, self._dated(query), offset, limit)

    def count(self, query: CaseQuery) -> int:
        with self._db.read() as session:
            return case_store.count_cases(session, self._dated(query))

    def summaries(self, ids: Sequence[UUID]) -> list[CaseSummary]:
        with self._db.read() as session:
            return case_store.summaries(session, ids)

    def iter_summaries(self, ids: Sequence[UUID]) -> Iterator[CaseSummary]:
        """The rows of many cases, fetched in batches so memory stays flat for any number."""
        for start in range(0, len(ids), SUMMARY_BATCH):
            yield from self.summaries(ids[start:start + SUMMARY_BATCH])

    # --- helpers -------------------------------------------------------------------------

    def _dated(self, query: CaseQuery) -> CaseQuery:
        if query.today is not None:
            return query
        return replace(query, today=self._office.today())

    def _validate(self, case: Case, prefix: str = "") -> None:
        try:
            validate_case(case, self._reference)
        except ValidationError as error:
            if not prefix:
                raise
            raise ValidationError({prefix + k: v for k, v in error.problems.items()}) from None
