#!/usr/bin/env python3
"""A tree of N experiment folders x 4 files for the memory measurement of docs/performance.md
("Memory of a run over many files"): each folder has fixtures/dlc-pytorch's exp.yml with an
unknown key (`maxTrialNumbr`), its search_space.json and trial.ini, and a search_space_b.json
with two errors. Usage: scripts/gen-many-files.py N DIR (N=50000: 200,000 files, 74 MB)."""
import os
import sys

n, root = int(sys.argv[1]), sys.argv[2]
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "dlc-pytorch")
exp = open(os.path.join(src, "exp.yml")).read().replace("maxTrialNumber", "maxTrialNumbr")
space = open(os.path.join(src, "search_space.json")).read()
ini = open(os.path.join(src, "trial.ini")).read()
bad = '{"${lr}": {"_type": "uniform", "_value": [1, 0]},\n "${lr}": {"_type": "choise", "_value": [0, 2]}}\n'
for i in range(n):
    d = os.path.join(root, f"g{i // 1000:03d}", f"e{i:05d}")
    os.makedirs(d, exist_ok=True)
    for name, text in (("exp.yml", exp), ("search_space.json", space), ("trial.ini", ini), ("search_space_b.json", bad)):
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
