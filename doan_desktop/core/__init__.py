"""Qt-free domain logic and use cases. Nothing in this package imports PySide6."""
