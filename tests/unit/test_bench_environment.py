"""Where the bench measures: the file system under a directory (from /proc/mounts), whether
fsync is free there, and the CPU model."""

from __future__ import annotations

from pathlib import Path

from loyalty_pos.bench.environment import cpu_model, filesystem_of, in_memory, mount_of

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
/dev/vdb /tmp/disk xfs rw,relatime 0 0
none /run/ram ramfs rw 0 0
overlay /srv/layered overlay rw,lowerdir=/l,upperdir=/tmp/up,workdir=/tmp/work 0 0
overlay /srv/ondisk overlay rw,lowerdir=/l,upperdir=/var/up,workdir=/var/work 0 0
/dev/vdc /mnt/my\\040shop ext4 rw 0 0
"""


def test_the_longest_mount_point_holding_the_path_wins() -> None:
    assert filesystem_of(Path("/tmp/loyalty-bench-1/shop"), MOUNTS) == "tmpfs"
    assert filesystem_of(Path("/tmp/disk/shop"), MOUNTS) == "xfs"
    assert filesystem_of(Path("/tmp/diskette"), MOUNTS) == "tmpfs"  # a prefix of a name is not a parent
    assert filesystem_of(Path("/home/shop"), MOUNTS) == "ext4"


def test_a_mount_point_with_a_space_is_read_as_the_kernel_escapes_it() -> None:
    assert mount_of(Path("/mnt/my shop/data"), MOUNTS).point == Path("/mnt/my shop")


def test_tmpfs_and_ramfs_and_an_overlay_written_to_tmpfs_are_in_memory() -> None:
    assert in_memory(Path("/tmp/x"), MOUNTS) == "tmpfs at /tmp"
    assert in_memory(Path("/run/ram/x"), MOUNTS) == "ramfs at /run/ram"
    assert "writable layer is on tmpfs" in in_memory(Path("/srv/layered/shop"), MOUNTS)


def test_disks_are_not_in_memory() -> None:
    for path in ("/home/shop", "/tmp/disk/shop", "/srv/ondisk/shop"):
        assert in_memory(Path(path), MOUNTS) is None, path


def test_without_a_mount_table_nothing_is_claimed() -> None:
    assert filesystem_of(Path("/x"), "") == "unknown"
    assert in_memory(Path("/x"), "") is None


def test_the_cpu_model_from_cpuinfo() -> None:
    assert cpu_model("processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Gold 6248\n") == "Intel(R) Xeon(R) Gold 6248"
    assert cpu_model("processor : 0\nBogoMIPS : 108\nModel : Raspberry Pi 4 Model B Rev 1.4\n") == (
        "Raspberry Pi 4 Model B Rev 1.4")
    assert cpu_model("")  # some name, never empty
