"""Show and set the office whose register this is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.core.errors import DomainError, ValidationError
from desktop.core.messages import problem
from desktop.core.office import DEFAULT_TIMEZONE, Office, validate_office
from desktop.store import cases as case_store
from desktop.store import changes as change_log
from desktop.store import offices
from desktop.store.database import Database


class OfficeNotSetError(DomainError):
    pass


class OfficeService:
    def __init__(self, db: Database, clock: Callable[[], date] | None = None):
        self._db = db
        # What "today" is; None: the office's calendar. Tests play out a procedure on set dates.
        self.clock = clock

    def current(self) -> Office | None:
        with self._db.read() as session:
            return offices.local_office(session)

    def require(self) -> Office:
        office = self.current()
        if office is None:
            raise OfficeNotSetError(problem(
                "the office is not set up yet: run 'kelisim office set --code CODE "
                "--name-kk NAME --name-ru NAME' first"))
        return office

    def update(self, **changes: str) -> Office:
        """Create the office on first use, or change the given fields.

        The code prefixes every case number, printed on signed agreements: once a case carries
        it, it stays. Before that (a code mistyped at setup) the office's rows follow it.
        """
        with self._db.write() as session:
            current = offices.local_office(session)
            office = current or Office(code="", name_kk="", name_ru="")
            office = replace(office, **{k: v.strip() for k, v in changes.items() if v is not None})
            office.code = office.code.upper()
            validate_office(office)
            try:
                ZoneInfo(office.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValidationError({"timezone": problem(
                    "unknown time zone {zone}", zone=repr(office.timezone))}) from None
            if current and office.code != current.code and case_store.has_cases(session):
                raise ValidationError({"code": problem(
                    "stays {code}: cases are numbered with it", code=current.code)})
            # The office's code names this site in version vectors (a centre keeps its own);
            # set first, so that the rows recoded below are stamped under the new code.
            change_log.set_site(session, office.code,
                             unless_other=current.code if current else office.code)
            if current and office.code != current.code:
                offices.recode_local_rows(session, current.code, office.code)
                for table in (change_log.TABLES["offices"], change_log.TABLES["mediators"]):
                    change_log.recode_clocks(session, table, current.code, office.code)
            offices.save_local_office(session, office)
        return self.require()

    def today(self) -> date:
        """Today's date where the office is: the law counts days on the office's calendar."""
        if self.clock is not None:
            return self.clock()
        office = self.current()
        zone = ZoneInfo(office.timezone if office else DEFAULT_TIMEZONE)
        return datetime.now(zone).date()
