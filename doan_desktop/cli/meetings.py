"""``meetings list``: the meetings held, with attendance counts and their state; ``meetings add``:
a meeting recorded as a draft, as the meeting form saves it.

``meetings add`` fills the same MeetingInput as the form and saves it with
``core.meetings.save_meeting``, whose checks are the form's; each error is named by its option.
The attendance list is the form's too: the people ``core.meetings.expected_people`` expects for
the kind, chapters and date (with ``--include-youth``, also the chapter's youth), each marked from
the file (``cli/attendance_file.py``; those it does not name are absent) or, with
``--all-present``, present.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from doan_desktop.cli import attendance_file
from doan_desktop.cli.common import (
    CliError,
    Context,
    active_chapter,
    add_format_option,
    print_json,
    print_table,
)
from doan_desktop.core import chapters as chapter_cases
from doan_desktop.core import meetings as meeting_cases
from doan_desktop.core.meeting_kinds import (
    ABSENT,
    CHAPTER_MEETING_KINDS,
    JOINT,
    MEETING_KINDS,
    MONTHLY,
    THEME_KINDS,
    meeting_kind_labels,
    state_labels,
)
from doan_desktop.core.messages import translate
from doan_desktop.core.validation import ValidationError


def _year(value: str) -> int:
    try:
        year = int(value)
    except ValueError:
        year = 0
    if not 1900 <= year <= 2100:
        raise argparse.ArgumentTypeError(
            translate("CLI", "not a year: {value} (use four digits, e.g. 2026)").format(value=value)
        )
    return year


def register(commands) -> None:
    meetings = commands.add_parser("meetings", help=translate("CLI", "meetings and their minutes"))
    actions = meetings.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(meetings)
    )
    listing = actions.add_parser("list", help=translate("CLI", "list meetings, most recent first"))
    listing.add_argument(
        "--chapter",
        metavar="NAME",
        help=translate("CLI", "meetings of this chapter, and joint meetings it took part in"),
    )
    listing.add_argument("--kind", choices=MEETING_KINDS, help=translate("CLI", "only this kind"))
    listing.add_argument(
        "--year", type=_year, metavar="Y", help=translate("CLI", "only the meetings held in Y")
    )
    add_format_option(listing, ("table", "json"))
    listing.set_defaults(handler=run_meetings_list)
    register_meetings_add(actions)


def meeting_json(row: meeting_cases.MeetingRow) -> dict:
    joint = row.kind == JOINT
    return {
        "id": row.id,
        "kind": row.kind,
        "date": row.date.isoformat(),
        "month": row.month,
        "chapter": (row.chapter or None) if not joint else None,
        "host_chapter": (row.chapter or None) if joint else None,
        "participating_chapters": row.participants,
        "theme": row.theme,
        "place": row.place,
        "chair": row.chair or None,
        "secretary": row.secretary or None,
        "expected": row.expected,
        "present": row.present,
        "guests": row.guests,
        "state": row.state,
    }


def run_meetings_list(context: Context, args) -> int:
    context.unit()
    with context.database().session() as session:
        chapter_id = None
        if args.chapter:
            try:
                chapter_id = chapter_cases.find_chapter(session, args.chapter).id
            except chapter_cases.UnknownChapter as error:
                raise CliError(str(error)) from error
        rows = meeting_cases.list_meetings(
            session, chapter_id=chapter_id, kind=args.kind, year=args.year
        )
    if args.format == "json":
        print_json([meeting_json(r) for r in rows])
        return 0
    kinds, states = meeting_kind_labels(), state_labels()
    headers = [
        translate("CLI", "Date"),
        translate("CLI", "Kind"),
        translate("CLI", "Chapter"),
        translate("CLI", "Present"),
        translate("CLI", "State"),
        translate("CLI", "Id"),
    ]
    table = [
        [
            r.date.strftime("%d/%m/%Y"),
            kinds.get(r.kind, r.kind),
            r.chapter,
            f"{r.present}/{r.expected}",
            states.get(r.state, r.state),
            r.id,
        ]
        for r in rows
    ]
    print_table(headers, table)
    return 0


# ----------------------------------------------------------------------------- meetings add

# MeetingInput field (validate_meeting's keys) → the option that sets it, to name it in an error.
MEETING_OPTIONS = {
    "kind": "--kind",
    "chapter_id": "--chapter",
    "participants": "--participant",
    "for_month": "--month",
    "theme": "--theme",
    "date": "--date",
    "start_time": "--start",
    "end_time": "--end",
    "chair_id": "--chair",
    "secretary_id": "--secretary",
    "guests": "--guest",
    "discussion": "--speech",
    "vote": "--vote",
    "state": "--kind",
}
# Checked once the attendance list is known (a vote is counted against those present).
_ATTENDANCE_KEYS = ("attendance", "chair_id", "secretary_id", "vote")
_MONTH = re.compile(r"^\s*(?P<month>\d{1,2})\s*[/.-]\s*(?P<year>\d{4})\s*$")
_ISO_MONTH = re.compile(r"^\s*(?P<year>\d{4})-(?P<month>\d{1,2})\s*$")


def register_meetings_add(actions) -> None:
    add = actions.add_parser(
        "add",
        help=translate("CLI", "record a meeting held, as a draft, with its attendance"),
        description=translate(
            "CLI",
            "Record a meeting that was held, as a draft to finish in the window, checked as the "
            "meeting form checks it. The attendance list is the people expected at the meeting "
            "(for a chapter meeting, the chapter's members): those named in --attendance FILE "
            "are marked from it and the others absent, or everyone is present with "
            "--all-present. Nothing is written when anything is wrong.",
        ),
    )
    add.add_argument(
        "--kind",
        required=True,
        choices=MEETING_KINDS,
        help=translate(
            "CLI",
            "monthly or themed (a chapter's meeting), joint (inter-chapter), briefing (with "
            "the chapter secretaries), bch (the commune committee) or club (the secretaries' "
            "club)",
        ),
    )
    add.add_argument(
        "--chapter",
        metavar="NAME",
        help=translate("CLI", "the chapter that met; for a joint meeting, the host chapter"),
    )
    add.add_argument(
        "--participant",
        metavar="NAME",
        action="append",
        default=[],
        help=translate(
            "CLI", "joint meeting: a chapter taking part besides the host (repeat for each)"
        ),
    )
    add.add_argument(
        "--date", required=True, metavar="D", help=translate("CLI", "the date held, dd/mm/yyyy")
    )
    add.add_argument(
        "--month",
        type=_month,
        metavar="MM/YYYY",
        help=translate(
            "CLI", "monthly meeting: the month it reports on (default: the month it was held)"
        ),
    )
    add.add_argument(
        "--theme",
        metavar="TEXT",
        default="",
        help=translate("CLI", "the theme (required for a themed meeting)"),
    )
    add.add_argument(
        "--start", metavar="HH:MM", default="", help=translate("CLI", "the time it started")
    )
    add.add_argument(
        "--end", metavar="HH:MM", default="", help=translate("CLI", "the time it ended")
    )
    add.add_argument(
        "--place", metavar="TEXT", default="", help=translate("CLI", "where it was held")
    )
    who = add.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--attendance",
        type=Path,
        metavar="FILE",
        help=translate(
            "CLI",
            "a text or CSV file naming those present, one full name or id a line (a second "
            "column may say excused, with the reason, or absent); the others expected are "
            "absent",
        ),
    )
    who.add_argument(
        "--all-present",
        action="store_true",
        help=translate("CLI", "everyone expected at the meeting was present"),
    )
    add.add_argument(
        "--include-youth",
        action="store_true",
        help=translate(
            "CLI",
            "monthly or themed meeting: the chapter's youth (not members) are on the list too",
        ),
    )
    add.add_argument(
        "--chair",
        metavar="NAME",
        help=translate("CLI", "who chaired: a full name or id among those present"),
    )
    add.add_argument(
        "--secretary",
        metavar="NAME",
        help=translate("CLI", "who took the minutes: a full name or id among those present"),
    )
    add.add_argument(
        "--guest",
        metavar="NAME[, TITLE]",
        action="append",
        default=[],
        help=translate("CLI", "a guest, with their title after a comma (repeat for each)"),
    )
    add.add_argument(
        "--agenda",
        metavar="TEXT",
        action="append",
        default=[],
        help=translate("CLI", "an item of the agenda (repeat for each, in order)"),
    )
    add.add_argument(
        "--speech",
        nargs=2,
        metavar=("SPEAKER", "TEXT"),
        action="append",
        default=[],
        help=translate("CLI", "what someone said in the discussion (repeat for each)"),
    )
    add.add_argument(
        "--conclusions", metavar="TEXT", default="", help=translate("CLI", "the conclusions")
    )
    add.add_argument(
        "--resolutions", metavar="TEXT", default="", help=translate("CLI", "the resolutions")
    )
    add.add_argument(
        "--vote",
        nargs=3,
        type=int,
        metavar=("FOR", "AGAINST", "OTHER"),
        help=translate("CLI", "the vote on the resolutions"),
    )
    add_format_option(add, ("text", "json"))
    add.set_defaults(handler=run_meetings_add)


def _month(value: str) -> str:
    """ "11/2026" (or "2026-11") as core stores it: "2026-11"."""
    match = _MONTH.match(value) or _ISO_MONTH.match(value)
    if match:
        month, year = int(match.group("month")), int(match.group("year"))
        if 1 <= month <= 12 and 1900 <= year <= 2100:
            return f"{year:04d}-{month:02d}"
    raise argparse.ArgumentTypeError(
        translate("CLI", "not a month: {value} (write mm/yyyy, for example 11/2026)").format(
            value=value
        )
    )


def _unused_options(args) -> dict[str, str]:
    """Options the form does not show for this kind of meeting: refused, not silently dropped."""
    kind = meeting_kind_labels().get(args.kind, args.kind)
    unused = {}
    if args.chapter and args.kind not in (*CHAPTER_MEETING_KINDS, JOINT):
        unused["--chapter"] = translate(
            "CLI",
            "This kind of meeting ({kind}) is the commune's, not a chapter's; leave this option "
            "out.",
        ).format(kind=kind)
    if args.participant and args.kind != JOINT:
        unused["--participant"] = translate(
            "CLI", "Only a joint meeting has chapters taking part besides the host."
        )
    if args.month and args.kind != MONTHLY:
        unused["--month"] = translate("CLI", "Only a monthly meeting reports on a month.")
    if args.theme and args.kind not in THEME_KINDS:
        unused["--theme"] = translate(
            "CLI", "This kind of meeting ({kind}) has no theme; leave this option out."
        ).format(kind=kind)
    if args.include_youth and args.kind not in CHAPTER_MEETING_KINDS:
        unused["--include-youth"] = translate(
            "CLI", "Only a monthly or themed meeting may invite the chapter's youth."
        )
    return unused


def _guest(text: str) -> meeting_cases.GuestInput:
    name, _, title = text.partition(",")
    return meeting_cases.GuestInput(name.strip(), title.strip())


def meeting_input(args, chapter_id: str | None, participant_ids: list[str]):
    vote = args.vote or (None, None, None)
    return meeting_cases.MeetingInput(
        kind=args.kind,
        chapter_id=chapter_id,
        participant_ids=participant_ids,
        for_month=args.month or "",
        theme=args.theme,
        date=args.date,
        start_time=args.start,
        end_time=args.end,
        place=args.place,
        guests=[_guest(g) for g in args.guest],
        agenda=list(args.agenda),
        discussion=[meeting_cases.SpeechInput(s, t) for s, t in args.speech],
        conclusions=args.conclusions,
        resolutions=args.resolutions,
        vote_for=vote[0],
        vote_against=vote[1],
        vote_other=vote[2],
    )


def _sentences(errors: dict[str, str], attendance_option: str) -> str:
    options = {**MEETING_OPTIONS, "attendance": attendance_option}
    return " ".join(f"{options.get(key, '--' + key)}: {message}" for key, message in errors.items())


def _chapters(context: Context, session, args) -> tuple[str | None, list[str]]:
    chapter = active_chapter(context, session, args.chapter) if args.chapter else None
    others = [active_chapter(context, session, n, "--participant").id for n in args.participant]
    return (chapter.id if chapter else None), others


def _expected(session, data, include_youth: bool) -> list[meeting_cases.ExpectedPerson]:
    """The attendance list the form shows for this kind, chapters and date."""
    date, _ = meeting_cases.parse_meeting_date(data.date)
    people = meeting_cases.expected_people(
        session, data.kind, data.chapter_id, data.participant_ids, date
    )
    if include_youth and data.kind in CHAPTER_MEETING_KINDS:
        people += meeting_cases.chapter_youth(session, data.chapter_id)
    return people


def _not_expected(session, data, who: str, include_youth: bool) -> str:
    """Why ``who`` is not on the attendance list, and what to write instead."""
    if data.kind in CHAPTER_MEETING_KINDS and not include_youth:
        youth = meeting_cases.chapter_youth(session, data.chapter_id)
        if attendance_file.matches(youth, who):
            return translate(
                "CLI",
                '"{who}" is a youth of the chapter, not a member: add --include-youth to list '
                "the chapter's youth.",
            ).format(who=who)
    return translate(
        "CLI",
        '"{who}" is not among those expected at this meeting: write the full name as the '
        "roster has it or the id ('roster list'), or record the person as a guest (--guest).",
    ).format(who=who)


def _marks_from_file(session, data, people, path: Path, include_youth: bool):
    try:
        lines = attendance_file.read_lines(path)
    except attendance_file.AttendanceFileError as error:
        raise CliError(f"--attendance: {error}", 2) from error
    marks: dict[str, meeting_cases.AttendanceInput] = {}
    first_line: dict[str, int] = {}
    errors = []
    for line in lines:
        found = attendance_file.matches(people, line.who)
        if len(found) != 1:
            problem = (
                _not_expected(session, data, line.who, include_youth)
                if not found
                else attendance_file.ambiguous_sentence(line.who, found)
            )
        elif found[0].person_id in marks:
            problem = translate("CLI", "{name} is already on line {first}.").format(
                name=found[0].name, first=first_line[found[0].person_id]
            )
        else:
            person = found[0]
            marks[person.person_id] = meeting_cases.AttendanceInput(
                person.person_id, line.status, line.reason
            )
            first_line[person.person_id] = line.number
            continue
        errors.append(
            translate("CLI", "line {line}: {problem}").format(line=line.number, problem=problem)
        )
    if errors:
        raise CliError(f"--attendance: {path}: " + " ".join(errors), 2)
    return [
        marks.get(p.person_id) or meeting_cases.AttendanceInput(p.person_id, ABSENT) for p in people
    ]


def _person(people, who: str | None, option: str) -> str | None:
    """The id of the chair or secretary, named among those on the attendance list."""
    if not who:
        return None
    found = attendance_file.matches(people, who)
    if len(found) > 1:
        raise CliError(f"{option}: " + attendance_file.ambiguous_sentence(who, found), 2)
    if not found:
        raise CliError(
            translate(
                "CLI",
                '{option}: "{who}" is not on the attendance list of this meeting; choose '
                "someone present.",
            ).format(option=option, who=who),
            2,
        )
    return found[0].person_id


def run_meetings_add(context: Context, args) -> int:
    context.unit()
    attendance_option = "--attendance" if args.attendance else "--all-present"
    unused = _unused_options(args)
    if unused:
        raise CliError(" ".join(f"{option}: {text}" for option, text in unused.items()), 2)
    with context.database(write=True).session() as session:
        chapter_id, participant_ids = _chapters(context, session, args)
        data = meeting_input(args, chapter_id, participant_ids)
        # What the list of who is expected depends on (kind, chapters, date) is checked first.
        problems = meeting_cases.validate_meeting(session, data)
        errors = {k: m for k, m in problems.errors.items() if k not in _ATTENDANCE_KEYS}
        if errors:
            raise CliError(_sentences(errors, attendance_option), 2)
        people = _expected(session, data, args.include_youth)
        if args.all_present:
            data.attendance = [meeting_cases.AttendanceInput(p.person_id) for p in people]
        else:
            data.attendance = _marks_from_file(
                session, data, people, args.attendance, args.include_youth
            )
        data.chair_id = _person(people, args.chair, "--chair")
        data.secretary_id = _person(people, args.secretary, "--secretary")
        try:
            meeting_id = meeting_cases.save_meeting(session, data)
        except ValidationError as error:
            raise CliError(_sentences(error.problems.errors, attendance_option), 2) from error
        row = next(
            r
            for r in meeting_cases.list_meetings(session, kind=data.kind, year=_held(data).year)
            if r.id == meeting_id
        )
        totals = meeting_cases.totals(data)
    if args.format == "json":
        print_json(meeting_json(row))
        return 0
    kind = meeting_kind_labels().get(row.kind, row.kind)
    where = f"{kind}, {row.chapter}" if row.chapter else kind
    print(
        translate(
            "CLI",
            "Saved as a draft: {meeting}, held on {date}; {present} present, {excused} absent "
            "with a reason, {absent} absent without a reason, {guests} guests (id {id}).",
        ).format(
            meeting=where,
            date=row.date.strftime("%d/%m/%Y"),
            present=totals.present,
            excused=totals.excused,
            absent=totals.absent,
            guests=totals.guests,
            id=row.id,
        )
    )
    return 0


def _held(data: meeting_cases.MeetingInput):
    return meeting_cases.parse_meeting_date(data.date)[0]
