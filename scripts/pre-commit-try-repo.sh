#!/usr/bin/env bash
# pre-commit, for real, against this checkout (docs/ci.md "pre-commit").
#
# Installs pre-commit (pinned, pip, into .tools/pre-commit-venv: reused between runs) and then, in a
# scratch git repository holding one valid experiment and one broken search space:
#   1. `pre-commit try-repo CHECKOUT` (every hook of .pre-commit-hooks.yaml) on the valid files:
#      each passes;
#   2. `pre-commit try-repo CHECKOUT hpoconf` on a broken experiment (its exp.yml names
#      `./search_space.json`, which has a duplicate key) and the valid one: it fails, naming
#      HPO003 once, at `broken/search_space.json` (no `./` in the path);
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
# a broken experiment: its exp.yml names `./search_space.json`, which has a duplicate key
sed 's#^searchSpaceFile: .*#searchSpaceFile: ./search_space.json#' fixtures/dlc-pytorch/exp.yml >"$REPO/broken/exp.yml"
cp fixtures/dlc-pytorch/trial.ini "$REPO/broken/"
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
# one try-repo for all hooks: the hooks' environment (one cargo install) is built once
step "try-repo (every hook: $(echo $HOOKS)) on the valid experiment"
if ! "$PRE_COMMIT" try-repo "$ROOT" --files exp/* >"$WORK/out" 2>&1; then
  cat "$WORK/out"
  fail "a hook fails on valid files"
fi
for hook in $HOOKS; do
  name=$(awk -v id="$hook" '$0 == "- id: " id {on=1; next} on && /^  name: /{sub(/^  name: /, ""); print; exit}' "$ROOT/.pre-commit-hooks.yaml")
  grep -F "$name" "$WORK/out" | grep -q Passed || {
    cat "$WORK/out"
    fail "$hook ($name) did not pass on exp/"
  }
done

step "try-repo hpoconf on the broken experiment"
if "$PRE_COMMIT" try-repo "$ROOT" hpoconf --files broken/* exp/* >"$WORK/out" 2>&1; then
  cat "$WORK/out"
  fail "the broken experiment passed"
fi
n=$(grep -c 'error\[HPO003\]' "$WORK/out" || true)
[ "$n" = 1 ] || {
  cat "$WORK/out"
  fail "expected HPO003 once, got $n"
}
grep -q -- '--> broken/search_space.json:2:2' "$WORK/out" || {
  cat "$WORK/out"
  fail "HPO003 not reported at broken/search_space.json:2:2"
}

step "docs/ci.md's .pre-commit-config.yaml (repo: this checkout, rev: its HEAD)"
REV=$(git -C "$ROOT" rev-parse HEAD)
awk '/^# \.pre-commit-config\.yaml/{on=1} on&&/^```/{exit} on' "$ROOT/docs/ci.md" |
  sed -e "s|repo: https://github.com/[^ ]*|repo: $ROOT|" -e "s|rev: .*|rev: $REV|" >.pre-commit-config.yaml
grep -q "rev: $REV" .pre-commit-config.yaml || fail "no rev: line in docs/ci.md's example"
git add .pre-commit-config.yaml
if "$PRE_COMMIT" run --all-files >"$WORK/out" 2>&1; then
  cat "$WORK/out"
  fail "docs/ci.md's hooks passed the broken experiment"
fi
n=$(grep -c 'error\[HPO003\]' "$WORK/out" || true)
[ "$n" = 1 ] || {
  cat "$WORK/out"
  fail "docs/ci.md's hooks: expected HPO003 once, got $n"
}
git rm -q -r broken
if ! "$PRE_COMMIT" run --all-files >"$WORK/out" 2>&1; then
  cat "$WORK/out"
  fail "docs/ci.md's hooks fail on the valid experiment"
fi
step "pre-commit: ok"
