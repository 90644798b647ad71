"""The command line speaks the clerk's language: argparse's own words (usage, section titles, its
errors) and every help text, in Vietnamese by default and in English with DOAN_LANG=en."""

import argparse
import gettext

import pytest

from doan_desktop.cli import argparse_words, build_parser, main
from doan_desktop.core import messages
from tests.cli.test_cli import INIT, Run


@pytest.fixture
def run(capsys, tmp_path) -> Run:
    return Run(capsys, tmp_path / "data")


@pytest.fixture
def vietnamese(monkeypatch):
    monkeypatch.delenv("DOAN_LANG", raising=False)  # the default


@pytest.fixture
def english(monkeypatch):
    monkeypatch.setenv("DOAN_LANG", "en")


def _one_line(err: list[str]) -> str:
    assert len(err) == 1, err
    return err[0]


# ----------------------------------------------------------------------------- Vietnamese


def test_help_is_vietnamese_by_default(run, vietnamese):
    code, out, err = run("--help", data_dir=False)
    assert (code, err) == (0, [])
    assert out.startswith("Cách dùng: doan-desktop ")
    assert "\nTùy chọn:\n" in out and "\nTham số:\n" in out
    assert "hiện hướng dẫn này rồi thoát" in out
    assert "hiện số phiên bản của chương trình rồi thoát" in out
    assert "danh sách đoàn viên, thanh niên" in out  # the roster command's help
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in out


def test_a_command_help_is_vietnamese(run, vietnamese):
    code, out, _ = run("roster", "add", "--help", data_dir=False)
    assert code == 0
    assert out.startswith("Cách dùng: doan-desktop roster add ")
    assert "họ và tên" in out.lower() and "ngày sinh" in out.lower()
    assert "--allow-duplicate" in out
    code, out, _ = run("meetings", "add", "--help", data_dir=False)
    assert code == 0 and "Cách dùng: doan-desktop meetings add " in out
    assert "--all-present" in out and "show this help" not in out


def test_a_missing_option_is_named_in_vietnamese(run, vietnamese):
    code, out, err = run("roster", "add", data_dir=False)
    line = _one_line(err)
    assert (code, out) == (2, "")
    assert "thiếu các tham số bắt buộc: --name, --chapter" in line
    assert "xem 'doan-desktop roster add --help'" in line


@pytest.mark.parametrize(
    "argv, words",
    [
        (["meetings", "list", "--kind", "party"], "tham số --kind: giá trị không hợp lệ: 'party'"),
        (["roster", "list", "--bogus"], "không hiểu các tham số: --bogus"),
        (["roster", "add", "--name"], "tham số --name: cần một giá trị"),
        (["meetings", "list", "--year", "twenty"], "tham số --year: không phải là năm: twenty"),
        (["demo", "--people", "many"], "tham số --people: giá trị int không hợp lệ: 'many'"),
        (
            ["meetings", "add", "--kind", "bch", "--date", "01/11/2026"],
            "cần một trong các tham số --attendance --all-present",
        ),
        (
            ["meetings", "add", "--kind", "bch", "--date", "1/11/2026", "--all-present"]
            + ["--attendance", "a.txt"],
            "tham số --attendance: không được dùng cùng với tham số --all-present",
        ),
        (["roster", "frobnicate"], "tham số ACTION: giá trị không hợp lệ: 'frobnicate'"),
    ],
)
def test_argparse_errors_are_vietnamese(run, vietnamese, argv, words):
    code, out, err = run(*argv, data_dir=False)
    assert (code, out) == (2, "")
    assert words in _one_line(err)


def test_a_validation_error_is_vietnamese_and_names_the_option(run, vietnamese):
    assert run(*INIT)[0] == 0
    assert run("chapters", "add", "Thôn 3", "--kind", "thon")[0] == 0
    code, _, err = run(
        "roster", "add", "--name", "Nguyễn Văn An", "--chapter", "Thôn 3", "--birth-date", "31/2"
    )
    assert code == 2
    assert _one_line(err) == (
        "doan-desktop: --birth-date: Nhập ngày theo dạng dd/mm/yyyy (ví dụ 05/02/2004) "
        "hoặc chỉ nhập năm."
    )


# ----------------------------------------------------------------------------- English


def test_help_and_errors_are_english_with_doan_lang_en(run, english):
    code, out, _ = run("--help", data_dir=False)
    assert code == 0
    assert out.startswith("usage: doan-desktop ")
    assert "\noptions:\n" in out and "show this help message and exit" in out
    assert "the roster of people" in out
    code, _, err = run("roster", "add", data_dir=False)
    assert code == 2
    assert "the following arguments are required: --name, --chapter" in _one_line(err)
    code, _, err = run("meetings", "list", "--kind", "party", data_dir=False)
    assert "argument --kind: invalid choice: 'party' (choose from " in _one_line(err)


# ----------------------------------------------------------------------------- the mechanism


def test_argparse_gets_its_own_gettext_back(run, vietnamese):
    run("--help", data_dir=False)
    run("roster", "add", data_dir=False)
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    # A parser made outside the command line is argparse's own, in English.
    assert "show this help message and exit" in argparse.ArgumentParser().format_help()


def test_plural_messages_go_through_the_catalogue():
    messages.set_translator(lambda context, text: f"[{context}] {text}")
    with argparse_words.speaking():
        assert argparse.ngettext("expected %s argument", "expected %s arguments", 3) == (
            "[Argparse] expected %s arguments"
        )
        assert argparse._("something argparse may add one day") == (
            "something argparse may add one day"
        )


# Calls that make argparse say each kind of thing a clerk can meet.
CALLS = [
    ["--help"],
    ["roster", "add", "--help"],
    ["roster", "add"],
    ["roster", "add", "--name"],
    ["roster", "add", "--c", "x"],
    ["roster", "add", "--name", "A", "--chapter", "B", "--youth=yes"],
    ["roster", "list", "--bogus"],
    ["meetings", "list", "--kind", "party"],
    ["meetings", "add", "--kind", "bch", "--date", "1/1/2026"],
    [
        "meetings",
        "add",
        "--kind",
        "bch",
        "--date",
        "1/1/2026",
        "--all-present",
        "--attendance",
        "f",
    ],
    ["meetings", "add", "--kind", "bch", "--date", "1/1/2026", "--all-present", "--vote", "1"],
    ["demo", "--people", "many"],
    ["frobnicate"],
]


def test_every_argparse_message_a_clerk_meets_is_in_the_catalogue(monkeypatch, tmp_path):
    """A Python whose argparse says something new fails here rather than speak English."""
    unknown = set()
    catalogue = argparse_words.catalogue

    class Recording(dict):
        def get(self, message, default=None):
            if message not in self and message != "%(heading)s:":  # 3.13: a title alone
                unknown.add(message)
            return super().get(message, default)

    monkeypatch.setattr(argparse_words, "catalogue", lambda: Recording(catalogue()))
    for argv in CALLS:
        with pytest.raises(SystemExit):
            main(["--data-dir", str(tmp_path), *argv])
    assert unknown == set()


# Every command here gives each of its options a help text in the clerk's language.
COMMANDS = [
    "init",
    "demo",
    "chapters",
    "roster",
    "backup",
    "check",
    "meetings",
    "minutes",
    "keys",
    "trainings",
    "compliance",
    "links",
    "works",
    "volunteer",
    "trash",
    "inbox",
    "indicators",
]


def _untranslated(parser: argparse.ArgumentParser, path: str) -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                if path or name in COMMANDS:
                    if not (helps.get(name) or "").startswith("«"):
                        found.append(f"{path} {name}".strip())
                    found += _untranslated(sub, f"{path} {name}".strip())
        elif action.help is not argparse.SUPPRESS and not (action.help or "").startswith("«"):
            found.append(
                f"{path or 'doan-desktop'} {'/'.join(action.option_strings) or action.dest}"
            )
    return found


def test_every_command_and_option_has_a_translated_help():
    messages.set_translator(lambda context, text: "«" + text)
    with argparse_words.speaking():
        parser = build_parser()
        assert _untranslated(parser, "") == []
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(COMMANDS) <= set(commands.choices)
