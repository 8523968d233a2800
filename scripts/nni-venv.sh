#!/usr/bin/env bash
# Creates .venv-nni/ (gitignored) with NNI 3.0 from PyPI, for scripts/nni_to_v2.py and
# scripts/nni-compare.sh. Idempotent: an existing venv that imports nni 3.0 is kept.
#
#   scripts/nni-venv.sh            # then: .venv-nni/bin/python scripts/nni_to_v2.py
#
# NNI 3.0 needs Python >= 3.7; it installs on 3.11 with its dependencies as pip resolves them.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-nni
PY=${PYTHON:-python3}
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import nni, sys; sys.exit(nni.__version__ != "3.0")' 2>/dev/null; then
  echo "$VENV: nni 3.0 already installed"
  exit 0
fi
"$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet 'nni==3.0'
"$VENV/bin/python" -c 'import nni; print("nni", nni.__version__)'
