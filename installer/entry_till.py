"""The bundle's ``loyalty-pos-till``: the till from a shortcut (no console window on Windows)."""

from loyalty_pos.cli import till_main

raise SystemExit(till_main())
