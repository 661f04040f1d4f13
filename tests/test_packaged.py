"""The package's data files are read beside the package, as importlib.resources finds them."""

from __future__ import annotations

from importlib.resources import files as resource_files

from store.language.packaged import files


def test_data_files_are_the_ones_importlib_resources_finds() -> None:
    ours = files("store") / "data"
    theirs = resource_files("store").joinpath("data")
    for name in ("questions.json", "people.json", "countries.json"):
        assert (ours / name).read_bytes() == theirs.joinpath(name).read_bytes()
