"""Chain sync: terminals push their outbox and pull since a cursor (the sync issue builds it)."""
