#!/usr/bin/env bash
# Measures the size bounds docs/robustness.md states, on the release binary: output size and
# peak memory (GNU time's "Maximum resident set size") of a finding on a huge line, the nesting
# cap, and the two-size timings of examples/bounds.rs. Not run by CI (timings); for developers.
#
#   scripts/measure-bounds.sh          # everything (a few minutes)
#   scripts/measure-bounds.sh quick    # smaller sizes
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
QUICK=${1:-}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
cargo build --release --quiet
cargo build --release --quiet --example bounds
BIN=$TARGET/release/hpoconf
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

MB=50
YMB=20
if [ "$QUICK" = quick ]; then MB=5; YMB=2; fi

# measure NAME FORMAT FILE...: output bytes and peak RSS of `hpoconf check --format FORMAT`
measure() {
  local name=$1 format=$2
  shift 2
  local out=$TMP/out rss
  /usr/bin/time -f '%M' -o "$TMP/rss" "$BIN" check --format "$format" "$@" >"$out" 2>&1 || true
  rss=$(tail -1 "$TMP/rss")
  printf '%-34s %-7s output %9d bytes, peak RSS %6d MB\n' "$name" "$format" "$(wc -c <"$out")" "$((rss / 1024))"
}

cd "$TMP"
# a trial.ini whose cmd1 and model_path are MB megabytes each, with a finding on the
# whole model_path value (no ${trial_id}: HPO412)
perl -e 'my $n=shift; print "[platform_config]\nname = Local\ncmd1 = python t.py ", "x" x ($n*1000000), "\n[metric_config]\nmetric_type = summary\nmetric_source = /tmp/x\nmetric_dict = {\x27auc\x27: 1}\n[output_config]\nmodel_path = oss://b/", "y" x ($n*1000000), "\n"' "$MB" >trial.ini
perl -e 'my $n=shift; print "experimentName: ", "z" x ($n*1000000), "\ntrialConcurrency: x\n"' "$YMB" >exp.yml
for f in human json sarif github; do
  measure "trial.ini, cmd1 + model_path of ${MB} MB" "$f" --max-file-size 200000000 trial.ini
done
for f in human json sarif github; do
  measure "exp.yml, a ${YMB} MB line" "$f" --max-file-size 200000000 exp.yml
done

# the nesting cap: 129 and 300 levels of JSON arrays in a search space
perl -e 'print "{\"a\": {\"_type\": \"choice\", \"_value\": [", "[" x 300, "]" x 300, "]}}\n"' >search_space.json
echo "nesting (JSON, 300 levels):"
"$BIN" check --format json search_space.json | grep -E '"(code|message)"' | sed -n 3,4p || true

cd "$ROOT"
echo "two sizes (examples/bounds.rs):"
"$TARGET/release/examples/bounds" $QUICK
