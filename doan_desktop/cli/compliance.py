"""``compliance --period P``: "Chi đoàn 3 có" per chapter; ``links --year Y``: "2 giao, 1 liên
kết" — the briefings, the joint meetings with their hosts, and the proposed next host."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from doan_desktop.cli.common import CliError, Context, add_format_option, print_json, print_table
from doan_desktop.cli.meetings import _year
from doan_desktop.core.messages import translate
from doan_desktop.core.validation import ValidationError

if TYPE_CHECKING:
    from doan_desktop.core import compliance, links


def _quarter(text: str):
    from doan_desktop.core import compliance

    try:
        return compliance.quarter(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(
            translate("CLI", "not a quarter: {text} (write 2026Q4)").format(text=text)
        ) from error


def register(commands) -> None:
    check = commands.add_parser(
        "compliance", help=translate("CLI", 'which chapters are "3 có" in a quarter, and why not')
    )
    check.add_argument(
        "--period",
        type=_quarter,
        required=True,
        metavar="P",
        help=translate("CLI", "the quarter: 2026Q4"),
    )
    add_format_option(check, ("table", "json"))
    check.set_defaults(handler=run_compliance)
    linked = commands.add_parser(
        "links",
        help=translate("CLI", "the year's briefings and joint meetings, and the next host"),
    )
    linked.add_argument(
        "--year", type=_year, required=True, metavar="Y", help=translate("CLI", "the year")
    )
    add_format_option(linked, ("table", "json"))
    linked.set_defaults(handler=run_links)


def compliance_json(result: compliance.ChapterCompliance) -> dict:
    return {
        "chapter": result.chapter,
        "chapter_id": result.chapter_id,
        "pilot": result.pilot,
        "remote": result.remote,
        "has_cadre": result.cadre.met,
        "has_activity": result.activity.met,
        "has_work": result.work.met,
        "computed": result.computed,
        "three_have": result.three_have,
        "overridden": result.overridden,
        "override_reason": result.override_reason or None,
        "reasons": result.reasons,
        "complete": result.complete,
    }


def _mark(value: bool) -> str:
    return translate("CLI", "yes") if value else translate("CLI", "no")


def run_compliance(context: Context, args) -> int:
    from doan_desktop.core import compliance

    context.unit()
    with context.database().session() as session:
        results = compliance.assess_period(session, args.period)
    if args.format == "json":
        print_json([compliance_json(r) for r in results])
        return 0
    if not results:
        raise CliError(
            translate("CLI", 'No chapter takes part in "Chi đoàn 3 có" in {period}.').format(
                period=args.period.code
            )
        )
    headers = [
        translate("CLI", "Chapter"),
        translate("CLI", "Cadre"),
        translate("CLI", "Activity"),
        translate("CLI", "Work"),
        translate("CLI", "3 có"),
        translate("CLI", "Reasons"),
    ]
    rows = []
    for r in results:
        verdict = _mark(r.three_have) + (" *" if r.overridden else "")
        rows.append(
            [
                r.chapter,
                _mark(r.cadre.met),
                _mark(r.activity.met),
                _mark(r.work.met),
                verdict,
                "; ".join(r.reasons),
            ]
        )
    print_table(headers, rows)
    print(
        translate("CLI", '{n} of {total} chapters "3 có" (* overridden by the office)').format(
            n=compliance.three_have_count(results), total=len(results)
        )
    )
    return 0


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def links_json(year: links.YearLinks) -> dict:
    return {
        "year": year.year,
        "briefings": [
            {
                "half": half.half,
                "held": half.held,
                "meetings": [
                    {
                        "id": b.id,
                        "date": b.date.isoformat(),
                        "came": [
                            {"chapter": a.chapter, "name": a.person_name, "role": a.role}
                            for a in b.came
                        ],
                        "did_not_come": [
                            {
                                "chapter": a.chapter,
                                "name": a.person_name or None,
                                "role": a.role or None,
                                "status": a.status,
                                "reason": a.reason or None,
                            }
                            for a in b.missed
                        ],
                    }
                    for b in half.briefings
                ],
            }
            for half in year.halves
        ],
        "joint_meetings": [
            {
                "month": month.month,
                "held": month.held,
                "meetings": [
                    {
                        "id": m.id,
                        "date": m.date.isoformat(),
                        "host": m.host,
                        "participants": m.participants,
                    }
                    for m in month.meetings
                ],
            }
            for month in year.months
        ],
        "rotation": [
            {
                "chapter": t.chapter,
                "last_hosted": _day(t.last_hosted),
                "times": t.times,
                "secretary": t.secretary or None,
                "passed_over": t.passed_over,
            }
            for t in year.rotation
        ],
        "next_host": year.next_host.chapter if year.next_host else None,
        "next_month": year.next_month.strftime("%Y-%m"),
    }


def _dmy(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def run_links(context: Context, args) -> int:
    from doan_desktop.core import links

    context.unit()
    with context.database().session() as session:
        year = links.year_links(session, args.year)
    if args.format == "json":
        print_json(links_json(year))
        return 0
    not_held = translate("CLI", "not held")
    print(
        translate("CLI", "Briefings with the chapter secretaries ({n} of 2 held)").format(
            n=year.briefings_held
        )
    )
    rows = []
    for half in year.halves:
        label = translate("CLI", "Half {n}").format(n=half.half)
        if not half.briefings:
            rows.append([label, not_held, "", ""])
        for b in half.briefings:
            came = ", ".join(f"{a.person_name} ({a.chapter})" for a in b.came)
            missed = ", ".join(a.person_name or a.chapter for a in b.missed)
            rows.append([label, _dmy(b.date), came, missed])
    print_table(
        [
            translate("CLI", "Half"),
            translate("CLI", "Date"),
            translate("CLI", "Came"),
            translate("CLI", "Did not come"),
        ],
        rows,
    )
    print()
    print(translate("CLI", "Joint meetings ({n} of 12 months held)").format(n=year.joint_held))
    rows = []
    for month in year.months:
        label = f"{month.month:02d}/{year.year}"
        if not month.meetings:
            rows.append([label, not_held if month.over else "", "", ""])
        for m in month.meetings:
            rows.append([label, _dmy(m.date), m.host, ", ".join(m.participants)])
    print_table(
        [
            translate("CLI", "Month"),
            translate("CLI", "Date"),
            translate("CLI", "Host"),
            translate("CLI", "Taking part"),
        ],
        rows,
    )
    print()
    if year.next_host:
        print(
            translate("CLI", "Proposed host for {month}: {chapter}").format(
                month=year.next_month.strftime("%m/%Y"), chapter=year.next_host.chapter
            )
        )
    elif year.rotation:
        print(
            translate(
                "CLI", "No residential chapter has a secretary in office to host in {month}."
            ).format(month=year.next_month.strftime("%m/%Y"))
        )
    else:
        print(translate("CLI", "No active residential chapter to host the joint meeting."))
    if year.passed_over:
        print(
            translate("CLI", "Not proposed to host (no secretary in office): {chapters}").format(
                chapters=", ".join(t.chapter for t in year.passed_over)
            )
        )
    return 0
