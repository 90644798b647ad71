"""The window. The only package (with app.py and i18n.py) that imports PySide6."""
