"""NNI 3.0's own validation of experiment configs and search spaces, in one process: the loop
that scripts/nni-bench.sh times against `hpoconf check` (issue 17).

    .venv-nni/bin/python scripts/nni_validate.py [--repeat N] FILE...

Configs (.yml/.yaml): `ExperimentConfig.load(path)` and `validate()`, as NNI's loader does;
search spaces (.json): `validate_search_space(json.load(f), raise_exception=True)`. Prints the
verdict counts and the fastest of N timings of the whole loop (the import is not in it), in ms.
"""

import json
import logging
import sys
import time

from nni.common.hpo_utils import validate_search_space
from nni.experiment.config import ExperimentConfig


def check(path):
    try:
        if path.lower().endswith(".json"):
            with open(path, encoding="utf-8") as f:
                validate_search_space(json.load(f), raise_exception=True)
        else:
            ExperimentConfig.load(path).validate()
        return True
    except Exception:  # noqa: BLE001 - every failure is a verdict here
        return False


def main():
    args = sys.argv[1:]
    repeat = 1
    if args[:1] == ["--repeat"]:
        repeat = int(args[1])
        args = args[2:]
    logging.disable(logging.CRITICAL)
    best = float("inf")
    passed = 0
    for _ in range(repeat):
        start = time.perf_counter()
        passed = sum(check(p) for p in args)
        best = min(best, time.perf_counter() - start)
    print(f"{passed} pass, {len(args) - passed} fail; loop {best * 1000:.2f} ms (best of {repeat})")


if __name__ == "__main__":
    main()
