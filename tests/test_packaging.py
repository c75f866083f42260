"""An installed wheel carries what a checkout has: prompts, schemas, data files, py.typed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

pytest.importorskip("hatchling", reason="hatchling (a test extra) builds the wheel offline")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("summarizer-*.whl")
    return built


def test_the_wheel_ships_prompts_schemas_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    prompts = ROOT / "prompts"
    for prompt in (p for p in prompts.rglob("*") if p.is_file()):
        assert f"summarizer/prompts/{prompt.relative_to(prompts).as_posix()}" in names
    for schema in (ROOT / "schemas").glob("*.json"):
        assert f"summarizer/schemas/{schema.name}" in names
    assert "summarizer/py.typed" in names
    for template in ("briefing.html", "briefing.css", "briefing.js"):
        assert f"summarizer/_briefing/templates/{template}" in names
    for data in (ROOT / "summarizer" / "_lexicon" / "en").glob("*.json"):
        assert f"summarizer/_lexicon/en/{data.name}" in names


def test_an_unpacked_wheel_finds_its_own_prompts(wheel: Path, tmp_path: Path) -> None:
    zipfile.ZipFile(wheel).extractall(tmp_path)
    code = (
        "from summarizer._resources import resource_dir\n"
        "from summarizer._engines.llm._prompts import load_prompts\n"
        "print(resource_dir('prompts'))\n"
        "print(load_prompts().version)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(tmp_path), "PATH": ""},
    ).stdout.split()
    from summarizer._engines.llm._prompts import load_prompts

    assert out[0] == str(tmp_path / "summarizer" / "prompts")
    assert out[1] == load_prompts().version  # same files, same prompt version


def test_the_wheel_is_versioned_by_summarizer_version(wheel: Path) -> None:
    # pyproject.toml takes the version from summarizer/_version.py: one place to change it.
    from summarizer import __version__
    from summarizer._ingest._fetching import USER_AGENT

    assert wheel.name.startswith(f"summarizer-{__version__}-")
    metadata = next(n for n in zipfile.ZipFile(wheel).namelist() if n.endswith("/METADATA"))
    assert f"\nVersion: {__version__}\n" in zipfile.ZipFile(wheel).read(metadata).decode()
    assert USER_AGENT.endswith(f"summarizer/{__version__})")


def test_the_command_reports_the_same_version(capsys: pytest.CaptureFixture[str]) -> None:
    from summarizer import __version__
    from summarizer.cli import main

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out == f"summarizer {__version__}\n"
