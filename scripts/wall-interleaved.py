#!/usr/bin/env python3
"""Wall-clock times of commands run in turn, ROUNDS rounds (issue 17).

Each round starts every command once (posix_spawn, output to /dev/null, no shell), so a load on
the machine falls on all of them alike; the minimum of each is the least disturbed estimate
(other processes only ever add time). Prints the minimum, the median and the ratio of each
minimum to the first command's.

    python3 scripts/wall-interleaved.py 300 target/release/examples/hello \
        "target/release/hpoconf check fixtures/nni-local/exp.yml"
"""
import os
import shlex
import statistics
import sys
import time


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    rounds = int(sys.argv[1])
    cmds = [shlex.split(c) for c in sys.argv[2:]]
    times = [[] for _ in cmds]
    devnull = os.open(os.devnull, os.O_WRONLY)
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
    for _ in range(rounds):
        for i, c in enumerate(cmds):
            start = time.perf_counter_ns()
            pid = os.posix_spawn(c[0], c, os.environ, file_actions=actions)
            os.waitpid(pid, 0)
            times[i].append(time.perf_counter_ns() - start)
    first = min(times[0])
    for c, ts in zip(cmds, times):
        shown = " ".join([os.path.basename(c[0])] + c[1:])
        if len(shown) > 60:
            shown = shown[:57] + "..."
        print(f"{shown:60} min {min(ts) / 1e6:7.3f} ms  median {statistics.median(ts) / 1e6:7.3f} ms"
              f"  {min(ts) / first:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
