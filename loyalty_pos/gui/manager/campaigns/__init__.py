"""The campaigns editor's parts (the section itself is ``campaigns_section``)."""
