"""Qt table/list models (QAbstractTableModel subclasses with set_rows())."""
