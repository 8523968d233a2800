#!/usr/bin/env bash
# One file costs about a process start, a repository about its parse (issue 17). Compares, by
# instructions (callgrind: deterministic) and by interleaved wall-clock runs (hyperfine):
#   1. one `hpoconf check FILE` of each kind with a Rust hello-world process (examples/hello.rs);
#   2. `hpoconf check` of the NNI corpus's v2 configs and search spaces (INDEX.tsv), in one
#      process, with examples/parse_only.rs, which only reads and parses the same files with
#      serde-saphyr / serde_json.
# Targets: at most 1.5x in both.
#
#   scripts/bench-startup.sh                 # callgrind and hyperfine
#   NO_TIMES=1 scripts/bench-startup.sh      # instructions only
#   RUNS=200 scripts/bench-startup.sh        # more timed runs (default 100)
#   CORPUS=/path/to/nni scripts/bench-startup.sh
#   NO_BUILD=1 scripts/bench-startup.sh     # use the release binaries already built
#
# Installs valgrind and hyperfine with apt-get when missing (as root).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
RUNS=${RUNS:-100}
CORPUS=${CORPUS:-$root/../shared/corpus/nni}

need() {
    local tool=$1 package=$2
    if ! command -v "$tool" >/dev/null; then
        if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
            apt-get update -qq >/dev/null && apt-get install -y -qq "$package" >/dev/null
        else
            echo "$tool is missing: install $package" >&2
            return 1
        fi
    fi
}
need valgrind valgrind
if [[ -z "${NO_TIMES:-}" ]]; then
    need hyperfine hyperfine
fi

if [[ -z "${NO_BUILD:-}" ]]; then
    cargo build --release --quiet --bin hpoconf --example hello --example parse_only
fi
out="${CARGO_TARGET_DIR:-$root/target}/release"
hpoconf="$out/hpoconf"
hello="$out/examples/hello"
parse_only="$out/examples/parse_only"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hpoconf-startup.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# instructions of one command (its output thrown away), process start included
instructions() {
    valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$@" >/dev/null 2>"$tmp/cg.err" || true
    grep -o 'Collected : [0-9]*' "$tmp/cg.err" | grep -o '[0-9]*$'
}

ratio() { echo "scale=2; $1 / $2" | bc; }

files=(
    fixtures/nni-local/exp.yml
    fixtures/nni-local/search_space.json
    fixtures/dlc-pytorch/trial.ini
    fixtures/reference/hpo_config.json
    fixtures/reference/get_hpo_experiment.json
)

echo "== one file against a hello-world process (instructions, callgrind)"
base=$(instructions "$hello")
printf '%-56s %12s\n' "hello" "$base"
for f in "${files[@]}"; do
    n=$(instructions "$hpoconf" check "$f")
    printf '%-56s %12s  %sx hello\n' "hpoconf check $f" "$n" "$(ratio "$n" "$base")"
done

mapfile -t corpus < <(awk -F'\t' -v dir="$CORPUS" \
    'NR > 1 && ($2 == "exp-v2" || $2 == "search-space") {print dir "/" $1}' "$CORPUS/INDEX.tsv")
echo
echo "== the NNI corpus's v2 configs and search spaces (${#corpus[@]} files) in one process (instructions)"
p=$(instructions "$parse_only" "${corpus[@]}")
c=$(instructions "$hpoconf" check --format json "${corpus[@]}")
cj=$(instructions "$hpoconf" check --jobs 1 --format json "${corpus[@]}")
printf '%-56s %12s\n' "parse_only" "$p"
printf '%-56s %12s  %sx parse_only\n' "hpoconf check --format json" "$c" "$(ratio "$c" "$p")"
printf '%-56s %12s  %sx parse_only\n' "hpoconf check --jobs 1 --format json" "$cj" "$(ratio "$cj" "$p")"

if [[ -n "${NO_TIMES:-}" ]]; then
    exit 0
fi
echo
echo "== wall clock, interleaved (hyperfine -N, $RUNS runs each, the commands in turn)"
# hyperfine runs each command's runs in a block; to interleave, it runs every command once per
# round, RUNS rounds, and the script takes the minimum and the median of each (other processes
# on the machine only ever add time, so the minimum is the least disturbed estimate).
interleaved() {
    local -a cmds=("$@")
    local r i
    : >"$tmp/times"
    for ((r = 0; r < RUNS; r++)); do
        for i in "${!cmds[@]}"; do
            hyperfine -N -i --runs 1 --warmup 0 --style none --export-json "$tmp/h.json" \
                "${cmds[$i]}" >/dev/null 2>&1
            printf '%s %s\n' "$i" "$(grep -o '"mean": [0-9.e-]*' "$tmp/h.json" | head -1 | grep -o '[0-9.e-]*$')" >>"$tmp/times"
        done
    done
    local first=""
    for i in "${!cmds[@]}"; do
        local stats
        stats=$(awk -v i="$i" '$1 == i {print $2}' "$tmp/times" | sort -g |
            awk '{a[NR] = $1} END {printf "%.4f %.4f", a[1] * 1000, a[int((NR + 1) / 2)] * 1000}')
        local mn=${stats% *} md=${stats#* }
        [[ -n $first ]] || first=$mn
        printf '%-56s min %8.3f ms  median %8.3f ms  min %5.2fx the first\n' \
            "$(label "${cmds[$i]}")" "$mn" "$md" "$(echo "$mn / $first" | bc -l)"
    done
}
# a command as shown: binaries without their folder, the corpus's files counted
label() {
    local c=${1//$out\//}
    if [[ $c == *"$CORPUS/"* ]]; then
        c="${c%%"$CORPUS/"*}<${#corpus[@]} corpus files>"
    fi
    echo "$c"
}
one=("$hello")
for f in "${files[@]}"; do one+=("$hpoconf check $f"); done
interleaved "${one[@]}"
list="${corpus[*]}"
interleaved "$parse_only $list" "$hpoconf check --format json $list" "$hpoconf check --jobs 1 --format json $list"
