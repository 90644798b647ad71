"""Table models (QAbstractTableModel subclasses) fed plain rows from core with ``set_rows()``."""
