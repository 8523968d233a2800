"""The `hpoconf` command that the wheel installs (the Rust CLI, run by `hpoconf._cli:main`)."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

REPO = pathlib.Path(os.environ.get("HPOCONF_REPO", pathlib.Path(__file__).parents[2]))
EXE = pathlib.Path(sys.executable).with_name("hpoconf")


def run(*args: str, cwd: pathlib.Path = REPO, exe: list[str] | None = None):
    return subprocess.run(
        [*(exe or [str(EXE)]), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_the_command_is_installed_beside_the_interpreter():
    assert EXE.exists()


def test_check_fixtures_exits_0_with_the_summary():
    out = run("check", "fixtures")
    assert out.returncode == 0, out.stderr
    assert "checked: 0 errors" in out.stdout.splitlines()[-1]


def test_findings_exit_1_and_show_snippets():
    out = run("check", "--color", "never", "tests/fixtures/invalid/exp-missing-tuner.yml")
    assert out.returncode == 1
    assert "error[HPO" in out.stdout
    assert "exp-missing-tuner.yml:" in out.stdout


def test_a_missing_path_exits_2_and_names_it():
    out = run("check", "no/such/exp.yml")
    assert out.returncode == 2
    assert "no/such/exp.yml" in out.stderr


def test_bad_arguments_exit_2_and_help_exits_0():
    out = run("check", "--no-such-flag")
    assert out.returncode == 2
    assert "--no-such-flag" in out.stderr
    help_ = run("--help")
    assert help_.returncode == 0
    assert "Usage: hpoconf" in help_.stdout


def test_json_output_is_complete_when_piped():
    out = run("check", "--format", "json", "tests/fixtures/invalid")
    assert out.returncode == 1
    report = json.loads(out.stdout)
    assert report["version"] == 1
    assert report["summary"]["files"] == len(report["files"])


def test_python_dash_m_hpoconf_is_the_same_command():
    out = run("check", "fixtures", exe=[sys.executable, "-m", "hpoconf"])
    assert out.returncode == 0, out.stderr
    assert out.stdout == run("check", "fixtures").stdout
    assert run("explain", "HPO303", exe=[sys.executable, "-m", "hpoconf"]).returncode == 0
