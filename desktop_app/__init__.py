"""Taqrir: Arabic-first meeting minutes and bulletins, typeset into PDF."""

__version__ = "0.1.0"
