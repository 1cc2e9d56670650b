"""The parts of the back office's Products section (the section itself is products_section.py)."""
