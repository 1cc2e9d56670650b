"""Storage refusals a person can act on (restore a backup, free disk space...)."""

from __future__ import annotations

from loyalty_pos.domain.errors import LoyaltyError


class StoreError(LoyaltyError):
    code = "store_error"
    template = "The database refused the operation: {detail}."


class NotOurDatabase(StoreError):
    code = "not_our_database"
    template = "{path} is not a loyalty-pos database ({reason}); choose the right file or another data directory."


class CorruptDatabase(StoreError):
    code = "corrupt_database"
    template = "The database {path} is damaged ({reason}); restore it from a backup with 'loyalty-pos restore'."


class DatabaseTooNew(StoreError):
    code = "database_too_new"
    template = "{path} was written by a newer loyalty-pos (schema {revision}); update this till first."


class DiskFull(StoreError):
    code = "disk_full"
    template = "The disk holding the database is full; nothing was saved. Free some space and try again."


class DiskWriteFailed(StoreError):
    code = "disk_write_failed"
    template = ("The database could not be written (a disk I/O error: the disk may be full or failing, or a file "
                "size limit was reached); nothing was saved. Free some space or check the disk, then try again.")


class ReadOnlyDatabase(StoreError):
    code = "database_read_only"
    template = "The database {path} cannot be written (file permissions, or a read-only view); nothing was saved."
