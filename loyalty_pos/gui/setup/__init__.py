"""First-run setup: the pages a shop owner walks through before the till's first sign-in."""
