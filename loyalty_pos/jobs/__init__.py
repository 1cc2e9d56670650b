"""Long-running work over the whole shop: card sheets, backups and restores, the integrity
check, expiry and the tier review. Jobs drive services batch by batch with progress; the
CLI and the till's screens both start them, so each workflow exists once."""
