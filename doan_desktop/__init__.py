"""doan-desktop: the records of a commune Youth Union office."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("doan-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
