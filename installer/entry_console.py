"""The bundle's ``loyalty-pos``: every command, as the installed console script runs it."""

from loyalty_pos.cli import main

raise SystemExit(main())
