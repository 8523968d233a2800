#!/usr/bin/env bash
# Times `hpoconf check` (release build) over 10,000 generated experiment folders (exp.yml +
# search_space.json + trial.ini each: 30,000 files), on one core and on all cores, and prints
# files per second and the speed-up from the other cores.
#
#   scripts/bench-cli.sh              # 10,000 folders, 3 runs each, median
#   N=2000 RUNS=5 scripts/bench-cli.sh
#   KEEP=1 scripts/bench-cli.sh       # keep the generated folders (path printed)
#
# One core: `--jobs 1` when `hpoconf check --help` has it, else `taskset -c 0`. Both are shown
# when both exist (they should agree). Uses hyperfine when installed (mean ± σ), else `date`.
set -euo pipefail

N=${N:-10000}
RUNS=${RUNS:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-$root/target}/release/hpoconf"

dir=$(mktemp -d "${TMPDIR:-/tmp}/hpoconf-bench-cli.XXXXXX")
if [[ -z "${KEEP:-}" ]]; then
    trap 'rm -rf "$dir"' EXIT
fi

echo "generating $N experiment folders in $dir"
for ((i = 0; i < N; i++)); do
    d="$dir/exp$((i / 100))/e$i"
    mkdir -p "$d"
    printf '%s\n' \
        "experimentName: exp_$i" \
        "searchSpaceFile: search_space.json" \
        "trialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini" \
        "trialCodeDirectory: ." \
        "trialConcurrency: $((i % 4 + 1))" \
        "maxTrialNumber: $((i % 50 + 10))" \
        "maxExperimentDuration: 2h" \
        "tuner:" \
        "  name: TPE" \
        "  classArgs:" \
        "    optimize_mode: maximize" \
        "trainingService:" \
        "  platform: local" >"$d/exp.yml"
    printf '%s\n' \
        '{' \
        "  \"\${lr}\": {\"_type\": \"loguniform\", \"_value\": [0.0001, 0.$((i % 9 + 1))]}," \
        "  \"\${batch_size}\": {\"_type\": \"choice\", \"_value\": [16, 32, 64, $((i % 7 + 128))]}," \
        "  \"\${dropout}\": {\"_type\": \"uniform\", \"_value\": [0.0, 0.5]}," \
        "  \"\${layers}\": {\"_type\": \"randint\", \"_value\": [1, $((i % 5 + 3))]}" \
        '}' >"$d/search_space.json"
    printf '%s\n' \
        '[platform_config]' \
        'name=DLC' \
        "cmd1=python train.py --lr=\${lr} --batch_size=\${batch_size} --dropout=\${dropout} --layers=\${layers} --seed=$i" \
        '' \
        '[metric_config]' \
        'metric_type=stdout' \
        'metric_source=cmd1' \
        'final_mode=best' \
        "metric_dict={'loss=([0-9\\.]+)': 1}" >"$d/trial.ini"
done
files=$((N * 3))
bytes=$(du -sb "$dir" | cut -f1)
echo "$files files, $((bytes / 1024)) KiB on disk (with folders); nproc=$(nproc)"

one_core=()
if "$bin" check --help | grep -q -- '--jobs'; then
    one_core+=("$bin check --jobs 1 --format json --fail-on never $dir")
fi
one_core+=("taskset -c 0 $bin check --format json --fail-on never $dir")
all_cores="$bin check --format json --fail-on never $dir"

# median seconds of RUNS runs of a command
time_it() {
    local cmd=$1 times=() s e
    for ((r = 0; r < RUNS; r++)); do
        s=$(date +%s.%N)
        $cmd >/dev/null
        e=$(date +%s.%N)
        times+=("$(echo "$e - $s" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# warm the page cache
$all_cores >/dev/null

if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs "$RUNS" --style basic "${one_core[@]}" "$all_cores"
fi

t_all=$(time_it "$all_cores")
printf '%-70s %8.3f s  %9.0f files/s\n' "all cores" "$t_all" "$(echo "$files / $t_all" | bc -l)"
for cmd in "${one_core[@]}"; do
    t1=$(time_it "$cmd")
    label=${cmd%% "$dir"}
    label=${label/#"$bin"/hpoconf}
    label=${label/ "$bin"/ hpoconf}
    printf '%-70s %8.3f s  %9.0f files/s  speed-up of all cores: %.2fx\n' \
        "$label" "$t1" "$(echo "$files / $t1" | bc -l)" "$(echo "$t1 / $t_all" | bc -l)"
done
