"""Shared fixtures. Qt runs offscreen unless a display is explicitly wanted."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
