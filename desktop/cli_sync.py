"""The sync commands of `kelisim`: centre, office join, bundle export/import/inspect, conflicts.

Registered by cli.py, which handles errors and exit codes; these print and return the code.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from desktop.app import App

if TYPE_CHECKING:
    from desktop.services.sync import BundleReport

EXIT_OK, EXIT_REFUSED = 0, 1


def add_sync_commands(commands: argparse._SubParsersAction,
                      office_commands: argparse._SubParsersAction) -> None:
    join = office_commands.add_parser("join", help="join the regional centre with its setup file")
    join.add_argument("setup", type=Path, metavar="SETUP_FILE")
    join.set_defaults(run=_office_join)

    centre = commands.add_parser("centre", help="the regional centre: create it, enrol offices")
    actions = centre.add_subparsers(dest="centre_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="make this (new) data folder the regional centre")
    init.add_argument("--name", required=True, help="the centre's name")
    init.add_argument("--code", default="CENTRE",
                      help="the centre's code in bundles, 2-12 Latin capitals (default CENTRE)")
    init.set_defaults(run=_centre_init)
    add = actions.add_parser("add-office", help="enrol an office and write its setup file")
    add.add_argument("--code", required=True, help="the office's code, e.g. KRG01")
    add.add_argument("--name-kk", required=True, help="the office's name in Kazakh")
    add.add_argument("--name-ru", required=True, help="the office's name in Russian")
    add.add_argument("--out", type=Path, required=True, metavar="SETUP_FILE",
                     help="where to write the setup file to hand to the office")
    add.add_argument("--again", action="store_true", help=(
        "enrol an enrolled office again with a new key (its PC was lost or replaced)"))
    add.add_argument("--force", action="store_true", help="replace an existing setup file")
    add.set_defaults(run=_centre_add_office)
    offices = actions.add_parser("offices", help="enrolled offices, their last bundle, gaps")
    offices.add_argument("--json", action="store_true")
    offices.set_defaults(run=_centre_offices)
    rules = actions.add_parser("rules", help=(
        "set the rules data (deadline days, categories) sent to every office"))
    rules.add_argument("file", type=Path, help="JSON in the form of resources/reference/"
                                               "defaults.json")
    rules.set_defaults(run=_centre_rules)
    wording = actions.add_parser("wording", help=(
        "set the document wording sent to every office: a folder of <language>/<section>.toml "
        "files like resources/wording"))
    wording.add_argument("folder", type=Path)
    wording.set_defaults(run=_centre_wording)

    bundle = commands.add_parser("bundle", help="sync bundles: export, import, inspect")
    verbs = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    export = verbs.add_parser("export", help="write a bundle of the changes the other side lacks")
    export.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help="folder (a USB stick) to write the bundle into")
    export.add_argument("--office", help="at the centre: the office the bundle is for")
    export.add_argument("--full", action="store_true", help=(
        "every record, not only the changes (at the centre: restores an office's register)"))
    export.set_defaults(run=_bundle_export)
    importing = verbs.add_parser("import", help="verify and apply bundle files or folders")
    importing.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    importing.add_argument("--json", action="store_true", help="print the report as JSON")
    importing.set_defaults(run=_bundle_import)
    inspect = verbs.add_parser("inspect", help="print a bundle's manifest (no personal data)")
    inspect.add_argument("file", type=Path)
    inspect.set_defaults(run=_bundle_inspect)

    conflicts = commands.add_parser("conflicts", help="records changed in two places at once")
    conflict_verbs = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION",
                                              required=True)
    listing = conflict_verbs.add_parser("list", help="the open conflicts, field by field")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=_conflicts_list)
    resolve = conflict_verbs.add_parser("resolve", help=(
        "settle a conflict: keep this register's values, or take fields from the other side"))
    resolve.add_argument("id", help="the conflict's id (from conflicts list)")
    resolve.add_argument("--take", default="", metavar="FIELDS",
                         help="comma-separated fields to take from the other side; 'all'")
    resolve.set_defaults(run=_conflicts_resolve)


def _office_join(app: App, args: argparse.Namespace) -> int:
    me = app.sync().join(args.setup)
    print(f"office {me.code} joined the centre {me.centre}")
    print(f"this office's key fingerprint: {me.fingerprint}")
    print("compare it by phone with the centre; then export the first bundle: "
          "kelisim bundle export --out DIR")
    return EXIT_OK


def _centre_init(app: App, args: argparse.Namespace) -> int:
    me = app.sync().init_centre(args.name, args.code)
    print(f"this register is now the regional centre {me.code}")
    print(f"the centre's key fingerprint: {me.fingerprint}")
    return EXIT_OK


def _centre_add_office(app: App, args: argparse.Namespace) -> int:
    sync = app.sync()
    path, epoch = sync.add_office(args.code, args.name_kk, args.name_ru, args.out,
                                  again=args.again, replace=args.force)
    me = sync.identity()
    assert me is not None
    again = f" (enrolment {epoch}: the previous key is no longer accepted)" if epoch > 1 else ""
    print(f"office {args.code.upper()} enrolled{again}; setup file: {path}")
    print(f"hand it over in person; the office checks the centre's fingerprint {me.fingerprint}")
    return EXIT_OK


def _centre_offices(app: App, args: argparse.Namespace) -> int:
    from desktop.sync.keys import PublicIdentity

    rows = []
    for p in app.sync().peers():
        rows.append({
            "code": p.code, "role": p.role, "name_kk": p.name_kk, "name_ru": p.name_ru,
            "enrolment": p.epoch,
            "fingerprint": PublicIdentity.from_dict(p.identity).fingerprint()
            if p.identity else None,
            "last_bundle_at": p.last_bundle_at.isoformat(timespec="seconds")
            if p.last_bundle_at else None,
            "bundles": p.applied, "held": p.held, "missing": list(p.missing),
            "flagged": [f["sequence"] for f in p.flagged]})
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return EXIT_OK
    for row in rows:
        last = row["last_bundle_at"] or "no bundle yet"
        gaps = f"  missing: {', '.join(map(str, row['missing']))}" if row["missing"] else ""
        held = f"  held: {row['held']}" if row["held"] else ""
        flagged = (f"  CAME AGAIN WITH OTHER CONTENT: {', '.join(map(str, row['flagged']))}"
                   if row["flagged"] else "")
        print(f"{row['code']:<12} {row['name_ru'][:40]:<40} {last:<25} "
              f"bundles: {row['bundles']}{held}{gaps}{flagged}")
    return EXIT_OK


def _centre_rules(app: App, args: argparse.Namespace) -> int:
    try:
        data = json.loads(args.file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"kelisim: error: {args.file} cannot be read as JSON: {error}", file=sys.stderr)
        return EXIT_REFUSED
    app.sync().set_rules(data)
    print("rules data saved; every office receives them with its next bundle")
    return EXIT_OK


def _centre_wording(app: App, args: argparse.Namespace) -> int:
    count = app.sync().set_wording(args.folder)
    print(f"{count} wording file(s) checked and saved; every office receives them with its "
          "next bundle")
    return EXIT_OK


def _bundle_export(app: App, args: argparse.Namespace) -> int:
    result = app.sync().export(args.out, office=args.office, full=args.full)
    total = sum(result.counts.values())
    what = ", ".join(f"{n} {table}" for table, n in sorted(result.counts.items())) or "nothing new"
    print(result.path)
    print(f"bundle {result.sequence} for {result.destination}: {total} records ({what})",
          file=sys.stderr)
    return EXIT_OK


def _bundle_import(app: App, args: argparse.Namespace) -> int:
    reports = app.sync().import_paths(args.paths)
    if not reports:
        print("kelisim: error: no bundle files found", file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        print(json.dumps([r.to_json() for r in reports], ensure_ascii=False, indent=1))
    else:
        for report in reports:
            _print_report(report)
    return EXIT_OK if all(r.ok for r in reports) else EXIT_REFUSED


def _print_report(report: BundleReport) -> None:
    head = f"{report.path.name}: {report.status}"
    if report.origin:
        head += f" (bundle {report.sequence} of {report.origin})"
    print(head, file=sys.stdout if report.ok else sys.stderr)
    if report.reason:
        print(f"  {report.reason}", file=sys.stdout if report.ok else sys.stderr)
    counted = {k: v for k, v in report.outcomes.items() if v}
    if counted:
        print("  " + ", ".join(f"{k}: {v}" for k, v in counted.items()))
    for conflict in report.conflicts:
        print(f"  conflict: {conflict['table']} of case {conflict['case'] or '-'} "
              f"(see 'kelisim conflicts list')")
    for refused in report.refused[:20]:
        print(f"  refused: {refused['table']} {refused['id']}: {refused['reason']}")
    if len(report.refused) > 20:
        print(f"  ... and {len(report.refused) - 20} more refused")
    for gap in report.gaps:
        print(f"  {gap}")


def _bundle_inspect(app: App, args: argparse.Namespace) -> int:
    print(json.dumps(app.sync().inspect(args.file), ensure_ascii=False, indent=1))
    return EXIT_OK


def _conflicts_list(app: App, args: argparse.Namespace) -> int:
    for c in app.sync().conflicts():
        data = {"id": str(c.id), "table": c.table, "case": c.case_number, "with": c.peer,
                "detected_at": c.detected_at.isoformat(timespec="seconds"),
                "deleted": {"here": c.local_deleted, "there": c.remote_deleted},
                "fields": {f.name: {"here": f.local, "there": f.remote} for f in c.fields}}
        if args.json:
            print(json.dumps(data, ensure_ascii=False))
            continue
        print(f"{data['id']}  {c.table} of case {c.case_number or '-'} (with {c.peer})")
        if c.local_deleted != c.remote_deleted:
            print(f"  deleted: here {c.local_deleted}, there {c.remote_deleted}")
        for f in c.fields:
            print(f"  {f.name}: here {f.local!r}, there {f.remote!r}")
    return EXIT_OK


def _conflicts_resolve(app: App, args: argparse.Namespace) -> int:
    sync = app.sync()
    try:
        conflict_id = UUID(args.id)
    except ValueError:
        print(f"kelisim: error: {args.id!r} is not a conflict id", file=sys.stderr)
        return EXIT_REFUSED
    found = next((c for c in sync.conflicts() if c.id == conflict_id), None)
    if found is None:
        print("kelisim: error: no open conflict with that id", file=sys.stderr)
        return EXIT_REFUSED
    names = [f.name for f in found.fields]
    take = names if args.take.strip() == "all" else [
        t.strip() for t in args.take.split(",") if t.strip()]
    if unknown := [t for t in take if t not in names]:
        print(f"kelisim: error: {', '.join(unknown)} differ not; fields in conflict: "
              f"{', '.join(names) or 'none'}", file=sys.stderr)
        return EXIT_REFUSED
    deleted = found.remote_deleted if args.take.strip() == "all" else None
    sync.resolve(conflict_id, take, deleted)
    print(f"resolved; the decision goes with the next bundle ({len(take)} field(s) taken from "
          f"{found.peer})")
    return EXIT_OK
