"""Dialogs opened from the pages: forms with their validation messages next to the fields."""
