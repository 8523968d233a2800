#!/usr/bin/env bash
# hpoconf against NNI 3.0 on the NNI corpus's v2 configs and search spaces (INDEX.tsv), issue 17:
#   - NNI's in-process validation loop (scripts/nni_validate.py: ExperimentConfig.load +
#     validate(), validate_search_space), its import left out: the fastest of REPEAT loops;
#   - NNI as a process, its import included (python scripts/nni_validate.py FILES);
#   - one `hpoconf check --format json FILES` process (release build).
# Runs them in turn, ROUNDS rounds, and takes the fastest of each (other processes on a
# shared machine only ever add time). Targets: hpoconf at least 40x faster than the loop and
# 200x faster than NNI with its import.
#
#   scripts/nni-bench.sh                 # makes .venv-nni with scripts/nni-venv.sh if needed
#   ROUNDS=10 REPEAT=5 scripts/nni-bench.sh
#   NO_BUILD=1 scripts/nni-bench.sh      # use the release binary already built
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
ROUNDS=${ROUNDS:-5}
REPEAT=${REPEAT:-3}
HPOCONF_RUNS=${HPOCONF_RUNS:-20}
CORPUS=${CORPUS:-$root/../shared/corpus/nni}

[[ -x .venv-nni/bin/python ]] || scripts/nni-venv.sh
if [[ -z "${NO_BUILD:-}" ]]; then
    cargo build --release --quiet --bin hpoconf
fi
hpoconf="${CARGO_TARGET_DIR:-$root/target}/release/hpoconf"
py="$root/.venv-nni/bin/python"
validate="$root/scripts/nni_validate.py"

cd "$CORPUS"
mapfile -t files < <(awk -F'\t' 'NR > 1 && ($2 == "exp-v2" || $2 == "search-space") {print $1}' INDEX.tsv)
echo "${#files[@]} files (v2 configs and search spaces of $CORPUS)"

now() { date +%s%N; }
best_loop=inf best_proc=inf best_hpo=inf
min() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "inf" || b + 0 < a + 0) print b; else print a}'; }
for ((r = 0; r < ROUNDS; r++)); do
    # NNI in-process: the fastest of REPEAT loops, in ms
    loop=$("$py" "$validate" --repeat "$REPEAT" "${files[@]}" | sed -n 's/.*loop \([0-9.]*\) ms.*/\1/p')
    best_loop=$(min "$best_loop" "$loop")
    # NNI as a process, import included, one loop
    s=$(now)
    "$py" "$validate" "${files[@]}" >/dev/null
    e=$(now)
    best_proc=$(min "$best_proc" "$(echo "scale=3; ($e - $s) / 1000000" | bc)")
    # hpoconf: the fastest of HPOCONF_RUNS processes (hyperfine -N when installed: no shell)
    if command -v hyperfine >/dev/null; then
        hyperfine -N -i --runs "$HPOCONF_RUNS" --style none --export-json /tmp/nni-bench.$$.json \
            "$hpoconf check --format json ${files[*]}" >/dev/null 2>&1
        t=$(grep -o '"min": [0-9.e-]*' /tmp/nni-bench.$$.json | head -1 | grep -o '[0-9.e-]*$')
        rm -f /tmp/nni-bench.$$.json
        best_hpo=$(min "$best_hpo" "$(awk -v t="$t" 'BEGIN {printf "%.3f", t * 1000}')")
    else
        for ((i = 0; i < HPOCONF_RUNS; i++)); do
            s=$(now)
            "$hpoconf" check --format json "${files[@]}" >/dev/null || true
            e=$(now)
            best_hpo=$(min "$best_hpo" "$(echo "scale=3; ($e - $s) / 1000000" | bc)")
        done
    fi
done
"$py" "$validate" "${files[@]}"
printf '%-44s %10.2f ms\n' "hpoconf check (one process)" "$best_hpo"
printf '%-44s %10.2f ms  hpoconf %6.1fx faster (target 40x)\n' "NNI 3.0 in-process loop (no import)" \
    "$best_loop" "$(echo "$best_loop / $best_hpo" | bc -l)"
printf '%-44s %10.2f ms  hpoconf %6.1fx faster (target 200x)\n' "NNI 3.0 process (import included)" \
    "$best_proc" "$(echo "$best_proc / $best_hpo" | bc -l)"
