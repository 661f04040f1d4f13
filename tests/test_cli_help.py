"""Help a newcomer can act on, all in Vietnamese: `briefing` alone, --version, and every
command's description, options and two examples."""

from __future__ import annotations

import re

import pytest

from bot.cli import build_parser, main
from bot.cli_parser import translate

# argparse's own English, which must not reach the user.
ENGLISH = re.compile(
    r"usage:|options:|positional arguments|show this help|error:|required|"
    r"invalid choice|expected one argument|unrecognized|the following",
    re.I,
)
COMMANDS = [
    ["ingest"],
    ["meetings"],
    ["ask"],
    ["run"],
    ["chat"],
    ["digest"],
    ["subscriptions"],
    ["feeds"],
    ["feeds", "add"],
    ["feeds", "list"],
    ["feeds", "remove"],
    ["feeds", "poll"],
    ["feeds", "import"],
    ["feeds", "export"],
]


def help_of(command: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stop:
        main([*command, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_briefing_alone_prints_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cách dùng: briefing")
    for command in ("ingest", "meetings", "ask", "run", "chat", "digest", "subscriptions", "feeds"):
        assert re.search(rf"^\s+{command}\b", out, re.M), command
    assert "briefing chat" in out and "--db" in out and "--debug" in out
    assert not ENGLISH.search(out)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert re.fullmatch(r"briefing \S+\n", capsys.readouterr().out)


def test_feeds_alone_prints_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["feeds"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cách dùng: briefing feeds") and "poll" in out


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_is_explained_with_two_examples(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = help_of(command, capsys)
    assert out.startswith(f"Cách dùng: briefing {' '.join(command)}")
    assert not ENGLISH.search(out), ENGLISH.search(out)
    description = out.split("\n\n")[1]
    assert len(description) > 40  # a real description, not the one-line summary
    examples = out.split("Ví dụ:\n", 1)[1].splitlines()
    assert (
        len(
            [
                e
                for e in examples
                if e.strip().startswith(("briefing", "echo", "TELEGRAM", "BRIEFING"))
            ]
        )
        >= 2
    )
    options = re.findall(r"^  (-[-\w]+(?: [^\s]+)?)\s{2,}(\S.*)$", out, re.M)
    assert options and all(text for _flag, text in options)  # every option has its text
    assert "(required)" not in out and "bắt buộc" not in out


def test_the_help_says_what_a_newcomer_needs(capsys: pytest.CaptureFixture[str]) -> None:
    ingest = help_of(["ingest"], capsys)
    for needed in (".txt", ".html", ".jsonl", "http", "--json", "2 MB", "Windows-1258"):
        assert needed in ingest, needed
    run = help_of(["run"], capsys)
    assert "TELEGRAM_BOT_TOKEN" in run and "@BotFather" in run and "briefing chat" in run
    chat = help_of(["chat"], capsys)
    assert "1001" in chat and "Ctrl-D" in chat and "/thoat" in chat
    digest = help_of(["digest"], capsys)
    assert "briefing subscriptions" in digest and "1001" in digest and "-100" in digest
    for command in (["ask"], ["meetings"], ["digest"], ["subscriptions"], ["feeds", "poll"]):
        assert "--json" in help_of(command, capsys)


def test_every_parser_speaks_vietnamese() -> None:
    parser = build_parser()
    groups = [parser, *parser._subparsers._group_actions[0].choices.values()]  # noqa: SLF001
    for p in groups:
        assert not ENGLISH.search(p.format_help()), p.prog


@pytest.mark.parametrize(
    ("english", "vietnamese"),
    [
        ("the following arguments are required: URL", "thiếu URL"),
        ("unrecognized arguments: --x", "không hiểu đối số --x"),
        ("argument --chat: expected one argument", "--chat cần một giá trị"),
        ("argument --chat: invalid int value: 'a'", "--chat: cần một số nguyên, không phải «a»"),
        (
            "argument LỆNH: invalid choice: 'x' (choose from 'ask', 'run')",
            "không có lệnh «x»; các lệnh là ask, run",
        ),
        (
            "argument --mode: invalid choice: 'x' (choose from 'a', 'b')",
            "--mode: «x» không hợp lệ; chọn một trong a, b",
        ),
        ("argument --a: not allowed with argument --b", "không dùng --a cùng với --b"),
    ],
)
def test_argparse_messages_are_translated(english: str, vietnamese: str) -> None:
    assert translate(english) == vietnamese


def test_a_bad_argument_is_one_line_with_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["digest", "--chat"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err == "briefing digest: --chat cần một giá trị — xem `briefing digest --help`.\n"
