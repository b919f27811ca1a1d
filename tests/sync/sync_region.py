"""A region on disk for the sync tests: a centre and its offices, each a real data folder.

A module of its own (not conftest.py) so that module-scoped and hypothesis set-ups import it too.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.app import App, open_app
from desktop.services.sync import BundleReport

# What a register holds of its cases and their rows, compared between sites (local columns
# such as the register's order and the editor's version left out).
COMPARED = {
    "cases": "number, reg_date, status, category, subject, claim_amount_tiyn, contract_date, "
             "extensions, deadline, outcome, closed_date, notes, deleted_at IS NOT NULL",
    "parties": "case_id, position, name, identifier, address, representative, "
               "deleted_at IS NOT NULL",
    "case_mediators": "case_id, mediator_id, deleted_at IS NOT NULL",
    "mediation_sessions": "case_id, held_on, place, notes, deleted_at IS NOT NULL",
    "obligations": "case_id, debtor_id, description, amount_tiyn, due_date, fulfilment, "
                   "deleted_at IS NOT NULL",
    "mediators": "full_name, iin, kind, register_number, active, deleted_at IS NOT NULL",
}


class Region:
    """Sites made through the service, exchanging real bundle files in a folder per trip."""

    def __init__(self, root: Path):
        self.root = root
        self.apps: dict[str, App] = {}
        self.trips = 0
        centre = self.open("CENTRE")
        centre.sync().init_centre("Қарағанды өңірлік медиация орталығы")

    def open(self, name: str) -> App:
        if name not in self.apps:
            self.apps[name] = open_app(self.root / name)
        return self.apps[name]

    @property
    def centre(self) -> App:
        return self.apps["CENTRE"]

    def enrol(self, code: str, again: bool = False, folder: str | None = None) -> App:
        setup = self.root / f"{code}-setup-{self.trips}.json"
        self.trips += 1
        self.centre.sync().add_office(code, f"{code} кабинеті", f"Кабинет {code}", setup,
                                      again=again)
        office = self.open(folder or code)
        office.sync().join(setup)
        return office

    def export(self, site: str, office: str | None = None, full: bool = False) -> Path:
        self.trips += 1
        return self.apps[site].sync().export(self.root / f"trip{self.trips}", office=office,
                                             full=full).path

    def deliver(self, site: str, *bundles: Path) -> list[BundleReport]:
        return self.apps[site].sync().import_paths(list(bundles))

    def round_trip(self, office: str) -> None:
        """The office's bundle to the centre, and the centre's answer back."""
        for report in self.deliver("CENTRE", self.export(office)):
            assert report.status == "applied", report.reason
        for report in self.deliver(office, self.export("CENTRE", office=office)):
            assert report.status == "applied", report.reason

    def content(self, site: str, office: str | None = None) -> dict[str, set[tuple]]:
        """The register's rows as sets of their compared values (one office's cases, or all)."""
        connection = sqlite3.connect(self.apps[site].db.path)
        try:
            where = "" if office is None else f" WHERE office_code = '{office}'"
            found = {}
            for table, columns in COMPARED.items():
                if table in ("mediators", "cases"):
                    query = f"SELECT id, {columns} FROM {table}"
                    query += where if table == "cases" else ""
                else:
                    query = (f"SELECT id, {columns} FROM {table} "
                             f"WHERE case_id IN (SELECT id FROM cases{where})")
                found[table] = set(connection.execute(query))
            return found
        finally:
            connection.close()

    def dump(self, site: str) -> list[str]:
        """Every row of every table, for the checks that nothing changed (the change counter
        aside: every write transaction takes a number, kept or not)."""
        connection = sqlite3.connect(self.apps[site].db.path)
        try:
            return [line for line in connection.iterdump() if '"sync_clock"' not in line]
        finally:
            connection.close()

    def close(self) -> None:
        for app in self.apps.values():
            app.close()
