"""Errors the CLI reports as one sentence; kept free of heavy imports so `briefing ask`
starts fast."""


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one sentence for the user."""
