#!/usr/bin/env bash
# Runs every cargo-fuzz target of fuzz/ for SECONDS (default 60) each, seeded with the project's
# fixtures and the NNI corpus, and writes what it found (executions, coverage, findings) to
# fuzz/logs/summary.md and into docs/robustness.md (between the `fuzz-runs` markers). Not run by
# CI; for developers. See docs/robustness.md.
#
#   scripts/fuzz.sh                 # every target, 60 s each
#   scripts/fuzz.sh 600 parse_yaml  # one target, 10 minutes
#   JOBS=2 scripts/fuzz.sh 600      # two targets at a time
#   NO_DOCS=1 scripts/fuzz.sh 30    # do not touch docs/robustness.md
#
# What it needs, it installs: cargo-fuzz (`cargo install --locked cargo-fuzz`) into the
# project's `.tools/` (ignored by git). libFuzzer needs `-Z` flags (sanitizer, coverage): with a
# nightly toolchain (`rustup toolchain list`) the script uses `cargo +nightly fuzz` (address
# sanitizer on); without one, the stable toolchain with RUSTC_BOOTSTRAP=1 (the same flags; this
# is how stable rustc builds its own standard library). FUZZ_TOOLCHAIN=stable forces the latter.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
SECS=${1:-60}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(parse_yaml parse_json parse_ini decode_detect
           check_exp_yml check_search_space check_trial_ini check_hpo_config check_get_hpo_experiment)
fi
JOBS=${JOBS:-1}
CORPUS_NNI=${CORPUS_NNI:-/work/shared/corpus/nni}
OUT=${FUZZ_LOG_DIR:-$ROOT/fuzz/logs}
mkdir -p "$OUT"

# cargo-fuzz, project-local
TOOLS=$ROOT/.tools
export PATH="$TOOLS/bin:$PATH"
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz into $TOOLS"
  cargo install --locked cargo-fuzz --root "$TOOLS"
fi

# the toolchain
if [ "${FUZZ_TOOLCHAIN:-}" != stable ] && rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  FUZZ=(cargo +nightly fuzz)
  TOOLCHAIN="nightly ($(rustc +nightly --version))"
else
  export RUSTC_BOOTSTRAP=1
  FUZZ=(cargo fuzz)
  TOOLCHAIN="stable with RUSTC_BOOTSTRAP=1 ($(rustc --version))"
fi
echo "toolchain: $TOOLCHAIN"

# Seeds: which files feed which target.
seed() {
  local target=$1 dir=$ROOT/fuzz/corpus/$1
  mkdir -p "$dir"
  local pattern
  case $target in
    parse_yaml|check_exp_yml) pattern='.*\.(yml|yaml)$' ;;
    parse_ini|check_trial_ini) pattern='.*\.ini$' ;;
    parse_json|check_search_space|check_hpo_config|check_get_hpo_experiment) pattern='.*\.json$' ;;
    *) pattern='.*' ;;
  esac
  for src in "$ROOT/fixtures" "$ROOT/tests/fixtures" "$CORPUS_NNI"; do
    [ -d "$src" ] || continue
    find "$src" -type f -size -256k -regextype posix-extended -regex "$pattern" -print0 |
      while IFS= read -r -d '' f; do
        cp "$f" "$dir/seed-$(sha1sum "$f" | cut -c1-16)"
      done
  done
}

# Build once up front: later `cargo fuzz run`s then find nothing to rebuild (do not edit src/
# while this runs, or each run rebuilds the crate and waits for the others' build lock).
"${FUZZ[@]}" build --release

run() {
  local t=$1 rc=0
  seed "$t"
  mkdir -p "fuzz/artifacts/$t"
  nice -n 19 "${FUZZ[@]}" run --release "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$SECS" -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
    >"$OUT/$t.log" 2>&1 || rc=$?
  echo "$rc" >"$OUT/$t.rc"
  if [ "$rc" -eq 0 ]; then
    echo "$t: ok"
  else
    echo "$t: FAILED (exit $rc): see $OUT/$t.log and fuzz/artifacts/$t/"
  fi
  return "$rc"
}

# One row of the summary: executions, exec/s, coverage at start and end, features, corpus, peak
# RSS, findings (the artifacts libFuzzer wrote).
row() {
  local t=$1 log=$OUT/$1.log
  local execs rate cov0 cov ft corp rss findings rc
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  cov0=$(grep -E '^#[0-9]+[[:space:]]+INITED' "$log" | sed -n 's/.*cov: \([0-9]*\).*/\1/p' | head -1)
  local last
  last=$(grep -E '^#[0-9]+[[:space:]]+(DONE|NEW|REDUCE|pulse|INITED)' "$log" | tail -1 || true)
  cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.*corp: \([0-9]*\).*/\1/p' <<<"$last")
  findings=$(find "fuzz/artifacts/$t" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) 2>/dev/null | wc -l)
  rc=$(cat "$OUT/$t.rc" 2>/dev/null || echo '?')
  echo "| \`$t\` | ${SECS} s | ${execs:-?} | ${rate:-?} | ${cov0:-?} | ${cov:-?} | ${ft:-?} | ${corp:-?} | ${rss:-?} MB | ${findings} (exit ${rc}) |"
}

status=0
pids=()
for t in "${TARGETS[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do
    wait -n || status=1
  done
  run "$t" &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || status=1; done

SUMMARY=$OUT/summary.md
{
  echo "Run of $(date -u +%Y-%m-%d) on commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'): \`scripts/fuzz.sh $SECS\` (JOBS=$JOBS), $TOOLCHAIN."
  echo
  echo "| target | time | executions | exec/s | cov at start | cov at end | ft | corpus | peak RSS | findings |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  for t in "${TARGETS[@]}"; do row "$t"; done
} >"$SUMMARY"
cat "$SUMMARY"

# docs/robustness.md: the block between the markers is replaced by the summary
DOC=$ROOT/docs/robustness.md
if [ "${NO_DOCS:-0}" != 1 ] && grep -q '<!-- fuzz-runs:begin -->' "$DOC"; then
  awk -v summary="$SUMMARY" '
    /<!-- fuzz-runs:begin -->/ { print; while ((getline line < summary) > 0) print line; skip = 1; next }
    /<!-- fuzz-runs:end -->/ { skip = 0 }
    !skip { print }
  ' "$DOC" >"$DOC.tmp" && mv "$DOC.tmp" "$DOC"
  echo "updated $DOC"
fi
exit $status
