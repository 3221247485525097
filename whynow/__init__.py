"""whynow: which target accounts just entered a buying window, and why."""

__version__ = "0.1.0"
