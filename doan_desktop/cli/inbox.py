"""``inbox trust|revoke|keys|add|status|export|deadline|receipts|circular``: the superior
office's inbox, and what it sends down to the communes (receipts and circulars)."""

from __future__ import annotations

from pathlib import Path

from doan_desktop.cli.common import (
    CliError,
    Context,
    add_format_option,
    existing_file,
    print_json,
    print_table,
)
from doan_desktop.core import clock
from doan_desktop.core.inbox_status import (
    DeadlineError,
    communes,
    deadline_days,
    local_date,
    parse_period,
    period_status,
    set_deadline_days,
    state_label,
)
from doan_desktop.core.inbox_totals import aggregate, export_title, write_totals_xlsx
from doan_desktop.core.messages import translate
from doan_desktop.core.periods import PeriodError
from doan_desktop.exchange import incoming
from doan_desktop.exchange.files import FileWriteError
from doan_desktop.exchange.incoming import IncomingFileError, read_incoming


def register(commands) -> None:
    area = commands.add_parser(
        "inbox", help=translate("CLI", "the superior office's inbox of signed report files")
    )
    actions = area.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(area)
    )
    trust = actions.add_parser(
        "trust", help=translate("CLI", "trust a commune: import its key registration file")
    )
    trust.add_argument(
        "file",
        metavar="KEY.json",
        type=Path,
        help=translate("CLI", "the key registration file the commune sent"),
    )
    check = trust.add_mutually_exclusive_group()
    check.add_argument(
        "--fingerprint",
        metavar="TEXT",
        help=translate(
            "CLI",
            "the fingerprint printed on the commune's paper sheet (spaces, dashes and case do "
            "not count); nothing is trusted unless it matches",
        ),
    )
    check.add_argument(
        "--no-fingerprint-check",
        action="store_true",
        help=translate(
            "CLI",
            "trust without comparing the paper sheet (only if the file came by a way no one "
            "else could have changed)",
        ),
    )
    trust.set_defaults(handler=run_trust)

    revoke = actions.add_parser(
        "revoke",
        help=translate(
            "CLI", "stop trusting a key: --compromised (nothing it signed counts) or --lost"
        ),
    )
    revoke.add_argument(
        "key_id", metavar="KEY_ID", help=translate("CLI", "the key id, as 'inbox keys' lists it")
    )
    why = revoke.add_mutually_exclusive_group()
    why.add_argument(
        "--compromised",
        action="store_true",
        help=translate(
            "CLI",
            "the key may be in someone else's hands: refuse every file it signed, even older ones",
        ),
    )
    why.add_argument(
        "--lost",
        action="store_true",
        help=translate(
            "CLI",
            "the commune lost the key or stopped using it: files it signed before today still "
            "count, later ones are refused",
        ),
    )
    revoke.set_defaults(handler=run_revoke)

    keys = actions.add_parser("keys", help=translate("CLI", "list the trusted keys"))
    add_format_option(keys, ("table", "json"))
    keys.set_defaults(handler=run_keys)

    add = actions.add_parser(
        "add", help=translate("CLI", "receive report files (.zip files, or folders of them)")
    )
    add.add_argument(
        "paths",
        metavar="FILE",
        nargs="+",
        type=Path,
        help=translate("CLI", "report files (.zip), or folders holding them"),
    )
    add.set_defaults(handler=run_add)

    status = actions.add_parser(
        "status", help=translate("CLI", "who reported for a period, and the totals")
    )
    status.add_argument("--period", required=True, metavar="PERIOD", help=_period_help())
    add_format_option(status, ("table", "json"))
    status.set_defaults(handler=run_status)

    export = actions.add_parser(
        "export", help=translate("CLI", "write a period's totals by commune to an Excel file")
    )
    export.add_argument("--period", required=True, metavar="PERIOD", help=_period_help())
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="F.xlsx",
        type=Path,
        help=translate("CLI", "the Excel file to write"),
    )
    export.set_defaults(handler=run_export)

    deadline = actions.add_parser(
        "deadline",
        help=translate("CLI", "show or set the days after a period's end that reports are due"),
    )
    deadline.add_argument(
        "days",
        metavar="DAYS",
        nargs="?",
        type=int,
        help=translate("CLI", "the number of days; without it, the days in force are shown"),
    )
    deadline.set_defaults(handler=run_deadline)

    receipts = actions.add_parser(
        "receipts",
        help=translate(
            "CLI",
            "write a signed receipt for each commune: which of its files of the period were "
            "accepted or refused, and why (the files not answered yet)",
        ),
    )
    receipts.add_argument("--period", required=True, metavar="P", help=_period_help())
    receipts.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DIR",
        type=Path,
        help=translate("CLI", "the folder to write the receipts in (one file per commune)"),
    )
    receipts.add_argument(
        "--passphrase-file", type=existing_file, metavar="F", help=_passphrase_help()
    )
    receipts.set_defaults(handler=run_receipts)

    circular = actions.add_parser(
        "circular",
        help=translate(
            "CLI",
            "publish a signed circular for the communes: the indicator list and the deadlines "
            "of coming periods",
        ),
    )
    circular.add_argument(
        "--indicators",
        required=True,
        metavar="F.json",
        type=Path,
        help=translate("CLI", "the indicator list, in the format of indicators.json"),
    )
    circular.add_argument(
        "--deadline",
        action="append",
        default=[],
        metavar="PERIOD=YYYY-MM-DD",
        help=translate("CLI", "when the report of a period is due (repeat for each period)"),
    )
    circular.add_argument(
        "--from",
        dest="applies_from",
        metavar="PERIOD",
        help=translate(
            "CLI",
            "the first period whose report uses the list (default: the quarter under way)",
        ),
    )
    circular.add_argument(
        "--title",
        default="",
        metavar="TEXT",
        help=translate("CLI", "the circular's title, as the communes will read it"),
    )
    circular.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="CIRCULAR.zip",
        type=Path,
        help=translate("CLI", "the circular file to write"),
    )
    circular.add_argument(
        "--passphrase-file", type=existing_file, metavar="F", help=_passphrase_help()
    )
    circular.set_defaults(handler=run_circular)


def _superior(context: Context) -> None:
    if context.unit().role != "superior":
        raise CliError(
            translate(
                "CLI",
                "This data folder is set up for a commune office; the inbox belongs to a "
                "superior office.",
            )
        )


def _period(text: str):
    try:
        return parse_period(text)
    except PeriodError as error:
        raise CliError(str(error), 2) from error


def run_trust(context: Context, args) -> int:
    from doan_desktop.core import inbox

    if args.fingerprint is None and not args.no_fingerprint_check:
        raise CliError(
            translate(
                "CLI",
                "Give the fingerprint printed on the commune's paper sheet: --fingerprint "
                "'XXXX XXXX …' (or --no-fingerprint-check to trust without the sheet).",
            ),
            2,
        )
    context.lock_for_writing()
    _superior(context)
    try:
        data = read_incoming(args.file, incoming.KEY_REGISTRATION)
    except IncomingFileError as error:
        raise CliError(str(error)) from error
    database = context.database(write=True)
    try:
        # The comparison happens in the same transaction as the pinning: a mismatch pins nothing.
        with database.session() as session:
            plan = inbox.trust_registration(session, data, fingerprint=args.fingerprint)
    except inbox.TrustError as error:
        raise CliError(str(error)) from error
    lines = {
        "new": translate("CLI", "Trusted {name} ({code})."),
        "rotation": translate(
            "CLI",
            "Trusted the new key of {name} ({code}); key {old} is retired (files it signed "
            "before the rotation still count).",
        ),
        "already": translate("CLI", "{name} ({code}) was already trusted with this key."),
    }
    print(lines[plan.kind].format(name=plan.unit_name, code=plan.unit_code, old=plan.replaces))
    print(translate("CLI", "Key id: {key}").format(key=plan.key_id))
    print(translate("CLI", "Fingerprint: {fingerprint}").format(fingerprint=plan.fingerprint))
    if args.fingerprint is not None:
        print(translate("CLI", "The fingerprint matches the paper sheet."))
    elif plan.kind != "already":
        print(
            translate(
                "CLI",
                "Warning: trusted without comparing the paper sheet. Compare this fingerprint "
                "with the commune's sheet as soon as you have it; if it differs, revoke the key "
                "(inbox revoke {key} --compromised).",
            ).format(key=plan.key_id)
        )
    return 0


def run_revoke(context: Context, args) -> int:
    from doan_desktop.core import inbox

    if not args.compromised and not args.lost:
        raise CliError(
            translate(
                "CLI",
                "Say why the key is no longer trusted: --compromised if it may be in someone "
                "else's hands (nothing it signed counts any more), or --lost if the commune lost "
                "it or stopped using it (files it signed before today still count).",
            ),
            2,
        )
    context.lock_for_writing()
    _superior(context)
    try:
        with context.database(write=True).session() as session:
            info = inbox.revoke_key(session, args.key_id, compromised=args.compromised)
    except inbox.TrustError as error:
        raise CliError(str(error)) from error
    if args.compromised:
        line = translate(
            "CLI",
            "Key {key} of {name} ({code}) revoked: no file it signed is accepted any more. Ask "
            "the commune to make a new key and send its registration with the paper sheet.",
        )
    else:
        line = translate(
            "CLI",
            "Key {key} of {name} ({code}) retired: files it signed before today still count. "
            "Ask the commune to make a new key and send its registration with the paper sheet.",
        )
    print(line.format(key=info.key_id, name=info.unit_name, code=info.unit_code))
    return 0


def _key_state(state: str) -> str:
    from doan_desktop.core import inbox

    return {
        inbox.ACTIVE: translate("CLI", "trusted"),
        inbox.REPLACED: translate("CLI", "replaced"),
        inbox.RETIRED: translate("CLI", "retired"),
        inbox.REVOKED: translate("CLI", "revoked"),
    }[state]


def run_keys(context: Context, args) -> int:
    from doan_desktop.core import inbox

    _superior(context)
    with context.database().session() as session:
        keys = inbox.list_trusted(session)
    if args.format == "json":
        print_json(
            [
                {
                    "unit_code": k.unit_code,
                    "unit_name": k.unit_name,
                    "key_id": k.key_id,
                    "fingerprint": k.fingerprint,
                    "state": k.state,
                    "trusted_at": k.trusted_at.isoformat(),
                    "revoked_at": k.revoked_at.isoformat() if k.revoked_at else None,
                    "retired_at": k.retired_at.isoformat() if k.retired_at else None,
                    "replaced_by": k.replaced_by,
                }
                for k in keys
            ]
        )
        return 0
    print_table(
        [
            translate("CLI", "Code"),
            translate("CLI", "Unit"),
            translate("CLI", "Key id"),
            translate("CLI", "State"),
            translate("CLI", "Fingerprint"),
        ],
        [(k.unit_code, k.unit_name, k.key_id, _key_state(k.state), k.fingerprint) for k in keys],
    )
    return 0


def run_add(context: Context, args) -> int:
    from doan_desktop.core import inbox

    context.lock_for_writing()
    _superior(context)
    missing = [path for path in args.paths if not path.exists()]
    if missing:
        raise CliError(translate("CLI", "No such file: {path}").format(path=missing[0]))
    files = inbox.collect_files(args.paths)
    if not files:
        raise CliError(translate("CLI", "No .zip file was found in the folders given."))
    receipts = inbox.receive_files(
        context.database(write=True), context.data_dir.root, files, today=clock.today()
    )
    words = {
        inbox.ACCEPTED: translate("CLI", "accepted"),
        inbox.ALREADY: translate("CLI", "already received"),
        inbox.REJECTED: translate("CLI", "rejected"),
    }
    for receipt in receipts:
        if receipt.outcome == inbox.REJECTED:
            print(
                f"{receipt.file_name}: {words[receipt.outcome]} [{receipt.code}] {receipt.message}"
            )
        else:
            print(f"{receipt.file_name}: {words[receipt.outcome]} — {receipt.message}")
    rejected = sum(1 for r in receipts if r.outcome == inbox.REJECTED)
    if rejected:
        print(
            translate("CLI", "{count} files rejected; kept aside in {path}.").format(
                count=rejected, path=context.data_dir.root.joinpath(*inbox.REJECTED_FOLDER)
            )
        )
    return 1 if rejected else 0


def _number(value) -> str | None:
    if value is None:
        return None
    return str(value)


def run_status(context: Context, args) -> int:
    _superior(context)
    period = _period(args.period)
    with context.database().session() as session:
        status = period_status(session, period, clock.today())
        totals = aggregate(session, period, communes(session))
    if args.format == "json":
        print_json(
            {
                "period": status.period,
                "deadline": status.deadline.isoformat(),
                "communes": [
                    {
                        "unit_code": c.unit_code,
                        "unit_name": c.unit_name,
                        "state": c.state,
                        "overdue": c.overdue,
                        "flagged": c.flagged,
                        "rejection": _rejection_json(c.rejection),
                        "reports": [
                            {
                                "sequence": r.sequence,
                                "report_id": r.report_id,
                                "state": r.state,
                                "received_at": r.received_at.isoformat(),
                                "supersedes": r.supersedes,
                                "superseded_by": r.superseded_by,
                            }
                            for r in c.reports
                        ],
                    }
                    for c in status.communes
                ],
                "totals": {
                    "communes": [code for code, _name in totals.communes],
                    "rows": [
                        {
                            "indicator": row.indicator,
                            "disagg": row.disagg,
                            "share": row.is_share,
                            "total": _number(row.total),
                            "by_commune": {
                                code: _number(value)
                                for (code, _name), value in zip(
                                    totals.communes, row.values, strict=True
                                )
                            },
                        }
                        for row in totals.rows
                    ],
                },
            }
        )
        return 0
    print(
        translate(
            "CLI", "Period {period}: {received} of {total} communes reported; due {date}."
        ).format(
            period=status.period,
            received=status.received,
            total=len(status.communes),
            date=status.deadline.strftime("%d/%m/%Y"),
        )
    )
    rows = []
    for commune in status.communes:
        current = commune.current
        notes = [
            translate("CLI", "replaces No. {old}").format(old=r.sequence)
            for r in commune.superseded
        ]
        if commune.flagged:
            notes.append(
                translate("CLI", "{count} conflicting files").format(count=commune.flagged)
            )
        if commune.rejection is not None:
            notes.append(
                translate("CLI", "a file refused on {date} [{code}]").format(
                    date=local_date(commune.rejection.at).strftime("%d/%m/%Y"),
                    code=commune.rejection.code,
                )
            )
        rows.append(
            (
                commune.unit_code,
                commune.unit_name,
                state_label(commune.state, commune.overdue),
                current.sequence if current else "",
                commune.first_received.strftime("%d/%m/%Y") if commune.first_received else "",
                "; ".join(notes),
            )
        )
    print_table(
        [
            translate("CLI", "Code"),
            translate("CLI", "Unit"),
            translate("CLI", "State"),
            translate("CLI", "No."),
            translate("CLI", "Received"),
            translate("CLI", "Notes"),
        ],
        rows,
    )
    refused = [c for c in status.communes if c.rejection is not None]
    if refused:
        print()
        for commune in refused:
            print(f"{commune.unit_code}: {commune.rejection.message}")
    print()
    print_table(
        [translate("CLI", "Indicator"), translate("CLI", "Unit"), translate("CLI", "Total")],
        [(row.label, row.unit, _number(row.total) or "") for row in totals.rows],
    )
    return 0


def _rejection_json(rejection) -> dict | None:
    if rejection is None:
        return None
    return {
        "at": rejection.at.isoformat(),
        "code": rejection.code,
        "message": rejection.message,
        "file_name": rejection.file_name,
    }


def run_export(context: Context, args) -> int:
    _superior(context)
    period = _period(args.period)
    with context.database().session() as session:
        status = period_status(session, period, clock.today())
        totals = aggregate(session, period, communes(session))
        office = export_title(session)
    try:
        path = write_totals_xlsx(totals, status, args.output, office)
    except FileWriteError as error:
        raise CliError(str(error)) from error
    print(
        translate("CLI", "Totals of {count} communes for {period} written to {path}.").format(
            count=len(totals.communes), period=period.code, path=path
        )
    )
    return 0


def run_deadline(context: Context, args) -> int:
    _superior(context)
    if args.days is None:
        with context.database().session() as session:
            days = deadline_days(session)
    else:
        context.lock_for_writing()
        try:
            with context.database(write=True).session() as session:
                days = set_deadline_days(session, args.days)
        except DeadlineError as error:
            raise CliError(str(error), 2) from error
    print(translate("CLI", "Reports are due {days} days after the period ends.").format(days=days))
    return 0


def _sign_problem(error: Exception) -> CliError:
    """A key that cannot sign: said, with how a superior office makes its key."""
    from doan_desktop.core import signing

    if isinstance(error, signing.NoKey):
        return CliError(
            translate(
                "CLI",
                "This office has no signing key yet: make it with 'doan-desktop keys create', "
                "then send its registration ('keys export') and fingerprint sheet to the "
                "communes.",
            )
        )
    return CliError(str(error))


def run_receipts(context: Context, args) -> int:
    from doan_desktop.cli.keys import read_passphrase
    from doan_desktop.core import receipts, signing

    _superior(context)
    period = _period(args.period)
    if not args.output.is_dir():
        raise CliError(
            translate("CLI", "The folder {path} does not exist.").format(path=args.output)
        )
    context.lock_for_writing()
    with context.database().session() as session:
        pending, unanswerable = receipts.pending_receipts(session, period)
        if not signing.current_key(session):
            raise _sign_problem(signing.NoKey())
    if not pending:
        print(
            translate(
                "CLI", "No receipt to write for {period}: every file received was answered."
            ).format(period=period.code)
        )
        written = []
    else:
        passphrase = read_passphrase(args.passphrase_file)
        try:
            written, unanswerable = receipts.write_receipts(
                context.database(write=True), period, args.output, passphrase
            )
        except (receipts.ReceiptError, signing.WrongPassphrase, signing.KeyProblem) as error:
            raise _sign_problem(error) from error
    for receipt in written:
        print(
            translate(
                "CLI",
                "Wrote receipt No. {n} for {commune}: {accepted} accepted, {rejected} refused "
                "— {path}",
            ).format(
                n=receipt.sequence,
                commune=receipt.recipient,
                accepted=receipt.accepted,
                rejected=receipt.rejected,
                path=receipt.path,
            )
        )
    for item in unanswerable:
        print(
            translate(
                "CLI",
                "{file}: refused [{code}], names no commune or report: it cannot be answered "
                "(kept in {path}).",
            ).format(file=item.file_name, code=item.code, path=item.kept_as or "—")
        )
    return 0


def run_circular(context: Context, args) -> int:
    from doan_desktop.cli.keys import read_passphrase
    from doan_desktop.cli.report import check_target
    from doan_desktop.core import circulars, signing

    _superior(context)
    try:
        deadlines = [circulars.parse_deadline(text) for text in args.deadline]
    except ValueError as error:
        raise CliError(str(error), 2) from error
    applies_from = _period(args.applies_from) if args.applies_from else None
    check_target(args.output)
    try:
        codes = circulars.read_list_file(args.indicators)
    except circulars.CircularError as error:
        raise CliError(str(error)) from error
    context.lock_for_writing()
    with context.database().session() as session:
        if not signing.current_key(session):
            raise _sign_problem(signing.NoKey())
    passphrase = read_passphrase(args.passphrase_file)
    try:
        published = circulars.publish_circular(
            context.database(write=True),
            codes,
            deadlines,
            args.output,
            passphrase,
            applies_from=applies_from,
            title=args.title,
        )
    except (circulars.CircularError, signing.WrongPassphrase, signing.KeyProblem) as error:
        raise _sign_problem(error) from error
    print(
        translate(
            "CLI",
            "Published circular No. {n} to {path}: indicator list version {version}, for the "
            "reports of {period} on.",
        ).format(
            n=published.sequence,
            path=published.path,
            version=published.list_version,
            period=published.applies_from,
        )
    )
    if published.new_codes:
        print(
            translate("CLI", "New indicators: {codes}.").format(
                codes=", ".join(published.new_codes)
            )
        )
    for deadline in published.deadlines:
        print(
            translate("CLI", "The report for {period} is due on {date}.").format(
                period=deadline.period, date=deadline.due.strftime("%d/%m/%Y")
            )
        )
    return 0


def _period_help() -> str:
    return translate("CLI", "the period: 2026Q4, 2026S1 or 2026")


def _passphrase_help() -> str:
    return translate("CLI", "read the passphrase from FILE (else DOAN_KEY_PASSPHRASE, or asked)")
