"""Small files from outside the office are read only up to the size no genuine one comes near."""

import os

import pytest

from doan_desktop.exchange.incoming import IncomingFileError, read_incoming


def test_a_file_within_its_limit_is_read_whole(tmp_path):
    path = tmp_path / "KEY.json"
    path.write_bytes(b"x" * 1000)
    assert read_incoming(path, 1000) == b"x" * 1000


def test_a_file_over_its_limit_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "big.json"
    with open(path, "wb") as handle:  # sparse: 3 GB on paper, nothing on the disk
        handle.truncate(3 * 1024**3)
    with pytest.raises(IncomingFileError) as refused:
        read_incoming(path, 64 * 1024)
    assert str(path) in str(refused.value) and "larger than 64 KB" in str(refused.value)
    assert "right file" in str(refused.value)


def test_megabytes_are_named_as_such(tmp_path):
    path = tmp_path / "report.zip"
    path.write_bytes(b"x" * (2 * 1024 * 1024 + 1))
    with pytest.raises(IncomingFileError, match="larger than 2 MB"):
        read_incoming(path, 2 * 1024 * 1024)


def test_a_missing_file_a_folder_and_a_device_are_named(tmp_path):
    with pytest.raises(IncomingFileError, match="does not exist"):
        read_incoming(tmp_path / "nowhere.json", 10)
    with pytest.raises(IncomingFileError, match="is a folder"):
        read_incoming(tmp_path, 10)
    if os.path.exists("/dev/zero"):
        with pytest.raises(IncomingFileError, match="is not a file"):
            read_incoming("/dev/zero", 10)
