"""``report show|pdf|export|verify``: the period's indicators, the printed report, the signed
file for the superior office, and checking such a file against a key registration."""

from __future__ import annotations

import errno
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
from doan_desktop.core import clock
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
    export.set_defaults(handler=run_export)

    verify = actions.add_parser(
        "verify", help=translate("CLI", "check a report file against a key registration")
    )
    verify.add_argument("file", type=Path, metavar="FILE.zip")
    verify.add_argument("--trust", type=Path, required=True, metavar="KEY.json")
    verify.set_defaults(handler=run_verify)


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
    for v in report.values:
        indicator = codes.get(v.indicator)
        label = indicator.label_en if not v.disagg else "  " + disagg_label(v.disagg)
        value = "—" if v.value is None else v.value
        before = previous.get((v.indicator, v.disagg))
        mark = "*" if v.corrected or (v.source == "manual" and v.value is not None) else ""
        rows.append(
            [v.indicator, label, f"{value}{mark}", "" if before is None else before, indicator.unit]
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
            data, lookup, today=clock.today(), indicator_codes=code_list().codes
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
