#!/usr/bin/env bash
# The Python package's tests, against the wheel installed with pip (not an in-tree import):
#   1. a venv in .venv-py/ (gitignored) with pinned maturin and pytest from PyPI;
#   2. `maturin build --release`: the wheel, built in the workspace's target folder (so the
#      release build of the hpoconf library is shared with `cargo run --release`);
#   3. `pip install` of that wheel into the venv;
#   4. `pytest python/tests` (run from outside the checkout's python/ folder), mypy's stubtest
#      (the .pyi stubs against the installed module), then the wheel's `hpoconf check fixtures`.
# Needs only the Rust toolchain and Python >= 3.9 with pip and venv.
#
#   scripts/python-tests.sh            # all of it
#   scripts/python-tests.sh --pip      # build with `pip install .` instead (as a user would)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
venv="$root/.venv-py"
python=${PYTHON:-python3}
maturin_version=1.16.0
pytest_version=9.2.0
mypy_version=2.4.1

if [ ! -x "$venv/bin/python" ]; then
  echo "== creating $venv"
  "$python" -m venv "$venv"
fi
if ! "$venv/bin/python" -m pip show maturin pytest mypy >/dev/null 2>&1 ||
  [ "$("$venv/bin/python" -m pip show maturin 2>/dev/null | sed -n 's/^Version: //p')" != "$maturin_version" ]; then
  echo "== pip install maturin==$maturin_version pytest==$pytest_version mypy==$mypy_version"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    "maturin==$maturin_version" "pytest==$pytest_version" "mypy==$mypy_version"
fi

if [ "${1:-}" = "--pip" ]; then
  echo "== pip install . (maturin as the build backend)"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall .
else
  echo "== maturin build --release"
  wheels="$venv/wheels"
  rm -rf "$wheels"
  "$venv/bin/maturin" build --release --quiet --out "$wheels" >/dev/null
  echo "== pip install $(basename "$wheels"/hpoconf-*.whl)"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall \
    --no-deps "$wheels"/hpoconf-*.whl
fi

echo "== pytest python/tests"
# From a folder outside the checkout: `import hpoconf` can only find the installed wheel.
cd "$venv"
HPOCONF_REPO="$root" "$venv/bin/python" -m pytest -q -p no:cacheprovider \
  --import-mode=importlib "$root/python/tests"

echo "== the type stubs match the installed module (mypy.stubtest hpoconf)"
"$venv/bin/python" -m mypy.stubtest hpoconf

echo "== the wheel's command: hpoconf check fixtures"
cd "$root"
"$venv/bin/hpoconf" check fixtures
