"""Process settings from the environment (and a ``.env`` file), validated at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.errors import SettingsError, one_line
from store.language.localtime import DEFAULT_TZ

__all__ = ["Settings", "SettingsError", "load_settings"]


class Settings(BaseSettings):
    # An empty variable (BRIEFING_DB=) means unset, not "the current folder".
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    telegram_bot_token: str | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str | None = Field(default=None, alias="TELEGRAM_API_BASE_URL")
    briefing_db: Path | None = Field(default=None, alias="BRIEFING_DB")
    # postgresql://user:password@host:port/database: several replicas share one database.
    database_url: str | None = Field(default=None, alias="BRIEFING_DATABASE_URL")
    briefing_admin_ids: Annotated[list[int], NoDecode] = Field(
        default_factory=list, alias="BRIEFING_ADMIN_IDS"
    )
    briefing_admin_chat: int | None = Field(default=None, alias="BRIEFING_ADMIN_CHAT")
    briefing_tz: str = Field(default=DEFAULT_TZ, alias="BRIEFING_TZ")
    briefing_digest_grace_hours: float = Field(
        default=6.0, ge=0, alias="BRIEFING_DIGEST_GRACE_HOURS"
    )
    # Replicas: how long outbox rows stay leased to the replica that claimed them.
    briefing_outbox_lease_seconds: float = Field(
        default=60.0, gt=0, alias="BRIEFING_OUTBOX_LEASE_SECONDS"
    )
    # Worker processes that extract a large ingest's articles (None: one per CPU).
    briefing_ingest_workers: int | None = Field(default=None, ge=1, alias="BRIEFING_INGEST_WORKERS")
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
                raise ValueError("not numeric ids") from None
        return value

    @field_validator("briefing_tz")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("unknown time zone") from None
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("postgresql://", "postgres://")):
            raise ValueError("not a postgresql:// URL")
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _base_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("not an http(s) URL")
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.briefing_tz)


# What each setting must look like, told to the user when it does not.
EXPECTED = {
    "TELEGRAM_BOT_TOKEN": "phải là token @BotFather cấp, dạng 123456:ABC…",
    "TELEGRAM_API_BASE_URL": "phải là một địa chỉ bắt đầu bằng http:// hoặc https://",
    "BRIEFING_DB": "phải là đường dẫn tới một tệp",
    "BRIEFING_DATABASE_URL": "phải là địa chỉ PostgreSQL dạng postgresql://người_dùng@máy:cổng/tên_csdl",
    "BRIEFING_ADMIN_IDS": "phải là các số id người dùng Telegram cách nhau bằng dấu phẩy, ví dụ 12345,67890",
    "BRIEFING_ADMIN_CHAT": "phải là số id của một chat Telegram, ví dụ -1001234567890",
    "BRIEFING_TZ": "không phải múi giờ đã biết; hãy dùng tên như Asia/Ho_Chi_Minh hoặc Europe/Moscow",
    "BRIEFING_DIGEST_GRACE_HOURS": "phải là một số giờ không âm, ví dụ 6",
    "BRIEFING_OUTBOX_LEASE_SECONDS": "phải là một số giây dương, ví dụ 60",
    "BRIEFING_INGEST_WORKERS": "phải là một số nguyên dương (số tiến trình trích xuất), ví dụ 2",
    "BRIEFING_WEBHOOK_URL": "phải là địa chỉ https công khai",
    "BRIEFING_WEBHOOK_LISTEN": "phải là một địa chỉ IP để lắng nghe, ví dụ 127.0.0.1",
    "BRIEFING_WEBHOOK_PORT": "phải là số cổng từ 1 đến 65535",
    "BRIEFING_WEBHOOK_SECRET": "phải là một chuỗi ký tự",
}


def load_settings() -> Settings:
    """Settings, or a ``SettingsError`` whose message is one Vietnamese sentence.

    Every command calls this first, so a malformed value stops them all the same way.
    """
    try:
        return Settings()
    except ValidationError as exc:
        err = exc.errors()[0]
        name = str(err.get("loc", ["?"])[0])
        value = err.get("input")
        shown = f" = «{one_line(str(value))[:60]}»" if isinstance(value, str | int | float) else ""
        expected = EXPECTED.get(name, "không hợp lệ")
        raise SettingsError(f"Cài đặt {name}{shown} không hợp lệ: {expected}.") from None
    except (OSError, UnicodeDecodeError) as exc:  # an unreadable .env file
        raise SettingsError(
            f"Không đọc được tệp .env trong thư mục hiện tại ({_reason(exc)}); "
            "hãy lưu nó ở dạng UTF-8 với các dòng TÊN=giá trị."
        ) from None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "không phải mã UTF-8"
    if isinstance(exc, IsADirectoryError):
        return "đó là một thư mục"
    if isinstance(exc, PermissionError):
        return "không có quyền đọc"
    return type(exc).__name__
