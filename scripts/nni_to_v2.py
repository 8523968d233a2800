#!/usr/bin/env python3
"""NNI 3.0's own conversion of every v1 config of the NNI corpus and of tests/data/v1-cases/
(every platform and branch of to_v2), for hpoconf's tests.

Regenerate the committed expected outputs (tests/data/nni-v2/<corpus path>.json and
tests/data/nni-v2/cases/<case>.json) with:

    scripts/nni-venv.sh && .venv-nni/bin/python scripts/nni_to_v2.py

Each output is {"v2": <what to_v2 returns>} or {"error": "<exception type>: <message>"} when
to_v2 raises (`nnictl create` then stops). tests/it/v1.rs compares hpoconf's conversion with
these files as data; CI does not need NNI.

The live check (scripts/nni-compare.sh) runs:

    .venv-nni/bin/python scripts/nni_to_v2.py --live target/debug/hpoconf

which, for each v1 corpus file, runs `hpoconf migrate`, compares the YAML it prints with to_v2
as data, and loads it as NNI 3.0 does (`ExperimentConfig(**yaml)` with the file's folder as base
path, then `validate()`), comparing that verdict with the corpus's (INDEX.tsv). Exit status 1
when any comparison differs.
"""
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("HPOCONF_CORPUS", ROOT.parent / "shared" / "corpus" / "nni"))
OUT = ROOT / "tests" / "data" / "nni-v2"
CASES = ROOT / "tests" / "data" / "v1-cases"

logging.disable(logging.CRITICAL)


def v1_rows():
    lines = (CORPUS / "INDEX.tsv").read_text().splitlines()[1:]
    for line in lines:
        cols = line.split("\t")
        if len(cols) >= 3 and cols[1] == "exp-v1":
            yield cols[0], cols[2]


def to_v2(path):
    from nni.experiment.config.convert import to_v2 as nni_to_v2

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        return {"v2": nni_to_v2(data)}
    except Exception as e:  # noqa: BLE001 - any exception stops nnictl create
        return {"error": f"{type(e).__name__}: {e}"}


def nni_verdict(v2, base):
    from nni.experiment.config import ExperimentConfig, utils

    try:
        utils.set_base_path(base)
        try:
            config = ExperimentConfig(**v2)
        finally:
            utils.unset_base_path()
        config.validate()
        return "PASS", ""
    except Exception as e:  # noqa: BLE001
        return "FAIL", f"{type(e).__name__}: {e}"


def generate():
    n = 0
    inputs = [(CORPUS / rel, OUT / (rel + ".json")) for rel, _ in v1_rows()]
    inputs += [(p, OUT / "cases" / (p.name + ".json")) for p in sorted(CASES.glob("*.yml"))]
    for path, out in inputs:
        result = to_v2(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=2, sort_keys=True, default=str) + "\n")
        n += 1
    print(f"{n} expected outputs written to {OUT.relative_to(ROOT)}")


def live(binary):
    same = differ = verdict_ok = verdict_bad = 0
    for rel, corpus_verdict in v1_rows():
        path = CORPUS / rel
        expected = to_v2(path)
        run = subprocess.run([binary, "migrate", str(path)], capture_output=True, text=True)
        if run.returncode == 0:
            got = {"v2": yaml.safe_load(run.stdout)}
        elif run.returncode == 1:
            got = {"error": "refused"}
        else:
            print(f"TOOL FAILURE {rel}: {run.stderr.strip()}")
            differ += 1
            continue
        if ("error" in expected) == ("error" in got) and expected.get("v2") == got.get("v2"):
            same += 1
        else:
            differ += 1
            print(f"DIFFERENT {rel}\n  nni:     {expected}\n  hpoconf: {got}")
        if "v2" in got:
            verdict, why = nni_verdict(got["v2"], path.parent)
        else:
            verdict, why = "FAIL", expected.get("error", "")
        if verdict == corpus_verdict:
            verdict_ok += 1
        else:
            verdict_bad += 1
            print(f"VERDICT {rel}: migrated file {verdict} in NNI ({why}), corpus says {corpus_verdict}")
    print(f"conversion: {same} same as NNI's to_v2, {differ} different")
    print(f"NNI 3.0 load of the migrated files: {verdict_ok} give the corpus verdict, {verdict_bad} do not")
    cases_bad = cases(binary)
    return 1 if differ or verdict_bad or cases_bad else 0


def cases(binary):
    """tests/data/v1-cases: NNI 3.0's verdict (to_v2, then load and validate) against hpoconf's
    (an error from `hpoconf check`)."""
    agree = bad = 0
    for path in sorted(CASES.glob("*.yml")):
        result = to_v2(path)
        if "v2" in result:
            nni, why = nni_verdict(result["v2"], path.parent)
        else:
            nni, why = "FAIL", result["error"]
        run = subprocess.run([binary, "check", "--format", "json", str(path)],
                             capture_output=True, text=True)
        report = json.loads(run.stdout)
        errors = [d["code"] for f in report["files"] if f["path"].endswith(path.name)
                  for d in f["diagnostics"] if d["severity"] == "error"]
        ours = "FAIL" if errors else "PASS"
        if ours == nni:
            agree += 1
        else:
            bad += 1
            print(f"CASE {path.name}: NNI {nni} ({why}), hpoconf {ours} {errors}")
    print(f"v1 cases: {agree} get NNI 3.0's verdict from hpoconf check, {bad} do not")
    return bad


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--live":
        sys.exit(live(sys.argv[2]))
    generate()
