"""argparse speaking Vietnamese: headings, the help option and error messages.

argparse's own phrases ("usage:", "options:", "show this help message and exit", its
error messages) are English; this parser replaces each of them, and reports an error as
one line on stderr (exit code 2) instead of usage plus an error line.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

USAGE = "Cách dùng: "
HELP = "in hướng dẫn này rồi thoát"


class Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the descriptions' and examples' line breaks; Vietnamese usage prefix."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30, width=100)

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, USAGE if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "đối số"
        self._optionals.title = "tuỳ chọn"
        self.add_argument("-h", "--help", action="help", help=HELP)

    def error(self, message: str) -> NoReturn:
        command = self.prog
        self.exit(2, f"{command}: {translate(message)} — xem `{command} --help`.\n")

    def print_help(self, file: Any = None) -> None:
        super().print_help(file or sys.stdout)


def int_value(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"cần một số nguyên, không phải «{text}»") from None


def float_value(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"cần một số, không phải «{text}»") from None


def _choices(text: str) -> str:
    return ", ".join(c.strip(" '\"") for c in text.split(","))


_KIND = {"int": "một số nguyên", "float": "một số"}

# argparse's messages (Python 3.11–3.13 wording) and their Vietnamese forms.
_MESSAGES: list[tuple[re.Pattern[str], Any]] = [
    (
        re.compile(r"^the following arguments are required: (.*)$"),
        lambda m: f"thiếu {m[1]}",
    ),
    (re.compile(r"^unrecognized arguments: (.*)$"), lambda m: f"không hiểu đối số {m[1]}"),
    (
        re.compile(
            r"^argument (?:command|feeds_command|LỆNH): invalid choice: '?(.*?)'? \(choose from (.*)\)$"
        ),
        lambda m: f"không có lệnh «{m[1]}»; các lệnh là {_choices(m[2])}",
    ),
    (
        re.compile(r"^argument (.+?): invalid choice: '?(.*?)'? \(choose from (.*)\)$"),
        lambda m: f"{m[1]}: «{m[2]}» không hợp lệ; chọn một trong {_choices(m[3])}",
    ),
    (
        re.compile(r"^argument (.+?): invalid (\w+) value: '?(.*?)'?$"),
        lambda m: f"{m[1]}: cần {_KIND.get(m[2], 'một giá trị hợp lệ')}, không phải «{m[3]}»",
    ),
    (re.compile(r"^argument (.+?): expected one argument$"), lambda m: f"{m[1]} cần một giá trị"),
    (
        re.compile(r"^argument (.+?): expected at least one argument$"),
        lambda m: f"{m[1]} cần ít nhất một giá trị",
    ),
    (
        re.compile(r"^argument (.+?): expected at most one argument$"),
        lambda m: f"{m[1]} nhận nhiều nhất một giá trị",
    ),
    (
        re.compile(r"^argument (.+?): ignored explicit argument '?(.*?)'?$"),
        lambda m: f"{m[1]} không nhận giá trị «{m[2]}»",
    ),
    (
        re.compile(r"^argument (.+?): not allowed with argument (.+)$"),
        lambda m: f"không dùng {m[1]} cùng với {m[2]}",
    ),
    (
        re.compile(r"^one of the arguments (.+) is required$"),
        lambda m: f"cần một trong các đối số {m[1]}",
    ),
    (
        re.compile(r"^ambiguous option: (.+?) could match (.+)$"),
        lambda m: f"tuỳ chọn {m[1]} chưa rõ, có thể là {m[2]}",
    ),
    (re.compile(r"^argument (.+?): (.+)$"), lambda m: f"{m[1]}: {m[2]}"),
]


def translate(message: str) -> str:
    """Vietnamese for one of argparse's error messages (unknown ones pass unchanged)."""
    message = " ".join(message.split())
    for pattern, render in _MESSAGES:
        if m := pattern.match(message):
            return str(render(m))
    return message
