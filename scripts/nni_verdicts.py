#!/usr/bin/env python3
"""NNI 3.0's verdict on every file of a conformance corpus (the real-world one by default).

    scripts/nni-venv.sh && .venv-nni/bin/python scripts/nni_verdicts.py [CORPUS_DIR]

CORPUS_DIR (default: $HPOCONF_REALWORLD, else ../shared/corpus/realworld) holds the files at
<owner>__<repo>/<path in the repository>. The index is tests/data/realworld/INDEX.tsv (committed;
its first three columns are `path`, `repository`, `kind`: exp-v2, exp-v1, search-space). The
script rewrites its `nni_3_0_verdict` (PASS or FAIL) and `nni_3_0_message` columns in place,
emulating what `nnictl create` validates before an experiment starts:

- exp-v2: `yaml.safe_load`, then `ExperimentConfig(**data)` with the file's folder as base path
  (so the files it names are looked for beside it), then `validate()`;
- exp-v1: as `nnictl create` does (nni/tools/nnictl/launcher.py): `convert.to_v2`, then the
  same as a v2 config (a platform that launcher would not convert is a FAIL here: NNI 3.0 runs
  it with its legacy launcher, which hpoconf does not model);
- search-space: loaded as ExperimentConfig loads `searchSpaceFile` (JSON, else PyYAML), then
  `nni.common.hpo_utils.validate_search_space(..., raise_exception=True)` and
  `format_search_space` (what every tuner runs first).

Messages are cut to 300 characters, tabs and newlines replaced by spaces.
"""
import json
import logging
import os
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
logging.disable(logging.CRITICAL)


def corpus_dir():
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    env = os.environ.get("HPOCONF_REALWORLD")
    if env:
        return Path(env)
    return ROOT.parent / "shared" / "corpus" / "realworld"


def exp_verdict(path: Path, kind: str):
    from nni.experiment.config import ExperimentConfig, convert, utils

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"the config is a {type(data).__name__}, not a mapping")
    if kind == "exp-v1":
        platform = data.get("trainingServicePlatform")
        if platform == "adl" or (
            platform in ("kubeflow", "frameworkcontroller")
            and data.get(platform + "Config", {}).get("reuse") is False
        ):
            raise ValueError(f"legacy launcher only (platform {platform})")
        data = convert.to_v2(data)
    # as ExperimentConfig.load and nnictl create: paths resolve against the file's folder
    utils.set_base_path(path.parent)
    try:
        config = ExperimentConfig(**data)
    finally:
        utils.unset_base_path()
    config.validate()


def space_verdict(path: Path):
    from nni.common.hpo_utils import format_search_space, validate_search_space

    content = path.read_text(encoding="utf-8")
    try:
        space = json.loads(content)
    except Exception:  # noqa: BLE001 - NNI falls back to YAML on any JSON error
        space = yaml.safe_load(content)
    validate_search_space(space, raise_exception=True)
    format_search_space(space)


def verdict(path: Path, kind: str):
    try:
        if kind.startswith("exp"):
            exp_verdict(path, kind)
        else:
            space_verdict(path)
        return "PASS", ""
    except BaseException as e:  # noqa: BLE001 - any exception stops nnictl create
        if isinstance(e, KeyboardInterrupt):
            raise
        msg = f"{type(e).__name__}: {e}".replace("\t", " ").replace("\n", " ")
        return "FAIL", msg[:300]


def main():
    corpus = corpus_dir()
    index = ROOT / "tests" / "data" / "realworld" / "INDEX.tsv"
    lines = index.read_text(encoding="utf-8").splitlines()
    header = ["path", "repository", "kind", "nni_3_0_verdict", "nni_3_0_message"]
    out = ["\t".join(header)]
    counts = {}
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        path, repo, kind = cols[0], cols[1], cols[2]
        v, msg = verdict(corpus / path, kind)
        counts[(kind, v)] = counts.get((kind, v), 0) + 1
        out.append("\t".join([path, repo, kind, v, msg]))
    index.write_text("\n".join(out) + "\n", encoding="utf-8")
    for (kind, v), n in sorted(counts.items()):
        print(f"{kind}\t{v}\t{n}")


if __name__ == "__main__":
    main()
