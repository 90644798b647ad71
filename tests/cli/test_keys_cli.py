"""``keys show|backup|restore|rotate --lost`` and a missing key file: the key file is in the
data folder, a copy of it moves the office to another PC, a lost one is said plainly."""

import json

from doan_desktop.core.store.backup import backup_file
from doan_desktop.paths import DataDir
from tests.cli import test_report_cli as shared

# The commune with its key, and the command runner, of the report and keys commands' tests.
english, home, run, secret, office = (
    shared.english,
    shared.home,
    shared.run,
    shared.secret,
    shared.office,
)


def _key_files(home):
    return sorted((DataDir(home).root / "keys").glob("signing-*.key"))


def _export(run, target, secret):
    return run(
        "report",
        "export",
        "--period",
        "2026Q3",
        "-o",
        str(target),
        "--passphrase-file",
        str(secret),
    )


def test_show_says_where_the_key_file_is(run, office):
    code, out, err = run("keys", "show")
    (path,) = _key_files(office)
    assert (code, err) == (0, [])
    assert f"Key file: {path}" in out


def test_a_missing_key_file_is_said_plainly_and_the_registration_still_exports(
    run, office, tmp_path, secret
):
    (path,) = _key_files(office)
    path.unlink()
    target = tmp_path / "BC.zip"
    code, out, err = _export(run, target, secret)
    assert code == 1 and len(err) == 1
    assert "signing key file is missing from the data folder" in err[0] and str(path) in err[0]
    assert "keys rotate --lost" in err[0]
    assert not target.exists()
    code, out, err = run("keys", "show")
    assert code == 0 and "missing from the data folder" in err[0]
    # The public registration is in the database: it needs no key file.
    code, out, err = run("keys", "export", "-o", str(tmp_path / "key.json"))
    assert (code, err) == (0, [])


def test_backup_and_restore_move_the_key_to_another_computer(run, office, tmp_path, secret):
    copy = tmp_path / "copy.key"
    code, out, err = run("keys", "backup", "-o", str(copy))
    assert (code, err) == (0, []), err
    assert "opens only with the key's passphrase" in out
    (path,) = _key_files(office)
    assert copy.read_bytes() == path.read_bytes()
    # The other computer: the database restored from a backup, no key file.
    other = tmp_path / "other"
    (other / "backups").mkdir(parents=True)
    backup_file(DataDir(office).database, other / "doan.sqlite3")
    code, out, err = run("--data-dir", str(other), "keys", "restore", str(copy), data_dir=False)
    assert (code, err) == (0, []), err
    assert "Put the key file of key" in out
    target = tmp_path / "BC.zip"
    code, out, err = run(
        "--data-dir",
        str(other),
        "report",
        "export",
        "--period",
        "2026Q3",
        "-o",
        str(target),
        "--passphrase-file",
        str(secret),
        data_dir=False,
    )
    assert (code, err) == (0, []), err


def test_backup_and_restore_errors(run, office, tmp_path):
    code, out, err = run("keys", "backup", "-o", str(tmp_path / "none" / "copy.key"))
    assert code == 1 and "does not exist" in err[0]
    junk = tmp_path / "junk.key"
    junk.write_text("hello", "utf-8")
    code, out, err = run("keys", "restore", str(junk))
    assert code == 1 and "not a doan-desktop key file" in err[0]
    code, out, err = run("keys", "restore", str(tmp_path / "absent.key"))
    assert code == 2 and "no such file" in err[0]
    image = tmp_path / "disk.img"  # a wrong file chosen: refused before it is read
    with open(image, "wb") as handle:
        handle.truncate(2 * 1024**3)
    code, out, err = run("keys", "restore", str(image))
    assert code == 1 and "larger than 64 KB" in err[0]
    # Another copy of the same key, wrapped again, does not replace the file without --replace.
    (path,) = _key_files(office)
    document = json.loads(path.read_bytes())
    document["salt"] = "AAAAAAAAAAAAAAAAAAAAAA=="
    other = tmp_path / "other.key"
    other.write_text(json.dumps(document), "utf-8")
    kept = path.read_bytes()
    code, out, err = run("keys", "restore", str(other))
    assert code == 1 and "already in the data folder" in err[0]
    assert path.read_bytes() == kept


def test_rotate_lost_makes_a_new_key_without_the_old_one(run, office, tmp_path, secret):
    new = tmp_path / "new.txt"
    new.write_text("another long passphrase", "utf-8")
    code, out, err = run("keys", "rotate", "--lost", "--new-passphrase-file", str(new))
    assert code == 1 and "not lost" in err[0]
    (old_path,) = _key_files(office)
    old_id = old_path.stem.removeprefix("signing-")
    old_path.unlink()
    code, out, err = run("keys", "rotate", "--lost", "--new-passphrase-file", str(new))
    assert (code, err) == (0, []), err
    assert f"the old key {old_id} is retired" in out
    assert f"revoke the old key {old_id}" in out and "keys backup" in out
    registration = tmp_path / "key.json"
    assert run("keys", "export", "-o", str(registration))[0] == 0
    document = json.loads(registration.read_text())
    assert document["previous_key_id"] is None and len(document["signatures"]) == 1
    code, out, err = _export(run, tmp_path / "BC.zip", new)
    assert (code, err) == (0, []), err


def test_a_rotation_destroys_the_old_key_file_and_its_copy_is_not_put_back(
    run, office, tmp_path, secret
):
    (old_path,) = _key_files(office)
    old_id = old_path.stem.removeprefix("signing-")
    copy = tmp_path / "old.key"
    assert run("keys", "backup", "-o", str(copy))[0] == 0
    new = tmp_path / "new.txt"
    new.write_text("another long passphrase", "utf-8")
    code, out, err = run(
        "keys", "rotate", "--passphrase-file", str(secret), "--new-passphrase-file", str(new)
    )
    assert (code, err) == (0, []), err
    assert "keys backup" in out
    (new_path,) = _key_files(office)
    assert new_path != old_path and not old_path.exists()
    code, out, err = run("keys", "restore", str(copy))
    assert code == 1 and f"holds key {old_id}, replaced on" in err[0]
    assert not old_path.exists()


def test_a_passphrase_file_that_is_no_passphrase_is_refused_unread(run, office, tmp_path):
    wrong = tmp_path / "photo.jpg"
    with open(wrong, "wb") as handle:
        handle.truncate(50 * 1024**2)
    code, out, err = run("keys", "rotate", "--passphrase-file", str(wrong))
    assert code == 1 and "larger than 4 KB" in err[0]
