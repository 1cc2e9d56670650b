"""The shop itself: staff and sign-in, settings, the audit log, reports and the integrity check."""
