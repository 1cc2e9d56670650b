"""Shared fixtures. Qt runs offscreen unless a display is explicitly wanted."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The CLI's main logs every command: keep the tests' runs out of the user's own log.
os.environ.setdefault("LOYALTY_POS_LOG_DIR", tempfile.mkdtemp(prefix="loyalty-pos-test-logs-"))
