"""Long-running work over the whole shop, one job per module: card sheets (card_printing),
backups and restores (backups), the integrity check (integrity), expiry then the tier
review (daily). Jobs drive services batch by batch; the CLI and the till's screens both
start them, handing over what they need (a unit-of-work factory, clock, key, actor or
file paths), so each workflow exists once and no job opens the app itself."""
