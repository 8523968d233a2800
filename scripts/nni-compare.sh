#!/usr/bin/env bash
# Live comparison with real NNI 3.0 (run by .ci/run; needs PyPI): for every v1 file of the NNI
# corpus, `hpoconf migrate` against NNI's own to_v2 (as data), then NNI's
# `ExperimentConfig(**yaml).validate()` of each migrated file against the corpus verdict, and
# the verdicts of tests/data/v1-cases against `hpoconf check`.
#   scripts/nni-compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/nni-venv.sh
cargo build --quiet
BIN="${CARGO_TARGET_DIR:-target}/debug/hpoconf"
.venv-nni/bin/python scripts/nni_to_v2.py --live "$BIN"
