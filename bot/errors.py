"""Failures a user can cause, told as one Vietnamese sentence with an exit code.

Kept free of heavy imports (only the standard library) so `briefing ask` starts fast.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

# How long SQLite waits for another process's lock (the store's busy_timeout).
LOCK_WAIT_SECONDS = 5


class UserError(Exception):
    """Something the user can fix; the message is one sentence, shown without a traceback."""

    exit_code = 1


class SettingsError(UserError):
    """A setting or an argument is missing or malformed."""

    exit_code = 2


def one_line(text: str) -> str:
    return " ".join(text.split())


def explain(exc: BaseException, db_path: Path | str | None = None) -> UserError | None:
    """The user's sentence for a database or file-system failure, else None."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, sqlite3.Error):
        return UserError(_database(exc, str(db_path) if db_path else "?"))
    if _is_postgres_url(db_path) and (
        isinstance(exc, OSError) or type(exc).__module__.startswith("asyncpg")
    ):
        return UserError(_postgres(exc, str(db_path)))
    if isinstance(exc, OSError):
        return UserError(_os(exc, Path(db_path) if db_path else None))
    return None


def _database(exc: sqlite3.Error, path: str) -> str:
    # The result code name and the message, e.g. "SQLITE_BUSY database is locked".
    text = f"{getattr(exc, 'sqlite_errorname', '') or ''} {exc}".lower()
    if any(k in text for k in ("notadb", "corrupt", "not a database", "malformed", "encrypted")):
        return (
            f"Tệp {path} không phải cơ sở dữ liệu SQLite của briefing (hoặc đã hỏng); "
            "hãy chọn tệp khác bằng --db, hoặc một tên tệp mới."
        )
    if "locked" in text or "busy" in text:
        return (
            f"Cơ sở dữ liệu {path} đang bị một tiến trình khác khoá (đã chờ "
            f"{LOCK_WAIT_SECONDS} giây); hãy thử lại khi tiến trình đó xong."
        )
    if "readonly" in text or "read-only" in text:
        return (
            f"Không ghi được vào {path}: tệp hoặc thư mục chỉ cho phép đọc; "
            "hãy cấp quyền ghi hoặc chọn nơi khác bằng --db."
        )
    if "sqlite_full" in text or "disk is full" in text:
        return f"Đĩa đã đầy, không ghi được vào {path}; hãy giải phóng chỗ trống rồi thử lại."
    if "ioerr" in text or "i/o error" in text:
        return (
            f"Lỗi đọc/ghi đĩa với {path} (đĩa đầy, vượt hạn mức hoặc hỏng); "
            "hãy kiểm tra chỗ trống rồi thử lại."
        )
    if "cantopen" in text or "unable to open" in text:
        return _unopenable(Path(path))
    return f"Lỗi cơ sở dữ liệu {path} ({exc}); chạy lại với --debug để xem chi tiết."


def _is_postgres_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def _postgres(exc: BaseException, url: str) -> str:
    """PostgreSQL unreachable or refusing us: where (without the password), and the reason."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    where = f"{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path}"
    if isinstance(exc, OSError):
        return (
            f"Không kết nối được PostgreSQL tại {where} ({exc.strerror or exc}); "
            "hãy kiểm tra máy chủ đang chạy và BRIEFING_DATABASE_URL."
        )
    if type(exc).__name__ in _PG_ACCESS:
        return (
            f"PostgreSQL tại {where} từ chối kết nối: {one_line(str(exc))[:200]}; "
            "hãy kiểm tra BRIEFING_DATABASE_URL (người dùng, mật khẩu, tên cơ sở dữ liệu)."
        )
    return (
        f"Lỗi cơ sở dữ liệu PostgreSQL tại {where} ({one_line(str(exc))[:200]}); "
        "chạy lại với --debug để xem chi tiết."
    )


# asyncpg's errors for a wrong user, password or database name (by name: no import here).
_PG_ACCESS = frozenset(
    {
        "InvalidPasswordError",
        "InvalidAuthorizationSpecificationError",
        "InvalidCatalogNameError",
        "ConnectionRejectionError",
    }
)


def _unopenable(path: Path) -> str:
    parent = path.parent
    if path.is_dir():
        return (
            f"{path} là một thư mục, không phải tệp cơ sở dữ liệu; "
            f"hãy thêm tên tệp, ví dụ --db {path / 'briefing.db'}."
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return f"Không có quyền đọc và ghi tệp {path}; hãy cấp quyền hoặc chọn tệp khác bằng --db."
    if not parent.is_dir():
        return f"Thư mục {parent} không tồn tại hoặc không phải thư mục; hãy chọn --db khác."
    if not os.access(parent, os.W_OK | os.X_OK):
        return (
            f"Không có quyền ghi vào thư mục {parent}; "
            "hãy chọn nơi bạn được ghi bằng --db (ví dụ trong thư mục nhà)."
        )
    return (
        f"Không mở hoặc tạo được tệp cơ sở dữ liệu {path}; "
        f"hãy kiểm tra đường dẫn và quyền ghi vào thư mục {parent}."
    )


_ERRNO = {
    errno.ENOSPC: "đĩa đã đầy",
    errno.EDQUOT: "đã vượt hạn mức dung lượng",
    errno.EACCES: "không có quyền truy cập",
    errno.EPERM: "không được phép",
    errno.EROFS: "ổ đĩa chỉ cho phép đọc",
    errno.ENOENT: "không tồn tại",
    errno.EISDIR: "là một thư mục",
    errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
    errno.ENAMETOOLONG: "tên quá dài",
    errno.EFBIG: "tệp vượt quá kích thước cho phép",
    errno.EEXIST: "đã có một tệp trùng tên",
}


def _os(exc: OSError, db_path: Path | None) -> str:
    what = _ERRNO.get(exc.errno or -1) or (exc.strerror or type(exc).__name__)
    name = Path(exc.filename) if exc.filename else None
    if name is not None and db_path is not None and (name == db_path or name in db_path.parents):
        # Creating the database's folder (or the file itself) failed.
        if exc.errno == errno.ENOENT:
            what = "nơi này không cho tạo thư mục"
        kind = "tệp" if name == db_path else "thư mục"
        return (
            f"Không tạo được {kind} {name} cho cơ sở dữ liệu {db_path} ({what}); "
            "hãy chọn nơi khác bằng --db."
        )
    if name is None:
        return f"Lỗi hệ thống ({what}); chạy lại với --debug để xem chi tiết."
    return f"Lỗi tệp {name}: {what}; hãy kiểm tra đường dẫn, quyền ghi và chỗ trống trên đĩa."
