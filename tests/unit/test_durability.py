"""Files are flushed through a handle Windows accepts: FlushFileBuffers (what ``os.fsync``
calls there) refuses a read-only handle with "Permission denied", which Linux never does.
Under Wine the bundled `init` stopped at its first backup that way."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from loyalty_pos.durability import fsync_file
from loyalty_pos.output_files import write_output
from loyalty_pos.store.backup import backup


@pytest.fixture
def windows_fsync(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """``os.fsync`` with Windows' rule for files: the handle must be open for writing.
    (A folder is synced on POSIX only, read-only as POSIX wants: Windows opens none.)"""
    real_fsync, synced = os.fsync, []

    def fsync(fd: int) -> None:
        read_only = fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY
        if read_only and not stat.S_ISDIR(os.fstat(fd).st_mode):
            raise PermissionError(13, "Permission denied")
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return synced


def test_a_finished_file_is_synced_through_a_handle_open_for_writing(tmp_path: Path, windows_fsync: list[int]) -> None:
    path = tmp_path / "file"
    path.write_bytes(b"kept")
    fsync_file(path)
    assert windows_fsync and path.read_bytes() == b"kept"


def test_a_database_backup_is_synced_as_windows_allows(tmp_path: Path, windows_fsync: list[int]) -> None:
    source = tmp_path / "loyalty.sqlite"
    with sqlite3.connect(source) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("INSERT INTO t VALUES (1)")
    connection.close()
    copy = backup(source, tmp_path / "backups" / "copy.sqlite")
    assert windows_fsync
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT x FROM t").fetchall() == [(1,)]
    connection.close()


def test_a_chosen_output_file_is_synced_as_windows_allows(tmp_path: Path, windows_fsync: list[int]) -> None:
    out = tmp_path / "export" / "members.csv"
    write_output(out, None, lambda partial: partial.write_bytes(b"a,b\n"), mode=0o600)
    assert windows_fsync and out.read_bytes() == b"a,b\n"
