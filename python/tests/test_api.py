"""The Python API of hpoconf, against the installed wheel (scripts/python-tests.sh)."""

from __future__ import annotations

import doctest
import json
import os
import pathlib
import subprocess
import sys
import sysconfig
import threading

import pytest

import hpoconf

REPO = pathlib.Path(os.environ.get("HPOCONF_REPO", pathlib.Path(__file__).parents[2]))
FIXTURES = REPO / "fixtures"
INVALID = REPO / "tests" / "fixtures" / "invalid"

EXP = """\
searchSpaceFile: search_space.json
trialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini
trialConcurrency: 1
tuner:
  name: TPE
trainingService:
  platform: local
"""
SPACE = '{"${lr}": {"_type": "uniform", "_value": [0.1, 0.5]}}'
INI = """\
[platform_config]
name = Local
cmd1 = python train.py --lr=${lr} --bs=${bs}
[metric_config]
metric_type = stdout
metric_source = cmd1
"""
SECRET = "s3cr3t-P4ssw0rd-xyz"


def hpoconf_command(*args: str, cwd: pathlib.Path = REPO) -> subprocess.CompletedProcess[str]:
    """Runs the wheel's `hpoconf` command (beside this interpreter)."""
    exe = pathlib.Path(sys.executable).with_name("hpoconf")
    return subprocess.run(
        [str(exe), *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


def test_the_installed_wheel_is_tested():
    """Not an in-tree import: the package and its extension come from site-packages."""
    site = pathlib.Path(sysconfig.get_paths()["purelib"]).resolve()
    assert pathlib.Path(hpoconf.__file__).resolve().is_relative_to(site)
    assert pathlib.Path(hpoconf._hpoconf.__file__).resolve().is_relative_to(site)
    assert (pathlib.Path(hpoconf.__file__).parent / "py.typed").exists()
    assert (pathlib.Path(hpoconf.__file__).parent / "__init__.pyi").exists()


def test_version_is_the_commands():
    out = hpoconf_command("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"hpoconf {hpoconf.__version__}"


def test_docstring_examples_run():
    failed, attempted = doctest.testmod(hpoconf)
    assert attempted > 0
    assert failed == 0


# -- check(paths) -----------------------------------------------------------------------------


def test_check_fixtures_is_clean_and_its_json_is_the_clis(monkeypatch):
    monkeypatch.chdir(REPO)
    report = hpoconf.check("fixtures")
    assert report.summary["errors"] == 0
    assert report.summary["files"] == len(report.files) > 5
    assert [f.path for f in report.files] == sorted(f.path for f in report.files)
    assert all(f.path.startswith("fixtures/") for f in report.files)
    cli = hpoconf_command("check", "--format", "json", "fixtures")
    assert cli.returncode == 0, cli.stderr
    assert report.to_json() + "\n" == cli.stdout


def test_check_invalid_fixtures_matches_the_cli_exactly(monkeypatch):
    monkeypatch.chdir(REPO)
    report = hpoconf.check(["tests/fixtures/invalid"])
    cli = hpoconf_command("check", "--format", "json", "tests/fixtures/invalid")
    assert cli.returncode == 1
    assert report.to_json() + "\n" == cli.stdout
    summary = json.loads(cli.stdout)["summary"]
    assert report.summary == summary
    assert set(report.summary) == {"files", "errors", "warnings", "infos"}
    assert report.summary["errors"] > 10
    assert report.to_dict() == json.loads(cli.stdout)
    assert len(report.diagnostics) == sum(summary[k] for k in ("errors", "warnings", "infos"))


def test_check_accepts_path_objects_and_lists():
    one = hpoconf.check(FIXTURES / "nni-local")
    two = hpoconf.check([FIXTURES / "nni-local", str(FIXTURES / "nni-local" / "exp.yml")])
    assert [f.path for f in one.files] == [f.path for f in two.files]
    assert {f.kind for f in one.files} == {"exp-yml", "search-space"}


def test_check_runs_cross_file_rules_on_folders():
    report = hpoconf.check(INVALID / "cross-placeholders")
    codes = {d.code for d in report.diagnostics}
    assert {"HPO702", "HPO703"} <= codes


def test_a_missing_path_raises_a_path_error_naming_it(tmp_path):
    missing = tmp_path / "nowhere" / "exp.yml"
    with pytest.raises(hpoconf.PathError) as caught:
        hpoconf.check([FIXTURES / "nni-local", missing])
    err = caught.value
    assert isinstance(err, hpoconf.Error)
    assert str(missing) in str(err)
    assert err.path == str(missing)
    assert "no such file" in err.message
    assert err.failures == [(str(missing), err.message)]
    # what could be checked was checked
    assert err.report.summary["files"] == 2


def test_check_honours_hpoconf_toml(tmp_path):
    (tmp_path / "exp.yml").write_text("trialCommand: python3 train.py\ntrialConcurrency: 1\n")
    plain = hpoconf.check(tmp_path)
    assert "HPO303" in {d.code for d in plain.diagnostics}
    (tmp_path / "hpoconf.toml").write_text('[rules]\nmissing-search-space = "off"\n')
    configured = hpoconf.check(tmp_path)
    assert "HPO303" not in {d.code for d in configured.diagnostics}
    assert "HPO303" in {d.code for d in hpoconf.check(tmp_path, no_config=True).diagnostics}
    assert "HPO303" not in {
        d.code
        for d in hpoconf.check(tmp_path, no_config=True, severity={"HPO303": "off"}).diagnostics
    }


def test_a_bad_configuration_file_raises(tmp_path):
    (tmp_path / "exp.yml").write_text("trialCommand: x\n")
    (tmp_path / "hpoconf.toml").write_text('[rules]\nmissing-search-spaces = "off"\n')
    with pytest.raises(hpoconf.PathError, match="did you mean `missing-search-space`"):
        hpoconf.check(tmp_path)


def test_check_options(tmp_path, monkeypatch):
    (tmp_path / "settings.cfg").write_text(INI)
    with pytest.raises(hpoconf.PathError, match="cannot tell what kind"):
        hpoconf.check(tmp_path / "settings.cfg")
    report = hpoconf.check(tmp_path / "settings.cfg", kind="trial-ini", jobs=1)
    assert report.files[0].kind == "trial-ini"
    with pytest.raises(ValueError, match="unknown kind `ini`"):
        hpoconf.check(tmp_path, kind="ini")
    with pytest.raises(ValueError):
        hpoconf.check(tmp_path, severity={"no-such-rule": "off"})
    with pytest.raises(ValueError):
        hpoconf.check(tmp_path, severity={"HPO303": "loud"})
    (tmp_path / "exp.yml").write_text("trialCommand: x\n")
    monkeypatch.chdir(tmp_path)
    assert hpoconf.check(".").summary["files"] == 1
    assert hpoconf.check(".", exclude=["exp.yml"]).summary["files"] == 0
    with pytest.raises(hpoconf.PathError, match="limit"):
        hpoconf.check(tmp_path / "exp.yml", max_file_size=3)


def test_many_files_give_the_same_report_on_any_number_of_threads(tmp_path):
    for i in range(40):
        d = tmp_path / f"exp{i:02}"
        d.mkdir()
        (d / "exp.yml").write_text(EXP)
        (d / "search_space.json").write_text(SPACE)
        (d / "trial.ini").write_text(INI)
    one = hpoconf.check(tmp_path, jobs=1)
    many = hpoconf.check(tmp_path, jobs=4)
    default = hpoconf.check(tmp_path)
    assert one.summary["files"] == 120
    assert one.to_json() == many.to_json() == default.to_json()


GIL_PROBE = """
import os, sys, threading, hpoconf
folder = sys.argv[1]
fifo = os.path.join(folder, "hpoconf.toml")
os.mkfifo(fifo)
result = []
worker = threading.Thread(target=lambda: result.append(hpoconf.check(folder, config=fifo)))
worker.start()
# The worker is now (or soon) inside the check, blocked reading the FIFO until it has a writer.
# This thread can open it and write only if the check released the GIL.
with open(fifo, "w") as f:
    f.write('[rules]\\nmissing-search-space = "off"\\n')
worker.join()
codes = {d.code for d in result[0].diagnostics}
print("released" if "HPO303" not in codes else "not configured")
"""


def test_the_gil_is_released_while_checking(tmp_path):
    """A check blocked in Rust (reading a FIFO) lets another Python thread run: the one that
    unblocks it. With the GIL held, the probe would deadlock (a subprocess, with a time-out)."""
    (tmp_path / "exp.yml").write_text("trialCommand: python3 train.py\n")
    probe = subprocess.run(
        [sys.executable, "-c", GIL_PROBE, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "released"


def test_python_threads_checking_at_once_agree(tmp_path):
    """Python threads checking at once all finish, with the same result."""
    (tmp_path / "exp.yml").write_text(EXP)
    on_disk: list[str] = []
    in_memory: list[str] = []

    def work() -> None:
        on_disk.append(hpoconf.check(tmp_path).to_json())
        in_memory.append(hpoconf.check_experiment({"exp.yml": EXP}).to_json())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert len(on_disk) == len(in_memory) == 4
    assert len(set(on_disk)) == len(set(in_memory)) == 1


# -- check_text, check_experiment --------------------------------------------------------------


def test_check_text_detects_the_kind_from_the_name():
    report = hpoconf.check_text(
        '{"${lr}": {"_type": "loguniform", "_value": [0, 0.1]}}', name="search_space.json"
    )
    assert isinstance(report, hpoconf.FileReport)
    assert report.path == "search_space.json"
    assert report.kind == "search-space"
    d = report.diagnostics[0]
    assert d.severity == "error"
    assert d.pointer.startswith("/${lr}")
    assert d.line == 1 and d.column > 1
    assert (d.end_line, d.end_column) >= (d.line, d.column)
    assert str(d) == f"search_space.json:{d.line}:{d.column}: error[{d.code}] {d.message}"
    assert d.path == "search_space.json"
    assert len(report) == len(report.diagnostics)


def test_check_text_defaults_to_exp_yml_and_forces_kinds():
    report = hpoconf.check_text("trialCommand: python3 train.py\n")
    assert report.path == "exp.yml"
    assert report.kind == "exp-yml"
    assert "HPO303" in {d.code for d in report.diagnostics}
    assert hpoconf.check_text(INI, "settings.cfg").kind is None
    assert hpoconf.check_text(INI, "settings.cfg").diagnostics == []
    assert hpoconf.check_text(INI, "settings.cfg", "trial-ini").kind == "trial-ini"
    assert hpoconf.check_text(INI, "settings.cfg", kind="trial-ini").kind == "trial-ini"
    with pytest.raises(ValueError, match="expected one of exp-yml"):
        hpoconf.check_text(INI, kind="ini")


def test_check_text_severity_and_inline_suppressions():
    text = "trialCommand: python3 train.py\n"
    off = hpoconf.check_text(text, severity={"missing-search-space": "off"})
    assert "HPO303" not in {d.code for d in off.diagnostics}
    info = hpoconf.check_text(text, severity={"HPO303": "info"})
    assert {d.severity for d in info.diagnostics if d.code == "HPO303"} == {"info"}
    suppressed = hpoconf.check_text("# hpoconf: disable-file HPO303\n" + text)
    assert "HPO303" not in {d.code for d in suppressed.diagnostics}


def test_check_text_takes_bytes():
    report = hpoconf.check_text(b"trialCommand: \xff\n", "exp.yml")
    assert report.kind == "exp-yml"
    assert report.diagnostics
    assert report.diagnostics[0].line == 1


def test_check_experiment_runs_every_cross_file_rule():
    report = hpoconf.check_experiment(
        {"exp.yml": EXP, "search_space.json": SPACE, "trial.ini": INI}
    )
    assert isinstance(report, hpoconf.Report)
    assert [f.path for f in report.files] == ["exp.yml", "search_space.json", "trial.ini"]
    ini = report.files[2]
    assert any("${bs}" in d.message and d.code == "HPO702" for d in ini.diagnostics)
    assert report.summary["files"] == 3
    cli_shape = json.loads(report.to_json())
    assert cli_shape["version"] == 1
    assert [f["path"] for f in cli_shape["files"]] == ["exp.yml", "search_space.json", "trial.ini"]
    assert report.files[0].to_dict() == cli_shape["files"][0]


def test_check_experiment_follows_folders_and_leaves_out_unknown_files():
    report = hpoconf.check_experiment(
        {
            "a/exp.yml": EXP,
            "a/search_space.json": '{"${lr}": {"_type": "uniform", "_value": [0.1, 0.5]},'
            ' "${bs}": {"_type": "choice", "_value": [1, 2]}}',
            "a/trial.ini": INI,
            "notes.txt": "hello",
        }
    )
    assert [f.path for f in report.files] == ["a/exp.yml", "a/search_space.json", "a/trial.ini"]
    assert not any(d.code == "HPO702" for d in report.diagnostics)


def test_check_experiment_replacing_a_text_changes_the_result():
    files = {"exp.yml": EXP, "search_space.json": SPACE, "trial.ini": INI}
    before = hpoconf.check_experiment(files)
    files["trial.ini"] = INI.replace(" --bs=${bs}", "")
    after = hpoconf.check_experiment(files)
    assert before.summary["errors"] > after.summary["errors"]


# -- Diagnostic --------------------------------------------------------------------------------


def test_diagnostic_fields_are_the_json_reports():
    report = hpoconf.check(INVALID)
    data = report.to_dict()
    for f, fd in zip(report.files, data["files"]):
        assert f.path == fd["path"] and f.kind == fd["kind"]
        for d, dd in zip(f.diagnostics, fd["diagnostics"]):
            assert d.to_dict() == dd
            for key in ("code", "name", "severity", "message", "pointer", "line", "column",
                        "end_line", "end_column"):
                assert getattr(d, key) == dd[key]
            assert d.help == dd.get("help")
            assert d.path == f.path
            assert d.severity in ("error", "warning", "info")


def test_diagnostic_str_is_the_one_line_form():
    d = hpoconf.check_text("trialCommand: python3 train.py\n", "x/exp.yml").diagnostics[0]
    assert str(d) == f"x/exp.yml:{d.line}:{d.column}: {d.severity}[{d.code}] {d.message}"
    assert repr(d).startswith("Diagnostic(code='HPO")
    assert d == hpoconf.check_text("trialCommand: python3 train.py\n", "x/exp.yml").diagnostics[0]
    assert len({d, d}) == 1
    with pytest.raises(AttributeError):
        d.code = "HPO000"  # type: ignore[misc]


# -- secrets -----------------------------------------------------------------------------------


def secret_documents() -> dict[str, str]:
    return {
        "exp.yml": (
            "trialCommand: python3 train.py --password " + SECRET + "\n"
            "trialConcurrency: 1\ntuner:\n  name: TPEE\n"
            "trainingService:\n  platform: remote\n  machineList:\n"
            "    - host: 10.1.1.1\n      user: bob\n      password: " + SECRET + "\n"
            "      passwd: [" + SECRET + "\n"
        ),
        "trial.ini": (
            "[oss_config]\naccessKeySecret = " + SECRET + "\nbogus_key = " + SECRET + "\n"
        ),
    }


def test_secrets_are_in_no_repr_message_or_exception(tmp_path):
    docs = secret_documents()
    outputs: list[str] = []
    exp = hpoconf.check_experiment(docs)
    outputs += [repr(exp), exp.to_json(), str(exp.to_dict()), repr(exp.files)]
    for name, text in docs.items():
        r = hpoconf.check_text(text, name)
        outputs += [repr(r), str(r.to_dict())]
        outputs += [repr(d) for d in r.diagnostics] + [str(d) for d in r.diagnostics]
        outputs += [d.message + (d.help or "") for d in r.diagnostics]
        (tmp_path / name).write_text(text)
    report = hpoconf.check(tmp_path)
    outputs += [report.to_json(), repr(report)]
    outputs += [str(d) + repr(d) + str(d.help) for d in report.diagnostics]
    hpo = hpoconf.check_hpo_config(
        {"oss_config": {"accessKeySecret": SECRET, "accessKeyId": SECRET + "id"}}
    )
    outputs += [str(d) + repr(d) + str(d.help) for d in hpo.diagnostics]
    with pytest.raises(hpoconf.PathError) as caught:
        hpoconf.check([tmp_path, tmp_path / "missing.yml"])
    outputs += [str(caught.value), repr(caught.value), repr(caught.value.failures)]
    assert len(exp.diagnostics) > 3
    for out in outputs:
        assert SECRET not in out


# -- check_hpo_config --------------------------------------------------------------------------


def test_check_hpo_config_of_the_reference_is_clean():
    config = json.loads((FIXTURES / "reference" / "hpo_config.json").read_text())
    report = hpoconf.check_hpo_config(config)
    assert report.kind == "hpo-config"
    assert report.path == "hpo_config.json"
    assert [d for d in report.diagnostics if d.severity == "error"] == []


def test_check_hpo_config_points_into_the_dict():
    config = json.loads((FIXTURES / "reference" / "hpo_config.json").read_text())
    config["metric_config"]["final_mode"] = "max"
    del config["platform_config"]["name"]
    report = hpoconf.check_hpo_config(config, name="sdk.json")
    by_pointer = {d.pointer: d for d in report.diagnostics}
    assert "/metric_config/final_mode" in by_pointer
    assert by_pointer["/metric_config/final_mode"].code == "HPO406"
    assert any(p.startswith("/platform_config") for p in by_pointer)
    # the line is that of json.dumps(config, indent=2)
    text = json.dumps(config, indent=2, ensure_ascii=False).splitlines()
    d = by_pointer["/metric_config/final_mode"]
    assert '"final_mode": "max"' in text[d.line - 1]
    assert str(d).startswith("sdk.json:")


def test_check_hpo_config_takes_sdk_models():
    class Model:
        def to_map(self):
            return {"platform_config": {"name": "DLC", "cmd": ["python train.py"]}}

    report = hpoconf.check_hpo_config(Model())
    assert report.kind == "hpo-config"
    assert any(d.pointer == "" or d.pointer.startswith("/") for d in report.diagnostics)
    with pytest.raises(TypeError):
        hpoconf.check_hpo_config({"platform_config": object()})


# -- schema, rules, explain --------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind", ["exp-yml", "search-space", "trial-ini", "hpo-config", "get-hpo-experiment"]
)
def test_schema_is_the_commands(kind):
    s = hpoconf.schema(kind)
    assert isinstance(s, dict)
    assert s["$schema"].startswith("http://json-schema.org/draft-07")
    cli = hpoconf_command("schema", kind)
    assert json.loads(cli.stdout) == s
    assert "2020-12" in hpoconf.schema(kind, "2020-12")["$schema"]


def test_schema_rejects_unknown_kinds():
    with pytest.raises(ValueError, match="unknown kind"):
        hpoconf.schema("exp.yml")
    with pytest.raises(ValueError, match="draft"):
        hpoconf.schema("exp-yml", "04")


def test_rules_are_the_commands():
    rules = hpoconf.rules()
    assert len(rules) > 50
    assert [r.code for r in rules] == sorted(r.code for r in rules)
    out = hpoconf_command("rules").stdout
    # the table, then a blank line and a note on rules shown with two severities
    table = out.split("\n\n")[0].splitlines()
    assert [line.split()[0] for line in table] == [r.code for r in rules]
    r = next(r for r in rules if r.code == "HPO303")
    assert r.name == "missing-search-space"
    assert r.severity == "error"
    assert "exp-yml" in r.kinds
    assert r.summary and r.description
    assert r.help_uri.endswith("#hpo303-missing-search-space")
    assert repr(r) == "Rule(code='HPO303', name='missing-search-space', severity='error')"


def test_explain_is_the_commands():
    text = hpoconf.explain("HPO303")
    assert text == hpoconf_command("explain", "HPO303").stdout
    assert hpoconf.explain("missing-search-space") == text
    assert "HPO303" in text
    with pytest.raises(ValueError, match="did you mean `missing-search-space`"):
        hpoconf.explain("missing-search-spac")


V1 = """authorName: me
experimentName: demo
trialConcurrency: 1
maxTrialNum: 10
trainingServicePlatform: local
searchSpacePath: search_space.json
useAnnotation: false
tuner:
  builtinTunerName: TPE
trial:
  command: python3 train.py
  codeDir: .
  gpuNum: 0
"""


def test_migrate_writes_the_v2_config():
    v2 = hpoconf.migrate(V1, "config.yml")
    assert "maxTrialNumber: 10" in v2
    assert "trialCommand: python3 train.py" in v2
    assert "authorName" not in v2
    # a v2 text is returned as it is
    assert hpoconf.migrate(v2) == v2


def test_migrate_refuses_what_nni_cannot_convert():
    bad = V1.replace("trainingServicePlatform: local", "trainingServicePlatform: adl")
    with pytest.raises(hpoconf.MigrateError) as e:
        hpoconf.migrate(bad)
    assert isinstance(e.value, hpoconf.Error)
    assert any(d.severity == "error" for d in e.value.report.diagnostics)


EXP_TYPO = "trialCommand: python3 train.py\ntrialConcurency: 2   # two at once\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n"


def test_diagnostics_carry_their_fix_and_apply_applies_it():
    report = hpoconf.check_text(EXP_TYPO, "exp.yml")
    d = next(d for d in report.diagnostics if d.code == "HPO103")
    assert d.fix is not None
    assert d.fix["applicability"] == "safe"
    assert d.fix["edits"][0]["content"] == "trialConcurrency"
    fixed = hpoconf.apply(EXP_TYPO, report.diagnostics)
    assert fixed == EXP_TYPO.replace("trialConcurency", "trialConcurrency")


def test_fix_text_fixes_until_nothing_changes():
    text, left = hpoconf.fix_text(EXP_TYPO, "exp.yml")
    assert "trialConcurrency: 2   # two at once" in text
    assert all(d.code != "HPO103" for d in left.diagnostics)
