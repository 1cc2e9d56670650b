"""The chain's sync server: tills push their outbox and pull everyone else's (docs/SYNC_PROTOCOL.md)."""
