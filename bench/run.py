#!/usr/bin/env python3
"""Runs every benchmark of descr and writes bench/results/README.md and its charts.

    python3 bench/run.py            # the full run (both compilers, N = 10, 50, 200, 1000)
    python3 bench/run.py --quick    # under 5 minutes: g++-12 at run time, N = 10, 50, 200
                                    # (Hana up to 50: it takes 40-100 s at 200)

1. Run time (Google Benchmark, bench/runtime/runtime_bench.cpp): every workload for the plain
   struct, the checks written by hand, descr, RTTR and Qt in one run, CPU ns per operation
   (the smallest of the repetitions, which are interleaved at random), beside CPython 3.11,
   pydantic and attrs (bench/runtime/python_bench.py, timeit).
2. Instructions (callgrind, bench/runtime/count.cpp): each C++ workload run K times with
   collection on around the loop only; (I - I(empty loop)) / K is its instructions per
   operation. Exact and independent of the machine's load: the figure to decide by.
3. Compile time against Boost.Describe, Boost.Hana and Boost.PFR (bench/compile_peers.py).

The build uses Meson (-Dbench=true) in build/bench-gcc and build/bench-clang. A section of
results/README.md starting with "## Why" is hand-written and kept when the file is rewritten.
Timings are machine-dependent and never asserted by a test.
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import datetime as _dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
OUT = RESULTS / "README.md"
RAW = RESULTS / "run.json"
sys.path.insert(0, str(HERE))
import compile_peers  # noqa: E402

BUILD = {"g++-12": ROOT / "build" / "bench-gcc", "clang++-19": ROOT / "build" / "bench-clang"}

WORKLOADS = [  # name, what it is, target kind
    ("field_get", "field read", "identical"),
    ("field_set", "field write", "identical"),
    ("data_descriptor_get", "data descriptor read (get reaches a field)", "identical"),
    ("data_descriptor_set", "data descriptor write (set reaches a field)", "identical"),
    ("validated_set", "validated set of Component's 3 fields", "hand"),
    ("method_call", "method call through a bound method", "identical"),
    ("property_get", "property read", "identical"),
    ("cached_property_hit", "cached_property hit", "identical"),
    ("classvar_get", "class variable read", "identical"),
    ("inherit5_get", "read through 5-deep inheritance", "identical"),
]
CXX_PEERS = ["rttr", "qt"]
PY_PEERS = ["python", "attrs", "pydantic"]


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw).stdout


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def build(cxx):
    d = BUILD[cxx]
    if not (d / "build.ninja").exists():
        env = dict(os.environ, CXX=cxx)
        sh(["meson", "setup", str(d), "-Dbench=true"], cwd=ROOT, env=env)
    else:
        sh(["meson", "configure", str(d), "-Dbench=true"], cwd=ROOT)
    sh(["meson", "compile", "-C", str(d), "-j1", "runtime_bench", "count"], cwd=ROOT)
    return d / "bench" / "runtime"


def run_google(bindir, quick):
    reps, min_time = (3, "0.05") if quick else (10, "0.2")
    out = sh([str(bindir / "runtime_bench"), "--benchmark_format=json",
              f"--benchmark_repetitions={reps}", f"--benchmark_min_time={min_time}",
              "--benchmark_enable_random_interleaving=true"])
    data = json.loads(out)
    ns = {}
    for b in data["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        name = b["run_name"] if "run_name" in b else b["name"]
        t = b["cpu_time"] * {"ns": 1, "us": 1e3, "ms": 1e6}[b.get("time_unit", "ns")]
        ns[name] = min(ns.get(name, t), t)
    return {"ns": ns, "context": data["context"], "repetitions": reps, "min_time": min_time}


def python_exe():
    return "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable


def run_python(quick):
    number, repeat = (100000, 3) if quick else (1000000, 7)
    out = sh([python_exe(), str(HERE / "runtime" / "python_bench.py"), f"--number={number}",
              f"--repeat={repeat}"])
    return json.loads(out)


def callgrind_count(binary, name, k):
    p = subprocess.run(["valgrind", "--tool=callgrind", "--collect-atstart=no",
                        "--callgrind-out-file=/dev/null", str(binary), name, str(k)],
                       capture_output=True, text=True)
    m = re.search(r"Collected : (\d+)", p.stderr)
    if p.returncode != 0 or not m:
        raise RuntimeError(f"callgrind {name} {k}: {p.stderr[-500:]}")
    return int(m.group(1))


def run_callgrind(bindir, quick):
    k = 2000 if quick else 20000
    binary = bindir / "count"
    names = sh([str(binary), "--list"]).split()
    with cf.ThreadPoolExecutor(max_workers=2) as ex:
        counts = dict(zip(names, ex.map(lambda n: callgrind_count(binary, n, k), names)))
    empty = counts.pop("empty/empty")
    return {"per_op": {n: (c - empty) / k for n, c in counts.items()},
            "empty": empty / k, "k": k}


