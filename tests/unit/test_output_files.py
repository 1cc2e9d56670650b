"""The guard every chosen output path goes through: never a shop file, never half a file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from loyalty_pos import output_files
from loyalty_pos.output_files import OutputRefused, check_output, write_output


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    data = tmp_path / "shop"
    (data / "backups").mkdir(parents=True)
    (data / "loyalty.sqlite").write_bytes(b"SQLite format 3\x00database")
    (data / "loyalty.sqlite-wal").write_bytes(b"wal")
    (data / "card-signing.key").write_bytes(b"k" * 32)
    (data / "backups" / "loyalty-20260101T000000Z.sqlite").write_bytes(b"SQLite format 3\x00backup")
    (data / "cards").mkdir()
    return data


def _refused(out: Path, data: Path) -> str:
    with pytest.raises(OutputRefused) as refused:
        check_output(out, data)
    return refused.value.message


@pytest.mark.parametrize("name", ["loyalty.sqlite", "loyalty.sqlite-wal", "loyalty.sqlite-shm",
                                  "loyalty.sqlite-journal", "card-signing.key", "card-signing.key.replaced-1"])
def test_the_shops_own_files_are_refused(shop: Path, name: str) -> None:
    assert "Not writing" in _refused(shop / name, shop)


def test_the_database_is_named_as_such(shop: Path) -> None:
    assert "the shop's database" in _refused(shop / "loyalty.sqlite", shop)


def test_the_data_dir_itself_and_the_backups_folder_are_refused(shop: Path) -> None:
    assert "folder" in _refused(shop, shop)
    assert "folder" in _refused(shop / "backups", shop)
    assert "backups folder" in _refused(shop / "backups" / "loyalty-20260101T000000Z.sqlite", shop)
    assert "backups folder" in _refused(shop / "backups" / "new.pdf", shop)
    assert "backups folder" in _refused(shop / "backups" / "sub" / "new.pdf", shop)


def test_a_new_file_in_a_sub_folder_of_the_data_dir_or_elsewhere_is_fine(shop: Path, tmp_path: Path) -> None:
    assert check_output(shop / "cards" / "cards.pdf", shop) == shop / "cards" / "cards.pdf"
    assert check_output(tmp_path / "out.csv", shop) == tmp_path / "out.csv"


def test_a_symlink_to_the_database_is_refused(shop: Path, tmp_path: Path) -> None:
    link = tmp_path / "innocent.pdf"
    link.symlink_to(shop / "loyalty.sqlite")
    assert "database" in _refused(link, shop)


def test_a_dangling_symlink_to_a_side_file_not_there_yet_is_refused(shop: Path, tmp_path: Path) -> None:
    link = tmp_path / "innocent.pdf"
    link.symlink_to(shop / "loyalty.sqlite-shm")
    assert "database files" in _refused(link, shop)


def test_a_symlinked_folder_into_the_backups_is_refused(shop: Path, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.symlink_to(shop / "backups")
    assert "backups" in _refused(folder / "report.csv", shop)


def test_a_hard_link_to_the_key_is_refused(shop: Path, tmp_path: Path) -> None:
    link = tmp_path / "copy.pdf"
    os.link(shop / "card-signing.key", link)
    assert "card key" in _refused(link, shop)


def test_a_hard_link_to_a_backup_is_refused(shop: Path, tmp_path: Path) -> None:
    link = tmp_path / "copy.sqlite"
    os.link(shop / "backups" / "loyalty-20260101T000000Z.sqlite", link)
    assert "hard link" in _refused(link, shop)


def test_dot_dot_back_into_the_data_dir_is_refused(shop: Path) -> None:
    assert "database" in _refused(shop / "cards" / ".." / "loyalty.sqlite", shop)


def test_another_letter_case_is_refused_where_names_ignore_case(shop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Faked: this file system tells cases apart, so SHOP/ is a different, new folder here."""
    upper = shop.parent / shop.name.upper() / "LOYALTY.SQLITE-SHM"
    assert check_output(upper, shop) == upper  # really another folder on this file system
    monkeypatch.setattr(output_files, "case_insensitive", lambda _directory: True)
    assert "Not writing" in _refused(upper, shop)
    assert "backups" in _refused(shop / "BACKUPS" / "x.sqlite", shop)


def test_a_device_node_is_refused(tmp_path: Path) -> None:
    assert "not a regular file" in _refused(Path("/dev/null"), tmp_path)


def test_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert "not a regular file" in _refused(fifo, None)  # type: ignore[arg-type]


def test_a_folder_is_refused_without_a_shop_too(tmp_path: Path) -> None:
    assert "folder" in _refused(tmp_path, None)  # type: ignore[arg-type]


def test_write_output_puts_the_whole_file_in_place(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "new" / "report.csv"
    write_output(out, shop, lambda partial: partial.write_text("a,b\n"))
    assert out.read_text() == "a,b\n"
    assert [p.name for p in out.parent.iterdir()] == ["report.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_part(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    out.write_text("old")

    def half(partial: Path) -> None:
        partial.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputRefused, match="No space left"):
        write_output(out, shop, half)
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv", "shop"]


def test_write_output_refuses_before_writing_anything(shop: Path) -> None:
    called = []
    with pytest.raises(OutputRefused):
        write_output(shop / "loyalty.sqlite", shop, called.append)
    assert called == []
    assert (shop / "loyalty.sqlite").read_bytes().startswith(b"SQLite format 3")
