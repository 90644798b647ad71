"""``keys create|show|export|rotate|backup|restore``: the office's signing key.

The private key is a file in the data folder (``keys/``), not in the database: the backups do
not carry it, ``keys backup`` copies it (still locked with its passphrase) and ``keys restore``
puts such a copy back, to move the office to another PC.

Passphrases come from a file (``--passphrase-file``) or the environment
(``DOAN_KEY_PASSPHRASE``, and ``DOAN_KEY_NEW_PASSPHRASE`` for a rotation), or are asked on the
terminal — never from a command-line argument, which other users of the PC can read.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from doan_desktop.cli.common import CliError, Context, existing_file
from doan_desktop.core.messages import translate
from doan_desktop.exchange import incoming
from doan_desktop.exchange.incoming import IncomingFileError, read_incoming

if TYPE_CHECKING:
    from doan_desktop.core import signing

PASSPHRASE_ENV = "DOAN_KEY_PASSPHRASE"
NEW_PASSPHRASE_ENV = "DOAN_KEY_NEW_PASSPHRASE"


def read_passphrase(path: Path | None, env: str = PASSPHRASE_ENV, prompt: str = "") -> str:
    """From the file (its first line), else the environment, else the terminal."""
    if path is not None:
        try:
            lines = read_incoming(path, incoming.PASSPHRASE_FILE).decode("utf-8").splitlines()
        except IncomingFileError as error:
            raise CliError(str(error)) from error
        except UnicodeDecodeError as error:
            raise CliError(
                translate("CLI", "Cannot read the passphrase file {path}: {detail}").format(
                    path=path, detail=getattr(error, "strerror", None) or error
                )
            ) from error
        return lines[0] if lines else ""
    if os.environ.get(env):
        return os.environ[env]
    if sys.stdin.isatty():
        return getpass.getpass(prompt or translate("CLI", "Passphrase of the signing key: "))
    raise CliError(
        translate("CLI", "Give the passphrase with --passphrase-file FILE or in {env}.").format(
            env=env
        )
    )


def register(commands) -> None:
    keys = commands.add_parser("keys", help=translate("CLI", "the office's signing key"))
    actions = keys.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(keys)
    )
    create = actions.add_parser("create", help=translate("CLI", "make the office's signing key"))
    create.add_argument(
        "--passphrase-file",
        type=existing_file,
        metavar="FILE",
        help=translate("CLI", "read the passphrase from FILE (else DOAN_KEY_PASSPHRASE, or asked)"),
    )
    create.set_defaults(handler=run_create)

    show = actions.add_parser("show", help=translate("CLI", "the key id and its fingerprint"))
    show.set_defaults(handler=run_show)

    export = actions.add_parser(
        "export",
        help=translate("CLI", "write the key registration file to send to the superior office"),
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="KEY.json",
        help=translate("CLI", "the registration file to write"),
    )
    export.add_argument(
        "--sheet",
        type=Path,
        metavar="SHEET.pdf",
        help=translate("CLI", "also write the printable fingerprint sheet"),
    )
    export.set_defaults(handler=run_export)

    rotate = actions.add_parser(
        "rotate",
        help=translate("CLI", "replace the key; the new registration is signed by both keys"),
    )
    rotate.add_argument(
        "--passphrase-file",
        type=existing_file,
        metavar="FILE",
        help=translate(
            "CLI", "the current key's passphrase, read from FILE (else DOAN_KEY_PASSPHRASE)"
        ),
    )
    rotate.add_argument(
        "--new-passphrase-file",
        type=existing_file,
        metavar="FILE",
        help=translate(
            "CLI", "the new key's passphrase, read from FILE (else DOAN_KEY_NEW_PASSPHRASE)"
        ),
    )
    rotate.add_argument(
        "--lost",
        action="store_true",
        help=translate(
            "CLI",
            "the key file is lost: make a new key signed by itself only (the superior office "
            "revokes the old key first)",
        ),
    )
    rotate.set_defaults(handler=run_rotate)

    backup = actions.add_parser(
        "backup",
        help=translate(
            "CLI",
            "copy the key file (locked with its passphrase) out of the data folder; the "
            "database backups do not hold it",
        ),
    )
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.key",
        help=translate("CLI", "where to write the copy, for example on a USB stick"),
    )
    backup.set_defaults(handler=run_backup)

    restore = actions.add_parser(
        "restore", help=translate("CLI", "put a copy of a key file back into the data folder")
    )
    restore.add_argument(
        "file",
        type=existing_file,
        metavar="FILE.key",
        help=translate("CLI", "the copy made by 'keys backup'"),
    )
    restore.add_argument(
        "--replace",
        action="store_true",
        help=translate("CLI", "replace a different (damaged) key file already there"),
    )
    restore.set_defaults(handler=run_restore)


def make_key(context: Context, passphrase: str) -> signing.KeyInfo:
    from doan_desktop.core import signing

    with context.database(write=True).session() as session:
        try:
            return signing.create_key(session, passphrase)
        except signing.KeyProblem as error:
            raise CliError(str(error)) from error


def run_create(context: Context, args) -> int:
    passphrase = read_passphrase(args.passphrase_file)
    info = make_key(context, passphrase)
    print(translate("CLI", "Made the signing key {key_id}.").format(key_id=info.key_id))
    print(translate("CLI", "Fingerprint: {fingerprint}").format(fingerprint=info.fingerprint))
    return 0


def _current(context: Context) -> signing.KeyInfo:
    from doan_desktop.core import signing

    with context.database().session() as session:
        info = signing.current_key(session)
    if info is None:
        raise CliError(str(signing.NoKey()))
    return info


def run_show(context: Context, args) -> int:
    from doan_desktop.core import signing

    info = _current(context)
    print(translate("CLI", "Key id: {key_id}").format(key_id=info.key_id))
    print(translate("CLI", "Fingerprint: {fingerprint}").format(fingerprint=info.fingerprint))
    print(translate("CLI", "Public key (minisign): {line}").format(line=info.public_key))
    print(translate("CLI", "Made: {when}").format(when=info.created_at.strftime("%d/%m/%Y %H:%M")))
    if info.previous_key_id:
        print(translate("CLI", "Replaces key: {key_id}").format(key_id=info.previous_key_id))
    with context.database().session() as session:
        place = signing.private_key_place(session)
        path = signing.key_file_path(session)
    if place == "file":
        print(translate("CLI", "Key file: {path}").format(path=path))
    elif place == "database":
        print(
            translate(
                "CLI",
                "Key file: none yet (kept in the database by an older version; it moves to "
                "{path} when the key is next unlocked)",
            ).format(path=path)
        )
    else:
        problem = (
            signing.KeyFileMissing(path)
            if place == "missing"
            else translate("CLI", "The key file {path} is damaged.").format(path=path)
        )
        print(translate("CLI", "warning: {problem}").format(problem=problem), file=sys.stderr)
    return 0


def run_export(context: Context, args) -> int:
    from doan_desktop.cli.report import check_target as _check_target
    from doan_desktop.cli.report import write as _write
    from doan_desktop.core import signing
    from doan_desktop.core.signing import sheet_data
    from doan_desktop.documents.fingerprint_sheet import build_fingerprint_sheet

    _check_target(args.output)
    if args.sheet is not None:
        _check_target(args.sheet)
    _current(context)
    with context.database().session() as session:
        try:
            registration = signing.registration_file(session)
        except signing.KeyProblem as error:
            raise CliError(str(error)) from error
        sheet = sheet_data(session) if args.sheet is not None else None
    _write(args.output, registration)
    print(translate("CLI", "Wrote the key registration to {path}.").format(path=args.output))
    if sheet is not None:
        _write(args.sheet, build_fingerprint_sheet(sheet))
        print(translate("CLI", "Wrote the fingerprint sheet to {path}.").format(path=args.sheet))
    return 0


def run_rotate(context: Context, args) -> int:
    from doan_desktop.core import signing

    passphrase = None if args.lost else read_passphrase(args.passphrase_file)
    new_passphrase = read_passphrase(
        args.new_passphrase_file,
        NEW_PASSPHRASE_ENV,
        translate("CLI", "Passphrase of the new key: "),
    )
    with context.database(write=True).session() as session:
        try:
            if args.lost:
                info = signing.replace_lost_key(session, new_passphrase)
            else:
                info = signing.rotate_key(session, passphrase, new_passphrase)
        except (signing.KeyProblem, signing.WrongPassphrase) as error:
            raise CliError(str(error)) from error
    print(
        translate("CLI", "Made the new key {key_id}; the old key {old} is retired.").format(
            key_id=info.key_id, old=info.previous_key_id
        )
    )
    print(translate("CLI", "Fingerprint: {fingerprint}").format(fingerprint=info.fingerprint))
    if args.lost:
        print(
            translate(
                "CLI",
                "The new registration is signed by the new key only: ask the superior office "
                "to revoke the old key {old}, then send it the registration ('keys export') "
                "and the fingerprint sheet.",
            ).format(old=info.previous_key_id)
        )
    else:
        print(
            translate(
                "CLI",
                "Send the new registration ('keys export') and its fingerprint sheet to the "
                "superior office.",
            )
        )
    print(translate("CLI", "Keep a copy of the new key file: 'doan-desktop keys backup -o FILE'."))
    return 0


def run_backup(context: Context, args) -> int:
    from doan_desktop.cli.report import check_target
    from doan_desktop.core import signing

    check_target(args.output)
    with context.database().session() as session:
        try:
            signing.back_up_key_file(session, args.output)
            info = signing.current_key(session)
        except signing.KeyProblem as error:
            raise CliError(str(error)) from error
    print(
        translate("CLI", "Copied the key file of key {key_id} to {path}.").format(
            key_id=info.key_id, path=args.output
        )
    )
    print(
        translate(
            "CLI",
            "It opens only with the key's passphrase. Keep it apart from this computer (a USB "
            "stick in the office's safe); on another computer, 'doan-desktop keys restore "
            "FILE' puts it back.",
        )
    )
    return 0


def run_restore(context: Context, args) -> int:
    from doan_desktop.core import signing

    try:
        data = read_incoming(args.file, incoming.KEY_FILE)
    except IncomingFileError as error:
        raise CliError(str(error)) from error
    with context.database(write=True).session() as session:
        try:
            info, path = signing.restore_key_file(session, data, replace=args.replace)
        except signing.KeyProblem as error:
            raise CliError(str(error)) from error
    print(
        translate("CLI", "Put the key file of key {key_id} in {path}.").format(
            key_id=info.key_id, path=path
        )
    )
    return 0
