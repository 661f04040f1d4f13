"""Process settings from the environment (and a ``.env`` file), validated at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.errors import SettingsError

__all__ = ["Settings", "SettingsError", "load_settings"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: str | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str | None = Field(default=None, alias="TELEGRAM_API_BASE_URL")
    briefing_db: Path | None = Field(default=None, alias="BRIEFING_DB")
    briefing_admin_ids: Annotated[list[int], NoDecode] = Field(
        default_factory=list, alias="BRIEFING_ADMIN_IDS"
    )
    briefing_admin_chat: int | None = Field(default=None, alias="BRIEFING_ADMIN_CHAT")
    briefing_tz: str = Field(default="Asia/Ho_Chi_Minh", alias="BRIEFING_TZ")
    briefing_digest_grace_hours: float = Field(
        default=6.0, ge=0, alias="BRIEFING_DIGEST_GRACE_HOURS"
    )
    webhook_url: str | None = Field(default=None, alias="BRIEFING_WEBHOOK_URL")
    webhook_listen: str = Field(default="127.0.0.1", alias="BRIEFING_WEBHOOK_LISTEN")
    webhook_port: int = Field(default=8443, ge=1, le=65535, alias="BRIEFING_WEBHOOK_PORT")
    webhook_secret: str | None = Field(default=None, alias="BRIEFING_WEBHOOK_SECRET")

    @field_validator("briefing_admin_ids", mode="before")
    @classmethod
    def _ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            try:
                return [int(p) for p in parts]
            except ValueError:
                raise ValueError(
                    "BRIEFING_ADMIN_IDS must be comma-separated numeric user ids"
                ) from None
        return value

    @field_validator("briefing_tz")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"BRIEFING_TZ '{value}' is not a known time zone") from None
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _base_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("TELEGRAM_API_BASE_URL must start with http:// or https://")
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.briefing_tz)


def load_settings() -> Settings:
    """Settings, or a ``SettingsError`` whose message is one plain sentence."""
    try:
        return Settings()
    except ValidationError as exc:
        err = exc.errors()[0]
        field = err.get("loc", ["?"])[0]
        msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        raise SettingsError(f"Invalid setting {field}: {msg}.") from None
