"""Fixtures for end-to-end tests against the Bot API emulator (see harness.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.harness import INSTALL_HINT, Emulator, EmulatorError, node_modules_installed


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    """A running emulator for the test module (one node process, about 0.2 s to start).

    Tests in a module share it: use distinct chat ids (`harness.fresh_ids()`), or call
    `emulator.reset()`. Fails, never skips, when the npm package is not installed.
    """
    if not node_modules_installed():
        pytest.fail(
            "The Bot API emulator is not installed (tests/e2e/node_modules missing). "
            f"Run `{INSTALL_HINT}` from the project root, then rerun the e2e tests.",
            pytrace=False,
        )
    emu = Emulator()
    try:
        emu.start()
    except EmulatorError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield emu
    finally:
        emu.stop()
