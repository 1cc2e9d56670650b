"""PINs and the recovery code for commands: asked at the terminal, or read from a private file.

Never from the command line: arguments are visible to every account on the machine
(``ps``) and kept in shell history. A script passes a file only its owner can read
(mode 0600 or stricter); a person at a terminal is asked, without echo, and a new
PIN is asked twice. The manager authorising a command may also come from
LOYALTY_POS_PIN, as for the ``points`` commands.
"""

from __future__ import annotations

import getpass
import os
import stat
import sys
from pathlib import Path

from loyalty_pos.cli.say import line
from loyalty_pos.domain.errors import LoyaltyError, ValidationError

PIN_ENV = "LOYALTY_POS_PIN"


class SecretFileRefused(LoyaltyError):
    code = "secret_file_refused"
    template = "{path}: {reason}"


def can_ask() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_secret_file(path: Path) -> str:
    """The first line of ``path``, refused unless only its owner can read or write it."""
    try:
        info = path.stat()
    except OSError as error:
        raise SecretFileRefused(path=str(path), reason=error.strerror or str(error)) from None
    if not stat.S_ISREG(info.st_mode):
        raise SecretFileRefused(path=str(path), template="{path}: not a file")
    # Windows has no such mode bits (it reports 0666 for every file): its ACLs are the owner's job.
    if os.name == "posix" and info.st_mode & 0o077:
        mode = stat.S_IMODE(info.st_mode)
        raise SecretFileRefused(path=str(path), mode=f"{mode:04o}", template=(
            "{path}: other accounts can read or change this file (mode {mode}); a PIN file must be private: "
            "chmod 600 {path}"))
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise SecretFileRefused(path=str(path), reason=getattr(error, "strerror", None) or str(error)) from None
    secret = lines[0].strip() if lines else ""
    if not secret:
        raise SecretFileRefused(path=str(path), template="{path}: the file is empty; its first line is the PIN")
    return secret


def new_pin(file: Path | None, *, whose: str, option: str = "--pin-file") -> tuple[str, str]:
    """(PIN, the same typed again) for someone's new PIN; from a file it is one PIN twice."""
    if file is not None:
        pin = read_secret_file(file)
        return pin, pin
    _require_terminal(option, f"the new PIN for {whose}")
    first = getpass.getpass(line("cli.prompt.new_pin", whose=whose) + " ")
    again = getpass.getpass(line("cli.prompt.new_pin_again") + " ")
    return first.strip(), again.strip()


def manager_pin(file: Path | None, *, manager: str) -> str:
    """The authorising manager's PIN: the file, else LOYALTY_POS_PIN, else asked."""
    if file is not None:
        return read_secret_file(file)
    from_env = os.environ.get(PIN_ENV)
    if from_env:
        return from_env.strip()
    _require_terminal(f"--pin-file or {PIN_ENV}", f"the PIN of the manager {manager}")
    return getpass.getpass(line("cli.prompt.manager_pin", manager=manager) + " ").strip()


def backup_passphrase(file: Path | None, *, env: str, stored: str | None, new: bool) -> str:
    """A sealed backup's passphrase: the file, else ``env``, else the till's stored one,
    else asked (twice for a new backup: a typo would make it unopenable)."""
    if file is not None:
        return read_secret_file(file)
    if os.environ.get(env):
        return os.environ[env]
    if stored:
        return stored
    _require_terminal(f"--passphrase-file or {env}", "the backup's passphrase")
    first = getpass.getpass(line("cli.prompt.passphrase") + " ")
    if new and getpass.getpass(line("cli.prompt.passphrase_again") + " ") != first:
        raise ValidationError(code="passphrases_differ", template="The two passphrases differ; nothing was written.")
    return first


def recovery_code(file: Path | None) -> str:
    if file is not None:
        return read_secret_file(file)
    _require_terminal("--code-file", "the recovery code")
    return getpass.getpass(line("cli.prompt.recovery_code") + " ")


def _require_terminal(option: str, what: str) -> None:
    if not can_ask():
        raise ValidationError(code="no_terminal",
                              template="There is no terminal to ask for {what}: give it with {option}.",
                              what=what, option=option)
