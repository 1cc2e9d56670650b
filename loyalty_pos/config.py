"""Where the till keeps its data and how it is tuned; flags and env override."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "loyalty-pos"
DATA_DIR_ENV = "LOYALTY_POS_DATA_DIR"
TERMINAL_ENV = "LOYALTY_POS_TERMINAL"


@dataclass(frozen=True, slots=True)
class ScannerSettings:
    """A wedge scanner types a whole code within a few ms per key; people don't."""

    max_gap_ms: int = 35
    min_length: int = 6


@dataclass(frozen=True, slots=True)
class Config:
    data_dir: Path
    terminal_id: str = "01"
    scanner: ScannerSettings = field(default_factory=ScannerSettings)
    language: str | None = None  # None = the system locale

    @property
    def db_path(self) -> Path:
        return self.data_dir / "loyalty.sqlite"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def key_path(self) -> Path:
        return self.data_dir / "card-signing.key"

    @classmethod
    def load(cls, data_dir: str | os.PathLike[str] | None = None, **overrides: object) -> Config:
        chosen = data_dir or os.environ.get(DATA_DIR_ENV) or user_data_dir(APP_NAME, appauthor=False)
        config = cls(data_dir=Path(chosen).expanduser().resolve())
        terminal = os.environ.get(TERMINAL_ENV)
        if terminal:
            config = replace(config, terminal_id=terminal)
        return replace(config, **overrides) if overrides else config
