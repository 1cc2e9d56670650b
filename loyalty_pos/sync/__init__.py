"""Chain sync: terminals push their outbox and pull since a cursor (DESIGN.md section 6)."""
