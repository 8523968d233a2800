#!/usr/bin/env bash
# Runs every cargo-fuzz target of fuzz/ for SECONDS (default 60) each, seeded with the project's
# fixtures and the NNI corpus. Not run by CI; for developers. See docs/robustness.md.
#
#   scripts/fuzz.sh                 # every target, 60 s each
#   scripts/fuzz.sh 600 parse_yaml  # one target, 10 minutes
#   JOBS=2 scripts/fuzz.sh 600      # two targets at a time
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and either a nightly toolchain or a stable one
# with RUSTC_BOOTSTRAP=1 (libFuzzer needs -Z sanitizer flags). The script uses the stable
# toolchain with RUSTC_BOOTSTRAP=1; FUZZ_NIGHTLY=1 uses `cargo +nightly fuzz` instead.
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

if [ "${FUZZ_NIGHTLY:-0}" = 1 ]; then
  FUZZ=(cargo +nightly fuzz)
else
  export RUSTC_BOOTSTRAP=1
  FUZZ=(cargo fuzz)
fi

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

"${FUZZ[@]}" build --release

# Build once up front: later `cargo fuzz run`s then find nothing to rebuild (do not edit src/
# while this runs, or each run rebuilds the crate and waits for the others' build lock).
run() {
  local t=$1 rc=0
  seed "$t"
  mkdir -p "fuzz/artifacts/$t"
  nice -n 19 "${FUZZ[@]}" run --release "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$SECS" -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
    >"$OUT/$t.log" 2>&1 || rc=$?
  local done_line
  done_line=$(grep -E '^#[0-9]+.*DONE' "$OUT/$t.log" | tail -1 || true)
  if [ $rc -eq 0 ]; then
    echo "$t: ok ${done_line}"
  else
    echo "$t: FAILED (exit $rc): see $OUT/$t.log and fuzz/artifacts/$t/"
  fi
  return $rc
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
exit $status
