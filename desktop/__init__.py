"""Kelisim: the case register of a mediation office."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kelisim")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0.0.0+unknown"
