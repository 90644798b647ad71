"""``init`` (set up the office) and ``demo`` (fill a data dir with the sample commune)."""

from __future__ import annotations

from doan_desktop.cli.common import CliError, Context, existing_file
from doan_desktop.cli.keys import read_passphrase
from doan_desktop.core.messages import translate
from doan_desktop.core.unit import ROLES, UnitInfo, get_unit, save_unit, validate_unit
from doan_desktop.core.validation import ValidationError
from doan_desktop.core.vocab import COMMUNE_UNIT_KINDS

UNIT_KIND_OPTIONS = {
    "xa": "xa",
    "phuong": "phuong",
    "dac-khu": "dac_khu",
    "tinh": "tinh",
    "thanh-pho": "thanh_pho",
}

SUPERIOR_UNIT_KINDS = ("tinh", "thanh_pho")

# UnitInfo field → the option that sets it, for naming the option in an error.
INIT_OPTIONS = {"name": "--unit-name", "code": "--unit-code", "kind": "--unit-kind"}


def register(commands) -> None:
    init = commands.add_parser(
        "init", help=translate("CLI", "set up this office (unit and superior)")
    )
    init.add_argument(
        "--unit-name",
        required=True,
        metavar="NAME",
        help=translate("CLI", "the unit's name, for example Hòa Phú"),
    )
    init.add_argument(
        "--unit-code",
        required=True,
        metavar="CODE",
        help=translate("CLI", "the unit's code, as the superior office knows it"),
    )
    init.add_argument(
        "--unit-kind",
        required=True,
        choices=list(UNIT_KIND_OPTIONS),
        help=translate(
            "CLI", "xa, phuong or dac-khu for a commune office; tinh or thanh-pho for a superior"
        ),
    )
    init.add_argument(
        "--province", required=True, metavar="NAME", help=translate("CLI", "the province")
    )
    init.add_argument(
        "--superior-name",
        required=True,
        metavar="NAME",
        help=translate("CLI", "the superior office's name, for example Tỉnh Đoàn Đắk Lắk"),
    )
    init.add_argument(
        "--superior-code",
        required=True,
        metavar="CODE",
        help=translate("CLI", "the superior office's code"),
    )
    init.add_argument(
        "--role",
        choices=ROLES,
        default="commune",
        help=translate(
            "CLI", "commune: an office that reports; superior: one that receives the reports"
        ),
    )
    init.add_argument(
        "--passphrase-file",
        type=existing_file,
        metavar="FILE",
        help=translate("CLI", "also make the signing key, with the passphrase in FILE"),
    )
    init.add_argument(
        "--new-office",
        action="store_true",
        help=translate(
            "CLI",
            "set up a new office even though this folder had data (its backups and damaged "
            "copies are kept)",
        ),
    )
    init.set_defaults(handler=run_init)

    sample = commands.add_parser(
        "demo", help=translate("CLI", "fill an empty data folder with the sample commune")
    )
    # Defaults come from core.demo when the command runs: the other commands do not load it.
    sample.add_argument(
        "--people", type=int, default=None, metavar="N", help=translate("CLI", "how many people")
    )
    sample.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="S",
        help=translate("CLI", "the same S gives the same commune"),
    )
    sample.set_defaults(handler=run_demo)


def run_init(context: Context, args) -> int:
    from doan_desktop.core.signing import KeyProblem, check_passphrase, create_key

    info = UnitInfo(
        name=args.unit_name,
        code=args.unit_code,
        kind=UNIT_KIND_OPTIONS[args.unit_kind],
        province=args.province,
        superior_name=args.superior_name,
        superior_code=args.superior_code,
        role=args.role,
    )
    kinds = SUPERIOR_UNIT_KINDS if args.role == "superior" else COMMUNE_UNIT_KINDS
    if info.kind not in kinds:
        raise CliError(
            translate("CLI", "--unit-kind: a {role} office is one of: {kinds}.").format(
                role=args.role,
                kinds=", ".join(o for o, k in UNIT_KIND_OPTIONS.items() if k in kinds),
            ),
            2,
        )
    passphrase = read_passphrase(args.passphrase_file) if args.passphrase_file else None
    if passphrase is not None and check_passphrase(passphrase):
        raise CliError(f"--passphrase-file: {check_passphrase(passphrase)}", 2)
    # Checked before the database is made, so that a mistyped option leaves no file behind.
    problems = validate_unit(info)
    try:
        if not problems.ok:
            raise ValidationError(problems)
        database = context.database(create=True, new_office=args.new_office)
        with database.session() as session:
            if get_unit(session) is not None:
                raise CliError(
                    translate(
                        "CLI", "This data folder is already set up; change the unit in Settings."
                    )
                )
            save_unit(session, info)
            key = create_key(session, passphrase) if passphrase is not None else None
    except ValidationError as error:
        field, message = next(iter(error.problems.errors.items()))
        option = INIT_OPTIONS.get(field, "--" + field.replace("_", "-"))
        raise CliError(f"{option}: {message}", 2) from error
    except KeyProblem as error:
        # The unit is not saved either (one transaction): the clerk runs init again.
        raise CliError(str(error)) from error
    print(
        translate("CLI", "Set up {name} in {path}.").format(
            name=info.name, path=context.data_dir.root
        )
    )
    if key is not None:
        print(translate("CLI", "Made the signing key {key_id}.").format(key_id=key.key_id))
        print(translate("CLI", "Fingerprint: {fingerprint}").format(fingerprint=key.fingerprint))
    return 0


def run_demo(context: Context, args) -> int:
    from doan_desktop.core import demo

    if args.people is None:
        args.people = demo.DEFAULT_PEOPLE
    if args.seed is None:
        args.seed = demo.DEFAULT_SEED
    if args.people < 1:
        raise CliError(translate("CLI", "--people must be at least 1."), 2)
    database = context.database(create=True)
    try:
        with database.session() as session:
            summary = demo.fill_sample_commune(session, people=args.people, seed=args.seed)
    except demo.NotEmpty as error:
        raise CliError(str(error)) from error
    print(
        translate(
            "CLI", "Sample commune written to {path}: {chapters} chapters, {people} people."
        ).format(path=context.data_dir.root, chapters=summary.chapters, people=summary.people)
    )
    return 0
