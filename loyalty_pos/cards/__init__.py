"""Card identity codes: the signed QR payload, scan classification, code images.

No Qt and no database here, so the till, the CLI and the printing code can all
use it (docs/ARCHITECTURE.md).
"""
