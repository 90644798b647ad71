"""A listing piped into a reader that stops early (`roster list | head`) ends quietly."""

from doan_desktop import cli
from doan_desktop.cli import roster as roster_commands


def test_a_closed_pipe_ends_the_command_quietly(unit_db, data_dir, monkeypatch, capsys):
    silenced = []

    def closed_pipe(*_args, **_kwargs):
        raise BrokenPipeError

    monkeypatch.setattr(roster_commands, "print_table", closed_pipe)
    monkeypatch.setattr(cli, "_silence_stdout", lambda: silenced.append(True))
    unit_db.close()
    assert cli.main(["--data-dir", str(data_dir.root), "roster", "list"]) == 0
    assert silenced == [True]
    assert capsys.readouterr().err == ""
