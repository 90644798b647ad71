"""``doan-desktop minutes pdf|docx MEETING_ID -o FILE``: the files, and each refusal in one line."""

import errno
import io
import re

import pytest
from docx import Document
from pypdf import PdfReader

from doan_desktop.cli import main
from doan_desktop.core import meetings as m
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.documents import output
from tests.conftest import TODAY


@pytest.fixture
def recorded(unit_db, data_dir):
    with unit_db.session() as s:
        thon = add_chapter(s, ChapterInput("Thôn 3", "thon"))

        def member(name):
            return save_person(
                s, PersonInput(full_name=name, chapter_id=thon, is_member=True), today=TODAY
            )

        hung, mai, anh, hen, dat = (
            member(name)
            for name in (
                "Nguyễn Văn Hùng",
                "Trần Thị Mai",
                "Nguyễn Thị Ánh",
                "H' Hen Niê",
                "Đỗ Văn Đạt",
            )
        )
        meeting = m.save_meeting(
            s,
            m.MeetingInput(
                kind="monthly",
                chapter_id=thon,
                date="05/02/2026",
                for_month="2026-01",
                start_time="19:30",
                end_time="21:00",
                place="Nhà văn hóa thôn 3",
                chair_id=hung,
                secretary_id=mai,
                attendance=[
                    m.AttendanceInput(hung),
                    m.AttendanceInput(mai),
                    m.AttendanceInput(anh, "excused", "Đi làm ăn xa"),
                    m.AttendanceInput(hen, "excused", "Ốm"),
                    m.AttendanceInput(dat, "absent"),
                ],
                agenda=["Đánh giá kết quả tháng 01/2026"],
                discussion=[m.SpeechInput("Nguyễn Văn Hùng", "Thông qua báo cáo tháng 01.")],
            ),
            today=TODAY,
        )
    unit_db.close()
    return {"dir": str(data_dir.root), "meeting": meeting}


@pytest.fixture
def out(tmp_path):
    """An output folder of its own (the data folder is in out too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _run(recorded, *args):
    return main(["--data-dir", recorded["dir"], "minutes", *args])


def _flat(text):
    return re.sub(r"\s+", " ", text)


def test_pdf_of_a_recorded_meeting(recorded, out, capsys):
    target = out / "bien-ban.pdf"
    assert _run(recorded, "pdf", recorded["meeting"], "-o", str(target)) == 0
    printed = capsys.readouterr()
    assert printed.err == ""
    assert str(target) in printed.out
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = _flat(" ".join(page.extract_text() for page in reader.pages))
    assert "BIÊN BẢN" in text
    assert "CHI ĐOÀN THÔN 3" in text
    assert "có mặt: 2/5" in text
    assert "Nguyễn Thị Ánh — Đi làm ăn xa; H' Hen Niê — Ốm" in text
    assert "vắng không lý do: 1 (Đỗ Văn Đạt)" in text
    assert "DỰ THẢO" in text  # not finalised yet
    assert [p.name for p in out.iterdir()] == ["bien-ban.pdf"]


def test_docx_of_a_recorded_meeting(recorded, out, capsys):
    target = out / "bien-ban.docx"
    assert _run(recorded, "docx", recorded["meeting"], "-o", str(target)) == 0
    assert capsys.readouterr().err == ""
    document = Document(str(target))
    texts = [p.text for p in document.paragraphs]
    assert "BIÊN BẢN" in texts
    assert any("vắng không lý do: 1 (Đỗ Văn Đạt)" in t for t in texts)


def test_an_existing_file_is_replaced(recorded, out):
    target = out / "bien-ban.pdf"
    target.write_bytes(b"old")
    assert _run(recorded, "pdf", recorded["meeting"], "-o", str(target)) == 0
    assert target.read_bytes().startswith(b"%PDF")


def _one_line_error(capsys) -> str:
    printed = capsys.readouterr()
    assert printed.out == ""
    lines = printed.err.splitlines()
    assert len(lines) == 1, printed.err
    return lines[0]


def test_unknown_meeting_is_refused(recorded, out, capsys):
    target = out / "x.pdf"
    assert _run(recorded, "pdf", "no-such-meeting", "-o", str(target)) == 1
    line = _one_line_error(capsys)
    assert "no-such-meeting" in line and "no meeting" in line
    assert not target.exists()


def test_missing_folder_is_refused(recorded, out, capsys):
    target = out / "nowhere" / "x.pdf"
    assert _run(recorded, "docx", recorded["meeting"], "-o", str(target)) == 1
    line = _one_line_error(capsys)
    assert "does not exist" in line and str(out / "nowhere") in line
    assert not target.parent.exists()


def test_a_folder_as_target_is_refused(recorded, out, capsys):
    assert _run(recorded, "pdf", recorded["meeting"], "-o", str(out)) == 1
    assert "it is a folder" in _one_line_error(capsys)


def test_unwritable_target_leaves_the_old_file_and_no_part(recorded, out, capsys, monkeypatch):
    target = out / "bien-ban.pdf"
    target.write_bytes(b"old")

    def refuse(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied", str(destination))

    monkeypatch.setattr(output.os, "replace", refuse)
    assert _run(recorded, "pdf", recorded["meeting"], "-o", str(target)) == 1
    line = _one_line_error(capsys)
    assert "Cannot write" in line and "permission denied" in line
    assert target.read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == ["bien-ban.pdf"]


def test_output_is_required(recorded, capsys):
    with pytest.raises(SystemExit) as exit_info:
        _run(recorded, "pdf", recorded["meeting"])
    assert exit_info.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
