"""Members and their points: enrolment, look-up, cards, the ledger's projection,
corrections, transfers, merges, expiry and the tier review."""
