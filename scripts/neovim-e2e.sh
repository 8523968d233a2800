#!/usr/bin/env bash
# End-to-end test of `hpoconf server` in a real editor: Neovim (0.7 or later, from the system's
# packages; installed with apt-get when missing and running as root) runs headless
# scripts/neovim/e2e.lua, which opens an experiment in a temporary folder, waits for the
# diagnostics, applies a quick fix, writes the file and checks it, then sees trial.ini's
# cross-file diagnostic follow an unsaved edit of search_space.json. Exits non-zero on failure.
#
# HPOCONF_BIN: the binary to test (default: target/release/hpoconf, built here).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

if ! command -v nvim >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "-- apt-get install neovim"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends neovim >/dev/null
  else
    echo "neovim-e2e: FAIL: nvim is not installed (apt-get install neovim)" >&2
    exit 1
  fi
fi
echo "-- $(nvim --version | head -1)"

if [ -z "${HPOCONF_BIN:-}" ]; then
  cargo build --release --quiet
  HPOCONF_BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/hpoconf"
fi
[ -x "$HPOCONF_BIN" ] || { echo "neovim-e2e: FAIL: no binary at $HPOCONF_BIN" >&2; exit 1; }

E2E_DIR=$(mktemp -d)
trap 'rm -rf "$E2E_DIR"' EXIT
cat >"$E2E_DIR/exp.yml" <<'YML'
searchSpaceFile: search_space.json
trialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini
trialConcurrency: 1
tuner:
  name: TPEE
trainingService:
  platform: local
YML
printf '%s\n' '{"${lr}": {"_type": "loguniform", "_value": [0.0001, 0.1]}}' >"$E2E_DIR/search_space.json"
cat >"$E2E_DIR/trial.ini" <<'INI'
[platform_config]
name = Local
cmd1 = python train.py --lr=${lr} --bs=${bs}
[metric_config]
metric_type = stdout
metric_source = cmd1
INI

export HPOCONF_BIN E2E_DIR
# a hang guard: the Lua script's own waits are two minutes each
timeout 600 nvim --headless --clean -n -c "luafile $ROOT/scripts/neovim/e2e.lua" </dev/null
echo "neovim-e2e: passed"
