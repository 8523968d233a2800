#!/usr/bin/env bash
# pre-commit, for real, against this checkout (docs/ci.md "pre-commit").
#
# Installs pre-commit (pinned, pip, into .tools/pre-commit-venv: reused between runs) and then, in a
# scratch git repository holding one valid experiment and one broken search space:
#   1. `pre-commit try-repo CHECKOUT HOOK` for every hook of .pre-commit-hooks.yaml on the valid
#      files: each passes;
#   2. `pre-commit try-repo CHECKOUT hpoconf-search-space` on the broken file: it fails, naming
#      HPO003 once (each file is reported once);
#   3. the `.pre-commit-config.yaml` of docs/ci.md, as written there except `repo:` (this checkout's
#      path instead of the URL: CI has no network) and `rev:` (this checkout's HEAD, as
#      `pre-commit autoupdate --freeze` writes it): `pre-commit run --all-files` fails on the
#      broken file and passes once it is fixed.
# try-repo includes uncommitted changes of the checkout; step 3 uses HEAD.
#
# pre-commit builds the hooks with `cargo install` (language: rust), in release mode, in a clone
# of the checkout. To keep this fast the build here uses opt-level 0 and a target folder of its own
# (target/pre-commit, kept between runs): HPOCONF_PRECOMMIT_OPT=release gives a real release build.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=$ROOT/.tools/pre-commit-venv
PIN=pre-commit==4.7.0
START=$SECONDS
fail() {
  echo "pre-commit-try-repo: FAIL: $*" >&2
  exit 1
}
step() { echo "-- $* ($((SECONDS - START)) s)"; }

step "pre-commit ($PIN) in $VENV"
if ! "$VENV/bin/pre-commit" --version 2>/dev/null | grep -q "${PIN#pre-commit==}"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "$PIN"
fi
PRE_COMMIT=$VENV/bin/pre-commit

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export PRE_COMMIT_HOME=$WORK/cache
export CARGO_TARGET_DIR=${HPOCONF_PRECOMMIT_TARGET:-$ROOT/target/pre-commit}
if [ "${HPOCONF_PRECOMMIT_OPT:-fast}" != release ]; then
  export CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256 CARGO_PROFILE_RELEASE_DEBUG=false
fi
unset GITHUB_ACTIONS

REPO=$WORK/repo
mkdir -p "$REPO/exp" "$REPO/broken"
cp fixtures/dlc-pytorch/exp.yml fixtures/dlc-pytorch/search_space.json fixtures/dlc-pytorch/trial.ini "$REPO/exp/"
cp fixtures/reference/hpo_config.json "$REPO/exp/hpo_config.json"
printf '{"${lr}": {"_type": "uniform", "_value": [0, 1]},\n "${lr}": {"_type": "uniform", "_value": [0, 2]}}\n' \
  >"$REPO/broken/search_space.json"
cd "$REPO"
git init -q .
git config user.email ci@example.invalid
git config user.name ci
git add -A
git commit -q -m fixtures

HOOKS=$(sed -n 's/^- id: //p' "$ROOT/.pre-commit-hooks.yaml")
[ -n "$HOOKS" ] || fail "no hook in .pre-commit-hooks.yaml"
for hook in $HOOKS; do
  step "try-repo $hook on the valid experiment"
  if ! "$PRE_COMMIT" try-repo "$ROOT" "$hook" --files exp/* >"$WORK/out" 2>&1; then
    cat "$WORK/out"
    fail "$hook fails on valid files"
  fi
  grep -q "Passed" "$WORK/out" || {
    cat "$WORK/out"
    fail "$hook did not run on exp/"
  }
done

step "try-repo hpoconf-search-space on the broken search space"
if "$PRE_COMMIT" try-repo "$ROOT" hpoconf-search-space --files broken/search_space.json exp/search_space.json >"$WORK/out" 2>&1; then
  cat "$WORK/out"
  fail "the broken search space passed"
fi
n=$(grep -c 'error\[HPO003\]' "$WORK/out" || true)
[ "$n" = 1 ] || {
  cat "$WORK/out"
  fail "expected HPO003 once, got $n"
}

step "docs/ci.md's .pre-commit-config.yaml (repo: this checkout, rev: its HEAD)"
REV=$(git -C "$ROOT" rev-parse HEAD)
awk '/^# \.pre-commit-config\.yaml/{on=1} on&&/^```/{exit} on' "$ROOT/docs/ci.md" |
  sed -e "s|repo: https://github.com/[^ ]*|repo: $ROOT|" -e "s|rev: .*|rev: $REV|" >.pre-commit-config.yaml
grep -q "rev: $REV" .pre-commit-config.yaml || fail "no rev: line in docs/ci.md's example"
git add .pre-commit-config.yaml
if "$PRE_COMMIT" run --all-files >"$WORK/out" 2>&1; then
  cat "$WORK/out"
  fail "docs/ci.md's hooks passed the broken search space"
fi
grep -q 'error\[HPO003\]' "$WORK/out" || {
  cat "$WORK/out"
  fail "docs/ci.md's hooks did not report HPO003"
}
git rm -q broken/search_space.json
if ! "$PRE_COMMIT" run --all-files >"$WORK/out" 2>&1; then
  cat "$WORK/out"
  fail "docs/ci.md's hooks fail on the valid experiment"
fi
step "pre-commit: ok"
