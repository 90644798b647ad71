"""``report show|pdf|export|verify|trust-superior|receipt|status``: the period's indicators,
the printed report, the signed file for the superior office, checking such a file against a
key registration; trusting the superior office's key, importing its receipts, and what became
of each period's report."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

from doan_desktop.cli.common import (
    CliError,
    Context,
    add_format_option,
    existing_file,
    print_json,
    print_table,
)
from doan_desktop.cli.keys import read_passphrase
from doan_desktop.core import clock, formatting
from doan_desktop.core.indicators import code_list, disagg_label
from doan_desktop.core.messages import translate
from doan_desktop.core.periods import Period, PeriodError
from doan_desktop.documents.output import write_file_atomically


def _period(text: str) -> Period:
    try:
        return Period.parse(text)
    except PeriodError:
        import argparse

        raise argparse.ArgumentTypeError(
            translate("CLI", "not a period: {text} (write 2026Q4, 2026S1 or 2026)").format(
                text=text
            )
        ) from None


def register(commands) -> None:
    report = commands.add_parser(
        "report", help=translate("CLI", "the report to the superior office")
    )
    actions = report.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(report)
    )
    period_help = translate("CLI", "the period: 2026Q4, 2026S1 or 2026")

    show = actions.add_parser(
        "show", help=translate("CLI", "the indicators of a period and the validation messages")
    )
    show.add_argument("--period", type=_period, required=True, metavar="P", help=period_help)
    add_format_option(show, ["table", "json"])
    show.set_defaults(handler=run_show)

    pdf = actions.add_parser("pdf", help=translate("CLI", "write the printed report as PDF"))
    pdf.add_argument("--period", type=_period, required=True, metavar="P", help=period_help)
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    pdf.set_defaults(handler=run_pdf)

    export = actions.add_parser(
        "export", help=translate("CLI", "write the signed report file for the superior office")
    )
    export.add_argument("--period", type=_period, required=True, metavar="P", help=period_help)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.zip")
    export.add_argument("--passphrase-file", type=existing_file, metavar="FILE")
    export.add_argument(
        "--with-roster",
        action="store_true",
        help=translate("CLI", "include the roster (names, no citizen IDs or phones)"),
    )
    export.add_argument(
        "--correction",
        action="store_true",
        help=translate("CLI", "send changed values as a correction of the last report"),
    )
    export.add_argument(
        "--before-period-end",
        action="store_true",
        help=translate(
            "CLI", "export the report of a period not yet ended (its figures can still change)"
        ),
    )
    export.set_defaults(handler=run_export)

    verify = actions.add_parser(
        "verify", help=translate("CLI", "check a report file against a key registration")
    )
    verify.add_argument("file", type=Path, metavar="FILE.zip")
    verify.add_argument("--trust", type=Path, required=True, metavar="KEY.json")
    verify.set_defaults(handler=run_verify)

    trust = actions.add_parser(
        "trust-superior",
        help=translate(
            "CLI",
            "trust the superior office's key (its registration file), which signs the "
            "receipts and circulars it sends",
        ),
    )
    trust.add_argument("file", metavar="KEY.json", type=Path)
    check = trust.add_mutually_exclusive_group()
    check.add_argument(
        "--fingerprint",
        metavar="TEXT",
        help=translate(
            "CLI",
            "the fingerprint printed on the superior office's paper sheet (spaces, dashes "
            "and case do not count); nothing is trusted unless it matches",
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
    trust.set_defaults(handler=run_trust_superior)

    receipt = actions.add_parser(
        "receipt",
        help=translate(
            "CLI", "import a receipt from the superior office: whether the reports arrived"
        ),
    )
    receipt.add_argument("files", metavar="FILE.zip", nargs="+", type=Path)
    receipt.set_defaults(handler=run_receipt)

    status = actions.add_parser(
        "status",
        help=translate(
            "CLI",
            "per period: sent or not, and what the superior office's receipts say; the deadlines",
        ),
    )
    status.add_argument("--period", type=_period, metavar="P", help=period_help)
    add_format_option(status, ["table", "json"])
    status.set_defaults(handler=run_status)


# ----------------------------------------------------------------------------- files


def check_target(path: Path) -> None:
    """Refuse a target that cannot be written before any work is done."""
    if path.is_dir():
        raise CliError(translate("CLI", "Cannot write {path}: it is a folder.").format(path=path))
    if not path.parent.is_dir():
        raise CliError(
            translate("CLI", "Cannot write {path}: the folder {folder} does not exist.").format(
                path=path, folder=path.parent
            )
        )


def write_error(path: Path, error: OSError) -> CliError:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        detail = translate("CLI", "permission denied")
    elif error.errno == errno.ENOSPC:
        detail = translate("CLI", "the disk is full")
    else:
        detail = error.strerror or str(error)
    return CliError(
        translate("CLI", "Cannot write {path}: {detail}.").format(path=path, detail=detail)
    )


def write(path: Path, data: bytes) -> None:
    try:
        write_file_atomically(path, data)
    except OSError as error:
        raise write_error(path, error) from error


# ----------------------------------------------------------------------------- commands


def _level(level: str) -> str:
    from doan_desktop.core import reporting

    return translate("CLI", "error") if level == reporting.ERROR else translate("CLI", "warning")


def run_show(context: Context, args) -> int:
    from doan_desktop.core import reporting

    with context.database().session() as session:
        report = reporting.build_report(session, args.period)
        previous = reporting.previous_values(session, args.period)
    codes = report.codes
    if args.format == "json":
        print_json(
            {
                "period": args.period.code,
                "schema_version": report.schema_version,
                "values": [
                    {
                        "indicator": v.indicator,
                        "disagg": v.disagg,
                        "value": v.value,
                        "previous": previous.get((v.indicator, v.disagg)),
                        "source": v.source,
                        "corrected": v.corrected,
                        "computed": v.computed,
                        "note": v.note,
                    }
                    for v in report.values
                ],
                "messages": [
                    {
                        "level": m.level,
                        "code": m.code,
                        "text": m.text,
                        "indicator": m.indicator,
                        "disagg": m.disagg,
                    }
                    for m in report.messages
                ],
            }
        )
        return 0
    rows = []
    # The labels and units in the language of the messages (DOAN_LANG), as the window does.
    language = formatting.language()
    for v in report.values:
        indicator = codes.get(v.indicator)
        label = indicator.label_in(language) if not v.disagg else "  " + disagg_label(v.disagg)
        value = "—" if v.value is None else v.value
        before = previous.get((v.indicator, v.disagg))
        mark = "*" if v.corrected or (v.source == "manual" and v.value is not None) else ""
        rows.append(
            [
                v.indicator,
                label,
                f"{value}{mark}",
                "" if before is None else before,
                indicator.unit_in(language),
            ]
        )
    print_table(
        [
            translate("CLI", "Code"),
            translate("CLI", "Indicator"),
            args.period.code,
            args.period.previous().code,
            translate("CLI", "Unit"),
        ],
        rows,
    )
    if any(v.corrected or v.source == "manual" for v in report.values if v.value is not None):
        print(translate("CLI", "* typed or corrected by the office, with a note"))
    for message in report.messages:
        print(f"{_level(message.level)}: {message.text}")
    return 0


def run_pdf(context: Context, args) -> int:
    from doan_desktop.core.report_print import report_document
    from doan_desktop.documents.report import build_report_pdf

    check_target(args.output)
    context.unit()
    with context.database().session() as session:
        document = report_document(session, args.period)
    write(args.output, build_report_pdf(document))
    print(translate("CLI", "Wrote the report to {path}.").format(path=args.output))
    return 0


def run_export(context: Context, args) -> int:
    from doan_desktop.core import report_export, signing

    check_target(args.output)
    context.unit()
    # Under way: it may go early on purpose. Not begun: core refuses it whatever is asked.
    if args.period.contains(clock.today()) and not args.before_period_end:
        raise CliError(
            translate(
                "CLI",
                "{period} has not ended (it ends on {end}): its figures can still change. To "
                "export its report now anyway, add --before-period-end.",
            ).format(period=args.period.code, end=args.period.end.strftime("%d/%m/%Y"))
        )
    passphrase = read_passphrase(args.passphrase_file)
    database = context.database(write=True)
    try:
        result = report_export.export_report(
            database,
            args.period,
            args.output,
            passphrase,
            correction=args.correction,
            with_roster=args.with_roster,
        )
    except (signing.WrongPassphrase, signing.KeyProblem, report_export.ExportError) as error:
        raise CliError(str(error)) from error
    except OSError as error:
        raise write_error(args.output, error) from error
    if result.reused:
        print(
            translate(
                "CLI",
                "Report no. {n} for {period} was already made; written again unchanged. To "
                "send changed values, use --correction.",
            ).format(n=result.sequence, period=result.period)
        )
    print(
        translate(
            "CLI", "Wrote report no. {n} for {period} to {path} (SHA-256 {sha}), verified."
        ).format(n=result.sequence, period=result.period, path=result.path, sha=result.sha256)
    )
    if result.supersedes:
        print(translate("CLI", "It replaces report {id}.").format(id=result.supersedes))
    if result.explanation():
        print(result.explanation())
    return 0


def run_verify(context: Context, args) -> int:
    from doan_desktop.exchange import bundle
    from doan_desktop.exchange.keys import RegistrationError, read_registration

    try:
        registration = read_registration(args.trust.read_bytes())
    except OSError as error:
        raise CliError(
            translate("CLI", "Cannot read {path}: {detail}").format(
                path=args.trust, detail=error.strerror or error
            )
        ) from error
    except RegistrationError as error:
        raise CliError(
            translate("CLI", "{path} is not a valid key registration: {detail}").format(
                path=args.trust, detail=error
            )
        ) from error
    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise CliError(
            translate("CLI", "Cannot read {path}: {detail}").format(
                path=args.file, detail=error.strerror or error
            )
        ) from error
    trusted = bundle.TrustedKey(registration.unit_code, registration.public)

    def lookup(key_id: str):
        return trusted if key_id == registration.public.key_id_hex else None

    try:
        verified = bundle.verify_report_file(
            data, lookup, today=clock.today(), indicator_codes=_known_codes(context)
        )
    except bundle.Rejected as error:
        raise CliError(
            translate("CLI", "{path}: rejected ({code}): {reason}").format(
                path=args.file, code=error.code, reason=error
            )
        ) from error
    manifest = verified.manifest
    print(
        translate(
            "CLI",
            "{path}: valid. {unit} ({code}), period {period}, report no. {n}, signed by key "
            "{key_id}, {count} values.",
        ).format(
            path=args.file,
            unit=registration.unit_name,
            code=manifest["issuer"],
            period=manifest["period"],
            n=manifest["sequence"],
            key_id=manifest["key_id"],
            count=len(verified.payload["values"]),
        )
    )
    if manifest.get("supersedes"):
        print(translate("CLI", "It replaces report {id}.").format(id=manifest["supersedes"]))
    return 0


def _known_codes(context: Context) -> list[str]:
    """The indicator codes a report may carry: the shipped list's, and those of the circulars
    kept in this data folder, if there is one."""
    from doan_desktop.core.indicator_lists import known_codes

    if not context.data_dir.database.exists():
        return code_list().codes
    try:
        with context.database().session() as session:
            return known_codes(session)
    except CliError:
        return code_list().codes


def _read_registration(path: Path) -> bytes:
    from doan_desktop.exchange.incoming import KEY_REGISTRATION, IncomingFileError, read_incoming

    try:
        return read_incoming(path, KEY_REGISTRATION)
    except IncomingFileError as error:
        raise CliError(str(error)) from error


def run_trust_superior(context: Context, args) -> int:
    from doan_desktop.core import superior_trust

    if args.fingerprint is None and not args.no_fingerprint_check:
        raise CliError(
            translate(
                "CLI",
                "Give the fingerprint printed on the superior office's paper sheet: "
                "--fingerprint 'XXXX XXXX …' (or --no-fingerprint-check to trust without the "
                "sheet).",
            ),
            2,
        )
    context.lock_for_writing()
    context.unit()
    data = _read_registration(args.file)
    try:
        with context.database(write=True).session() as session:
            plan = superior_trust.trust_superior(session, data, fingerprint=args.fingerprint)
    except superior_trust.SuperiorTrustError as error:
        raise CliError(str(error)) from error
    lines = {
        superior_trust.NEW: translate("CLI", "Trusted the key of {name} ({code})."),
        superior_trust.ROTATION: translate(
            "CLI",
            "Trusted the new key of {name} ({code}); key {old} is replaced (what it signed "
            "before still counts).",
        ),
        superior_trust.REPLACEMENT: translate(
            "CLI",
            "Trusted the new key of {name} ({code}); key {old} is retired (what it signed "
            "before today still counts).",
        ),
        superior_trust.ALREADY: translate(
            "CLI", "{name} ({code}) was already trusted with this key."
        ),
    }
    print(
        lines[plan.kind].format(
            name=plan.unit_name, code=plan.unit_code, old=", ".join(plan.replaces)
        )
    )
    print(translate("CLI", "Key id: {key}").format(key=plan.key_id))
    print(translate("CLI", "Fingerprint: {fingerprint}").format(fingerprint=plan.fingerprint))
    if args.fingerprint is not None:
        print(translate("CLI", "The fingerprint matches the paper sheet."))
    elif plan.kind != superior_trust.ALREADY:
        print(
            translate(
                "CLI",
                "Warning: trusted without comparing the paper sheet. Compare this fingerprint "
                "with the superior office's sheet as soon as you have it.",
            )
        )
    return 0


def run_receipt(context: Context, args) -> int:
    from doan_desktop.core import receipt_import

    context.lock_for_writing()
    context.unit()
    database = context.database(write=True)
    refused = 0
    for path in args.files:
        try:
            data = receipt_import.read_file(path)
            result = receipt_import.import_receipt(database, data, file_name=path.name)
        except receipt_import.ReceiptRefused as error:
            refused += 1
            print(
                translate("CLI", "{path}: refused ({code}): {reason}").format(
                    path=path, code=error.code, reason=error
                ),
                file=sys.stderr,
            )
            continue
        for line in result.lines():
            print(f"{path.name}: {line}")
    return 1 if refused else 0


def run_status(context: Context, args) -> int:
    from doan_desktop.core import report_status

    context.unit()
    with context.database().session() as session:
        states = report_status.period_states(
            session, [args.period] if args.period is not None else None
        )
    if args.format == "json":
        print_json(
            [
                {
                    "period": s.period,
                    "exported": s.exported,
                    "sequence": s.sequence,
                    "receipt": s.receipt,
                    "reason": (f"{s.reason} {s.next_step}".strip() or None),
                    "code": s.code or None,
                    "sent_at": s.sent_at.strftime("%Y-%m-%dT%H:%M:%SZ") if s.sent_at else None,
                    "received_at": (
                        s.received_at.strftime("%Y-%m-%dT%H:%M:%SZ") if s.received_at else None
                    ),
                    "deadline": s.deadline.isoformat() if s.deadline else None,
                }
                for s in states
            ]
        )
        return 0
    if not states:
        print(translate("CLI", "No report was made yet, and no deadline was received."))
        return 0
    print_table(
        [
            translate("CLI", "Period"),
            translate("CLI", "No."),
            translate("CLI", "State"),
            translate("CLI", "Due"),
        ],
        [
            (
                s.period,
                s.sequence or "",
                s.sentence(),
                s.deadline.strftime("%d/%m/%Y") if s.deadline else "",
            )
            for s in states
        ],
    )
    for state in states:
        if state.receipt == report_status.RETURNED and state.next_step:
            print(f"{state.period}: {state.next_step}")
    return 0
