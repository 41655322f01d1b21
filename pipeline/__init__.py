"""Committee Memory: turn a body's past minutes into its memory."""

__version__ = "0.1.0"
