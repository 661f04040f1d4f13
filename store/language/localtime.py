"""The readers' time zone: Vietnam's unless the settings name another (BRIEFING_TZ)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

DEFAULT_TZ = "Asia/Ho_Chi_Minh"


def zone(name: str | None = None) -> ZoneInfo:
    return ZoneInfo(name or DEFAULT_TZ)


def local_today(name: str | None = None) -> date:
    """Today where the readers (and the Vietnamese outlets) are."""
    return datetime.now(zone(name)).date()
