"""`kempen dossiers list|show|update`: dossiers from the command line, through the façade.

`update` saves only the fields given with --set; with --expect-version it refuses (exit 3,
one Dutch line per field) when the dossier changed after that version (issue 19).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TypeAlias

from kempen_desktop.app import Workspace
from kempen_desktop.commands.common import CliError, open_cli_database

if TYPE_CHECKING:
    from kempen_desktop.domain.merge import EditConflictError
    from kempen_desktop.services.dossiers.dossiers import DossierDetail, DossierInput

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

PAGE = 500
EXIT_CONFLICT = 3


def register(commands: Subparsers, report_commands: Subparsers) -> None:
    """Add this area's subcommands; each sets `handler` with set_defaults."""
    dossiers = commands.add_parser("dossiers", help="dossiers opvragen")
    dossier_commands = dossiers.add_subparsers(
        dest="dossier_command", metavar="OPDRACHT", parser_class=type(dossiers)
    )
    dossier_commands.required = True
    listing = dossier_commands.add_parser("list", help="dossiers tonen")
    listing.add_argument(
        "--search",
        default="",
        metavar="TEKST",
        help="zoek op naam, INSZ, klantnummer, gemeente, notities",
    )
    listing.add_argument("--json", action="store_true", help="als JSON")
    listing.set_defaults(handler=_cmd_list)
    show = dossier_commands.add_parser("show", help="één dossier tonen")
    show.add_argument("num", metavar="NUM", help="dossiernummer (of id)")
    show.add_argument("--json", action="store_true", help="als JSON")
    show.set_defaults(handler=_cmd_show)
    update = dossier_commands.add_parser("update", help="velden van een dossier wijzigen")
    update.add_argument("num", metavar="NUM", help="dossiernummer (of id)")
    update.add_argument(
        "--set",
        dest="assignments",
        action="append",
        default=[],
        metavar="VELD=WAARDE",
        help="een veld zoals 'dossiers show --json' het noemt; leeg wist het",
    )
    update.add_argument(
        "--expect-version",
        type=int,
        metavar="V",
        help="weiger (code 3) als het dossier na versie V gewijzigd werd",
    )
    update.add_argument("--json", action="store_true", help="als JSON")
    update.set_defaults(handler=_cmd_update)


def _cmd_list(args: argparse.Namespace) -> None:
    from kempen_desktop.domain.dossier_rows import DossierRow
    from kempen_desktop.domain.status import status_label
    from kempen_desktop.services.dossiers.dossier_list import DossierFilter

    workspace = Workspace(open_cli_database(args))
    try:
        nums = workspace.dossiers.find(DossierFilter(text=args.search))
        rows: list[DossierRow] = []
        for start in range(0, len(nums), PAGE):
            page = workspace.dossiers.rows(nums[start : start + PAGE])
            rows.extend(page[num] for num in nums[start : start + PAGE])
    finally:
        workspace.close()
    records = [
        {
            "id": str(row.id),
            "number": row.num,
            "last_name": row.last_name,
            "first_name": row.first_name,
            "status": row.status_code,
            "municipality": row.municipality,
        }
        for row in rows
    ]
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return
    for row in rows:
        print(
            f"{row.num:>7}  {row.last_name + ', ' + row.first_name:<40}"
            f"{status_label(row.status_code):<18}{row.municipality}"
        )
    print(f"{len(rows)} dossier(s)")


def _value(value: Any) -> Any:
    """A field value as JSON shows it: dates ISO, ids as text, groups sorted."""
    from datetime import date

    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, bool)):
        return value
    return str(value)


def _fields(data: DossierInput) -> dict[str, Any]:
    return {name: _value(value) for name, value in vars(data).items()}


def _detail_json(detail: DossierDetail) -> dict[str, Any]:
    return {
        "id": str(detail.id),
        "number": detail.num,
        "version": detail.version,
        "status": detail.status_code,
        "status_since": detail.status_since.isoformat(),
        "opened_on": detail.opened_on.isoformat(),
        "closed_on": _value(detail.closed_on),
        "closing_reason": detail.closing_reason_code,
        **_fields(detail.data),
    }


def _cmd_show(args: argparse.Namespace) -> None:
    workspace = Workspace(open_cli_database(args))
    try:
        detail = workspace.dossiers.get(workspace.dossiers.resolve(args.num))
    finally:
        workspace.close()
    record = _detail_json(detail)
    if args.json:
        print(json.dumps(record, indent=2, ensure_ascii=False))
        return
    for key, value in record.items():
        print(f"{key:<24}{'' if value is None else value}")


def _parse(name: str, text: str, current: Any) -> Any:
    """The typed value of `--set name=text`, of the same kind as the field's current one."""
    import uuid
    from datetime import date

    from kempen_desktop.services.dossiers.dossiers import DossierInput

    kind = DossierInput.__dataclass_fields__[name].type
    if name == "target_groups":
        return {code.strip() for code in text.split(",") if code.strip()}
    if isinstance(current, str) and "None" not in str(kind):
        return text
    if not text.strip():
        return None
    if "date" in str(kind):
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise CliError(f"{name}: '{text}' is geen datum (jjjj-mm-dd).") from None
    if "UUID" in str(kind):
        try:
            return uuid.UUID(text.strip())
        except ValueError:
            raise CliError(f"{name}: '{text}' is geen geldig id.") from None
    return text.strip()


def _assignments(args: argparse.Namespace, data: DossierInput) -> dict[str, Any]:
    names = list(vars(data))
    changes: dict[str, Any] = {}
    for item in args.assignments:
        name, sep, text = item.partition("=")
        name = name.strip()
        if not sep or name not in names:
            raise CliError(f"Onbekend veld in --set '{item}'. Velden: {', '.join(names)}.")
        changes[name] = _parse(name, text, getattr(data, name))
    if not changes:
        raise CliError("Geef minstens één --set VELD=WAARDE.")
    return changes


def _cmd_update(args: argparse.Namespace) -> None:
    from dataclasses import replace

    from kempen_desktop.domain.merge import EditConflictError

    workspace = Workspace(open_cli_database(args))
    try:
        dossier_id = workspace.dossiers.resolve(args.num)
        current = workspace.dossiers.get(dossier_id)
        wanted = replace(current.data, **_assignments(args, current.data))
        try:
            version = workspace.dossiers.save_edit(
                dossier_id,
                wanted,
                # Without --expect-version: over what was read just now (fields set here
                # win; anything else someone saves meanwhile stays).
                base=None if args.expect_version is not None else current.data,
                expect_version=args.expect_version,
            )
        except EditConflictError as conflict:
            _report_conflict(args, current.num, conflict)
            raise SystemExit(EXIT_CONFLICT) from None
    finally:
        workspace.close()
    if args.json:
        print(json.dumps({"number": current.num, "version": version}))
    else:
        print(version)


def _report_conflict(args: argparse.Namespace, num: int, conflict: EditConflictError[Any]) -> None:
    lines = [
        f"kempen: {c.field}: intussen gewijzigd in {_shown(c.theirs)} "
        f"(jouw waarde: {_shown(c.mine)})"
        for c in conflict.conflicts
    ] or [f"kempen: dossier {num} is intussen gewijzigd; niets bewaard."]
    if conflict.version is not None:
        lines.append(f"kempen: dossier {num} staat nu op versie {conflict.version}; niets bewaard.")
    for line in lines:
        print(line, file=sys.stderr)
    if args.json:
        record = {
            "number": num,
            "conflict": True,
            "version": conflict.version,
            "fields": [
                {"field": c.field, "theirs": _value(c.theirs), "mine": _value(c.mine)}
                for c in conflict.conflicts
            ],
        }
        print(json.dumps(record, ensure_ascii=False))


def _shown(value: Any) -> str:
    shown = _value(value)
    if shown in (None, "", []):
        return "(leeg)"
    return "'" + (", ".join(shown) if isinstance(shown, list) else str(shown)) + "'"
