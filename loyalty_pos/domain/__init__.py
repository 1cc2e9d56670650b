"""Pure loyalty rules: no I/O, no Qt, no SQLAlchemy, no clock (time is passed in)."""
