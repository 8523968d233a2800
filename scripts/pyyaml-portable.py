#!/usr/bin/env python3
"""Compares hpoconf's portable spelling of YAML numbers (src/source/yaml/portable.rs) with PyYAML.

For many plain scalars: when exactly one reader (YAML 1.2 core schema, PyYAML's YAML 1.1) reads
the scalar as a number, hpoconf's spelling must be read by both as that number (same value, same
type); otherwise hpoconf must give none. Needs PyYAML:

    python3 -m pip install --target /tmp/pyyaml pyyaml
    PYTHONPATH=/tmp/pyyaml scripts/pyyaml-portable.py [COUNT]

Not part of the test suite; the unit test `source::yaml::portable` holds a table of the results.
"""
import math, os, random, re, subprocess, sys, tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

INT12 = re.compile(r"[-+]?[0-9]+\Z")
OCT12 = re.compile(r"0o[0-7]+\Z")
HEX12 = re.compile(r"0x[0-9a-fA-F]+\Z")
FLOAT12 = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
INF12 = re.compile(r"[-+]?\.(?:inf|Inf|INF)\Z")
NAN12 = re.compile(r"\.(?:nan|NaN|NAN)\Z")


def read12(t):
    """The YAML 1.2 core schema's number, or None."""
    if INT12.match(t):
        return int(t, 10)
    if OCT12.match(t):
        return int(t[2:], 8)
    if HEX12.match(t):
        return int(t[2:], 16)
    if FLOAT12.match(t):
        return float(t)
    if INF12.match(t):
        return -math.inf if t.startswith("-") else math.inf
    if NAN12.match(t):
        return math.nan
    return None


class Failed(Exception):
    pass


def read11(t):
    """PyYAML's number, None, or Failed when its constructor raises."""
    try:
        v = yaml.safe_load("v: " + t + "\n")["v"]
    except yaml.YAMLError:
        return "yaml-error"
    except Exception:
        raise Failed()
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return v


def same(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


def spellings(count):
    table = open(os.path.join(ROOT, "src/source/yaml/portable.rs")).read()
    out = re.findall(r'^\s*\("([^"]*)", (?:Some|None)', table, re.M)
    rng = random.Random(17)
    parts = ["0", "1", "7", "9", "12", "_", ".", "e", "E", "+", "-", ":", "30", "0x", "0o", "0b", "5", "00", "e+", "e-", "1f"]
    for _ in range(count):
        s = "".join(rng.choice(parts) for _ in range(rng.randint(1, 5)))
        out.append(s)
    return sorted(set(s for s in out if s))


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    texts = spellings(count)
    with tempfile.TemporaryDirectory() as d:
        inp, outp = os.path.join(d, "in.txt"), os.path.join(d, "out.txt")
        open(inp, "w").write("\n".join(texts) + "\n")
        env = dict(os.environ, PORTABLE_IN=inp, PORTABLE_OUT=outp)
        subprocess.run(["cargo", "test", "-q", "--lib", "portable_from_file", "--", "--ignored"],
                       cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        ours = dict(line.split("\t") for line in open(outp).read().splitlines())
    bad = checked = given = 0
    for t in texts:
        v11 = read11_safe(t)
        if v11 == "yaml-error":
            continue
        v12 = read12(t)
        p = ours.get(t, "-")
        p = None if p == "-" else p
        checked += 1
        if isinstance(v11, Failed) or (v12 is None) == (v11 is None):
            want = None  # neither, both, or PyYAML fails
            if p is not None:
                bad += 1
                print(f"{t!r}: no spelling expected, got {p!r} (1.2 {v12!r}, 1.1 {v11!r})")
            continue
        number = v12 if v12 is not None else v11
        if p is None:
            bad += 1
            print(f"{t!r}: a spelling of {number!r} expected, got none")
            continue
        given += 1
        a, b = read12(p), read11_safe(p)
        if not (same(a, number) and same(b, number)):
            bad += 1
            print(f"{t!r} -> {p!r}: 1.2 reads {a!r}, PyYAML {b!r}, the number is {number!r}")
    print(f"{checked} scalars, {given} rewritten, {bad} disagreements (PyYAML {yaml.__version__})")
    sys.exit(1 if bad else 0)


def read11_safe(t):
    try:
        return read11(t)
    except Failed as e:
        return e


if __name__ == "__main__":
    main()
