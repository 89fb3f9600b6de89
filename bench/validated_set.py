#!/usr/bin/env python3
"""A validated setattr against the same checks written by hand, with both compilers: time
(Google Benchmark, libbenchmark-dev: median CPU time of repetitions) and instructions per set
(callgrind: a run of 2N iterations minus a run of N, so start-up cancels, minus the same for
the empty loop). Two workloads (validated_set.cpp): one Number<int> field, and the HowTo's
Component's three fields. Prints a Markdown table.

Usage: python3 bench/validated_set.py [--repetitions 10] [--include DIR] [--label NAME]
[--json FILE]   (--include: descr's include directory, to measure a changed copy)"""
import argparse
import json
import re
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
COMPILERS = ("g++-12", "clang++-19")
# (workload, descr variant, hand-written variant): the rows of the table.
ROWS = [
    ("level", "level/descr", "level/hand"),
    ("level against hand_cold", "level/descr", "level/hand_cold"),
    ("component", "component/descr", "component/hand"),
    ("component, Number<int>", "component/descr_int", "component/hand"),
    ("component against hand_strong", "component/descr", "component/hand_strong"),
]
WORKLOADS = sorted({w for _, d, h in ROWS for w in (d, h)})


def build(cxx, out, include):
    subprocess.run([cxx, "-std=c++20", "-O2", "-DNDEBUG", f"-I{include}",
                    str(HERE / "validated_set.cpp"), "-o", str(out), "-lbenchmark", "-lpthread"],
                   check=True)


def times(exe, repetitions):
    run = subprocess.run([str(exe), f"--benchmark_repetitions={repetitions}",
                          "--benchmark_report_aggregates_only=true", "--benchmark_format=json",
                          "--benchmark_enable_random_interleaving=true"],
                         check=True, capture_output=True, text=True)
    medians = {}
    for b in json.loads(run.stdout)["benchmarks"]:
        if b.get("aggregate_name") == "median":
            medians[b["run_name"]] = b["cpu_time"]
    return medians


def instructions(exe, workload, n):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                        str(exe), f"--count={workload}", str(n)],
                       check=True, capture_output=True)
        return int(re.search(r"^summary: (\d+)", out.read_text(), re.M).group(1))


def per_iteration(exe, workload, n):
    return (instructions(exe, workload, 2 * n) - instructions(exe, workload, n)) / n


def measure(include, repetitions, n):
    result = {}
    with tempfile.TemporaryDirectory() as tmp:
        for cxx in COMPILERS:
            exe = Path(tmp) / cxx
            build(cxx, exe, include)
            empty = per_iteration(exe, "empty", n)
            result[cxx] = {
                "ns": times(exe, repetitions),
                "instructions": {w: per_iteration(exe, w, n) - empty for w in WORKLOADS},
            }
    return result


def table(result):
    lines = ["| compiler | workload | descr instr/set | by hand | ratio | descr ns/set | by hand | "
             "ratio |", "|---|---|---|---|---|---|---|---|"]
    for cxx, r in result.items():
        for label, d, h in ROWS:
            di, hi = r["instructions"][d], r["instructions"][h]
            dn, hn = r["ns"][d], r["ns"][h]
            lines.append(f"| {cxx} | {label} | {di:.2f} | {hi:.2f} | {di / hi:.3f} | "
                         f"{dn:.3f} | {hn:.3f} | {dn / hn:.3f} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repetitions", type=int, default=10)
    parser.add_argument("--include", default=str(ROOT / "include"),
                        help="descr's include directory (to measure a changed copy)")
    parser.add_argument("--iterations", type=int, default=200_000,
                        help="N: callgrind runs N and 2N iterations")
    parser.add_argument("--json", help="also write the raw numbers to this file")
    args = parser.parse_args()
    result = measure(args.include, args.repetitions, args.iterations)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n")
    print(table(result))


if __name__ == "__main__":
    main()
