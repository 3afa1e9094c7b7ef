"""Errors that stop an export."""


class ExportError(Exception):
    """A problem that stops an export, with a one-line message for the user."""
