"""Time in one place: every command that depends on "today" takes --as-of."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

OBSERVATION_TIME = time(12, 0)


def parse_day(text: str | None) -> date | None:
    """Parse YYYY-MM-DD; None stays None."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as err:
        raise ValueError(f"not a date (YYYY-MM-DD): {text!r}") from err


def today() -> date:
    return datetime.now(UTC).date()


def observation_time(as_of: date | None) -> datetime:
    """When an observation made "on" as_of is recorded: noon UTC that day, or now."""
    if as_of is None:
        return utcnow()
    return datetime.combine(as_of, OBSERVATION_TIME)


def utcnow() -> datetime:
    """Naive UTC, as the store keeps every timestamp."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def to_naive_utc(value: datetime) -> datetime:
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0)


def parse_timestamp(value: object) -> datetime | None:
    """ISO 8601 text, epoch milliseconds or seconds, to naive UTC; None when unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return to_naive_utc(datetime.fromtimestamp(seconds, UTC))
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        text = value.strip().replace("Z", "+00:00")
        try:
            return to_naive_utc(datetime.fromisoformat(text))
        except ValueError:
            return None
    return None
