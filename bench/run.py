#!/usr/bin/env python3
"""Runs every benchmark of descr and writes bench/results/README.md and its charts.

    python3 bench/run.py            # the full run (both compilers, N = 10, 50, 200, 1000)
    python3 bench/run.py --quick    # under 5 minutes: g++-12 only, fewer repetitions, compile
                                    # time at N = 10, 50, 200 (Hana up to 50), one run each;
                                    # shows the stored full compile-time tables beside its own

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
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
OUT = RESULTS / "README.md"
RAW = RESULTS / "run.json"
QUICK_PEERS = RESULTS / "compile_peers_quick.json"  # the quick mode's compiles (g++-12, N <= 200)
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


STAGES: dict[str, float] = {}  # stage -> wall seconds (run.json and the report's header)


def timed(stage, fn, *a, **kw):
    t = time.time()
    log(f"{stage} ...")
    try:
        return fn(*a, **kw)
    finally:
        STAGES[stage] = time.time() - t
        log(f"{stage}: {STAGES[stage]:.0f} s")


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
    min_time, repeat = (0.03, 5) if quick else (0.2, 7)
    out = sh([python_exe(), str(HERE / "runtime" / "python_bench.py"), f"--min-time={min_time}",
              f"--repeat={repeat}"])
    return json.loads(out)


def callgrind_counts(binary, names, k):
    """{name: instructions} of `count --each k names...` under callgrind: one valgrind start-up,
    the counters dumped (and reset) after each workload, one file per dump."""
    with tempfile.TemporaryDirectory(prefix="descr-cg-") as tmp:
        out = Path(tmp) / "cg"
        p = subprocess.run(["valgrind", "--tool=callgrind", "--collect-atstart=no",
                            f"--callgrind-out-file={out}", str(binary), "--each", str(k), *names],
                           capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError(f"callgrind: {p.stderr[-500:]}")
        counts = {}
        for f in Path(tmp).glob("cg.*"):
            text = f.read_text()
            label = re.search(r"^desc: Trigger: Client Request: (.*)$", text, re.M)
            total = re.search(r"^totals: (\d+)", text, re.M)
            if label and total:
                counts[label.group(1)] = int(total.group(1))
    missing = set(names) - set(counts)
    if missing:
        raise RuntimeError(f"callgrind: no count for {sorted(missing)}")
    return counts


def run_callgrind(bindir, quick):
    k = 2000 if quick else 20000
    binary = bindir / "count"
    names = sh([str(binary), "--list"]).split()
    # Quick: one process; full: two, each half of the workloads (the machine has 2 CPUs).
    parts = [names] if quick else [names[0::2], names[1::2]]
    with cf.ThreadPoolExecutor(max_workers=len(parts)) as ex:
        counts = {}
        for c in ex.map(lambda ns: callgrind_counts(binary, ns, k), parts):
            counts.update(c)
    empty = counts.pop("empty/empty")
    return {"per_op": {n: (c - empty) / k for n, c in counts.items()},
            "empty": empty / k, "k": k}


# ---------------------------------------------------------------- charts (gnuplot)

def short(cxx):
    return "gcc" if cxx.startswith("g") else "clang"


def chart_runtime(run, cxx, path):
    ns = run["runtime"][cxx]["ns"]
    py = run["python"]["ns"]
    cols = ["plain", "descr", "hand", "rttr", "qt", "python", "pydantic", "attrs"]
    dat = path.with_suffix(".dat")
    with open(dat, "w") as f:
        f.write("workload " + " ".join(cols) + "\n")
        for w, _, _ in WORKLOADS:
            vals = [ns.get(f"{w}/{c}") or py.get(f"{w}/{c}") for c in cols]
            f.write(w + " " + " ".join("NaN" if v is None else f"{max(v, 0.01):.4g}"
                                       for v in vals) + "\n")
    script = f"""
set terminal pngcairo size 1400,650 font ",10" noenhanced
set output "{path}"
set title "Run time per operation ({cxx}, CPU ns, log scale; CPython: net of timeit's loop)"
set style data histogram
set style histogram cluster gap 1
set style fill solid border -1
set logscale y
set yrange [0.1:*]
set ylabel "ns per operation"
set xtics rotate by -25
set key top left
plot for [i=2:{len(cols) + 1}] "{dat}" using i:xtic(1) title columnheader
"""
    subprocess.run(["gnuplot"], input=script, text=True, check=True)
    dat.unlink()


def chart_compile(peers, cxx, path):
    """Each peer's own compile time (CPU seconds above its plain struct with the same
    includes) against N, log-log."""
    dat = path.with_suffix(".dat")
    ok = False
    with open(dat, "w") as f:
        for p in compile_peers.PEERS:
            f.write(f'"{p}"\n')
            for n in peers["sizes"]:
                c = next((c for c in peers["cases"] if c["compiler"] == cxx and
                          c["peer"] == p and c["n"] == n), None)
                if c and not c["result"]["error"]:
                    f.write(f"{n} {max(c['result']['cpu'] - c['plain']['cpu'], 0.01)}\n")
                    ok = True
            f.write("\n\n")
    if not ok:
        dat.unlink()
        return False
    script = f"""
set terminal pngcairo size 900,600 font ",10" noenhanced
set output "{path}"
set title "N int members read and written once: compile time above the plain struct ({cxx}, -O2)"
set logscale xy
set xlabel "N"
set ylabel "CPU seconds above the plain struct with the same includes"
set key top left
plot for [i=0:{len(compile_peers.PEERS) - 1}] "{dat}" index i using 1:2 with linespoints title columnheader(1)
"""
    subprocess.run(["gnuplot"], input=script, text=True, check=True)
    dat.unlink()
    return True


# ---------------------------------------------------------------- the report

def fmt_ns(v):
    if v is None:
        return ""
    return f"{v:.3g}" if v < 100 else f"{v:,.0f}"


def fmt_x(v):
    return "" if v is None else (f"{v:.2f}×" if v < 10 else f"{v:,.0f}×")


def runtime_table(run, cxx):
    ns = run["runtime"][cxx]["ns"]
    py = run["python"]["ns"]
    lines = ["| workload | plain ns | descr ns | × plain | hand ns | RTTR ns | Qt ns | CPython ns "
             "| pydantic ns | attrs ns | each peer ÷ descr | target: ≥ 50× |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for w, what, _ in WORKLOADS:
        d, p = ns.get(f"{w}/descr"), ns.get(f"{w}/plain")
        peers = {c: ns[f"{w}/{c}"] for c in CXX_PEERS if f"{w}/{c}" in ns}
        peers.update({c: py[f"{w}/{c}"] for c in PY_PEERS if f"{w}/{c}" in py})
        factors = {k: v / d for k, v in peers.items()}
        lo = min(factors.values()) if factors else None
        worst = min(factors, key=factors.get) if factors else ""
        verdict = ("" if lo is None else "met" if lo >= 50 else f"missed ({worst}: {lo:.0f}×)")
        spread = (f"{lo:,.0f}× – {max(factors.values()):,.0f}×" if len(factors) > 1 else
                  f"{lo:,.0f}×" if factors else "")
        row = [what, fmt_ns(p), fmt_ns(d), fmt_x(d / p if p else None),
               fmt_ns(ns.get(f"{w}/hand")), fmt_ns(ns.get(f"{w}/rttr")), fmt_ns(ns.get(f"{w}/qt")),
               fmt_ns(py.get(f"{w}/python")), fmt_ns(py.get(f"{w}/pydantic")),
               fmt_ns(py.get(f"{w}/attrs")), spread, verdict]
        lines.append("| " + " | ".join(row) + " |")
    notes = []
    if "validated_set/hand_strong" in ns:
        notes.append(f"by hand with descr's strong-guarantee string store "
                     f"{fmt_ns(ns['validated_set/hand_strong'])} ns")
    if "validated_set/descr_int" in ns:
        notes.append(f"descr with `descr::Number<int>` {fmt_ns(ns['validated_set/descr_int'])} ns")
    if "validated_set/python_plain" in py:
        notes.append(f"CPython setting the three attributes without validation "
                     f"{fmt_ns(py['validated_set/python_plain'])} ns")
    if notes:
        lines += ["", "Validated set, more columns: " + "; ".join(notes) + "."]
    return lines


def instructions_table(run, cxx):
    per = run["callgrind"][cxx]["per_op"]
    lines = ["| workload | plain | descr | × plain | hand | RTTR | Qt | target | met |",
             "|---|---:|---:|---:|---:|---:|---:|---|---|"]
    for w, what, kind in WORKLOADS:
        d, p, h = per.get(f"{w}/descr"), per.get(f"{w}/plain"), per.get(f"{w}/hand")
        if kind == "identical":
            target = "identical to plain"
            met = "met" if abs(d - p) < 0.05 else f"missed ({d - p:+.2f})"
        else:
            target = "within 5% of hand-written"
            met = "met" if d <= h * 1.05 else f"missed ({d / h:.2f}× hand)"
        row = [what, f"{p:.2f}", f"{d:.2f}", fmt_x(d / p) if p > 0.05 else "–",
               f"{h:.2f}" if h is not None else "",
               *(f"{per[f'{w}/{c}']:,.0f}" if f"{w}/{c}" in per else "" for c in CXX_PEERS),
               target, met]
        lines.append("| " + " | ".join(row) + " |")
    h = per.get("validated_set/hand")
    notes = []
    if "validated_set/hand_strong" in per:
        notes.append(f"the hand-written checks storing each string as descr does, made beside "
                     f"the old value and moved in (the strong guarantee): "
                     f"{per['validated_set/hand_strong']:.2f} instructions "
                     f"({per['validated_set/hand_strong'] / h:.2f}× hand)")
    if "validated_set/descr_int" in per:
        d = per["validated_set/descr_int"]
        notes.append(f"descr with `descr::Number<int>` for the quantity: {d:.2f} instructions "
                     f"({d / h:.2f}× hand)")
    if notes:
        lines += ["", "Validated set, two more columns: " + "; ".join(notes) + "."]
    return lines


def compile_targets(peers):
    lines = ["| compiler | descr at N = 200, × plain (CPU) | memory × plain | within 2× | "
             "descr's own cost below every peer's, at every N where the peer compiles |",
             "|---|---:|---:|---|---|"]
    for cxx in peers["compilers"]:
        c = next((c for c in peers["cases"] if c["compiler"] == cxx and c["peer"] == "descr"
                  and c["n"] == 200), None)
        if not c or c["result"]["error"]:
            continue
        t = c["result"]["cpu"] / c["plain"]["cpu"]
        m = c["result"]["mem_kb"] / c["plain"]["mem_kb"]
        behind = []
        for n in peers["sizes"]:
            mine = next((x for x in peers["cases"] if x["compiler"] == cxx and
                         x["peer"] == "descr" and x["n"] == n), None)
            if not mine or mine["result"]["error"]:
                continue
            net = mine["result"]["cpu"] - mine["plain"]["cpu"]
            for x in peers["cases"]:
                if (x["compiler"] == cxx and x["n"] == n and x["peer"] != "descr" and
                        not x["result"]["error"] and
                        x["result"]["cpu"] - x["plain"]["cpu"] <= net):
                    behind.append(f"{x['peer']} at N = {n}")
        lines.append(f"| {cxx} | {t:.2f}× | {m:.2f}× | "
                     f"{'met' if t <= 2 and m <= 2 else 'missed (**Why**: compile time)'} | "
                     + ("met" if not behind else
                        "missed (**Why**): behind " + ", ".join(behind)) + " |")
    return lines


def git(*a):
    try:
        return sh(["git", "-C", str(ROOT), *a]).strip()
    except (subprocess.CalledProcessError, OSError):
        return ""


def machine():
    cpu = platform.machine()
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                   if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = next((f"{int(l.split()[1]) / 2**20:.1f} GiB" for l in open("/proc/meminfo")
                if l.startswith("MemTotal")), "")
    return f"{cpu}, {os.cpu_count()} CPUs, {mem}, Linux {platform.release()}"


def kept_why():
    """The hand-written analysis: from "## Why" to the end of the current file."""
    if OUT.exists():
        text = OUT.read_text()
        i = text.find("\n## Why")
        if i >= 0:
            return text[i + 1:].rstrip() + "\n"
    return ""


def write_report(run):
    RESULTS.mkdir(exist_ok=True)
    py = run["python"]
    L = ["# Benchmark results", "",
         f"Written by `python3 bench/run.py{' --quick' if run['quick'] else ''}` "
         f"({'quick mode' if run['quick'] else 'full run'}: {run['duration']:.0f} s of wall "
         f"time, {run.get('cpu_seconds', 0):.0f} s of CPU time"
         + (", with up to two processes at once" if run["quick"] else "") + ").",
         "",
         "- stages (wall seconds): " + ", ".join(f"{k} {v:.0f}" for k, v in
                                                run.get("stages", {}).items())
         + (" (the last two side by side)" if run["quick"] else ""),
         f"- date: {run['date']}",
         f"- library: commit {run['commit']}",
         f"- machine: {run['machine']}",
         f"- load average (1, 5, 15 min) at the start {run['load_start']}, at the end "
         f"{run['load_end']}: the machine is shared, so times move; instruction counts do not",
         "- compilers: " + "; ".join(f"{k}: {v}" for k, v in run["compilers"].items()),
         f"- Python: {py['python']} ({py['executable']}), pydantic {py['pydantic']}, "
         f"attrs {py['attrs']}",
         f"- Google Benchmark {run['benchmark_version']}, RTTR 0.9.6, Qt {run['qt_version']}, "
         "Boost 1.81 (Describe, Hana, PFR)", ""]
    L += ["## Targets", "",
          "- fields, class variables, trivial descriptors, method calls, property reads: the "
          "same instructions as the plain struct (callgrind, below; `tests/codegen` compares "
          "the asm of single functions)",
          "- validated set: within 5% of the same checks written by hand",
          "- at least 50× faster than CPython and the run-time peers on every workload",
          "- compile time at N = 200 within 2× of the plain struct (memory too), and ahead of "
          "every peer at every N where it compiles",
          "", "Where one is missed, the cause is in **Why** at the end.", ""]
    for cxx in run["callgrind"]:
        cg = run["callgrind"][cxx]
        L += [f"## Instructions per operation ({cxx}, callgrind)", "",
              f"A loop of K = {cg['k']} operations counted alone (`--collect-atstart=no`, "
              "collection toggled around the loop), less the empty loop "
              f"({cg['empty']:.2f} instructions per iteration), divided by K. Each operation "
              "picks one of 64 objects and one of 64 inputs. Peers: RTTR and Qt reach the "
              "attribute by name.", ""]
        L += instructions_table(run, cxx) + [""]
    for cxx in run["runtime"]:
        g = run["runtime"][cxx]
        L += [f"## Run time ({cxx}, Google Benchmark)", "",
              f"CPU ns per operation, the smallest of {g['repetitions']} repetitions "
              f"interleaved at random (min time {g['min_time']} s each), the loop included (an "
              f"empty iteration: {fmt_ns(g['ns'].get('empty/empty'))} ns). CPython, pydantic "
              f"and attrs: timeit, best of its repeats, net of timeit's own loop "
              f"({py['empty_ns']:.1f} ns), which favours them. RTTR: "
              "`rttr::type::get<T>().get_property(\"x\").get_value/set_value`; Qt: "
              "`QObject::property/setProperty(\"x\")`, `QMetaObject::invokeMethod`. Sub-ns "
              "differences between plain and descr are the machine's noise: decide by the "
              "instruction counts.", ""]
        L += runtime_table(run, cxx) + [""]
        if cxx in run["charts"] and "runtime" in run["charts"][cxx]:
            L += [f"![run time, {cxx}]({run['charts'][cxx]['runtime']})", ""]
    pe = run["peers"]
    dates = pe.get("merged") or [pe["date"]]
    L += ["## Compile time against Boost.Describe, Boost.Hana, Boost.PFR", "",
          "`bench/compile_peers.py`: N `int` members, each read once and written once by name "
          "(PFR: by index), through each library and through a plain struct with the same "
          "`#include`s.", "",
          f"### N = {', '.join(map(str, pe['sizes']))}, {' and '.join(pe['compilers'])}", "",
          ("Measured by this run." if not run["quick"] and not run.get("compile_reused") else
           f"From `results/compile_peers.json` (measured "
           + (f"from {dates[0]} to {dates[-1]}" if len(dates) > 1 else dates[0])
           + "; the quick mode "
           "does not redo it, `python3 bench/compile_peers.py` does). Also in "
           "`compile_peers.md`."), ""]
    L += compile_targets(pe) + [""]
    L += compile_peers.markdown(pe) + [""]
    if run.get("peers_quick"):
        q = run["peers_quick"]
        L += [f"### This quick run: N = {', '.join(map(str, q['sizes']))}, "
              f"{' and '.join(q['compilers'])}, one run each", "",
              "Hana is left out above 50 (it takes 30 to 80 s at 200: see above); CPU limit "
              "120 s per compile. One run each, so a ratio moves by a fifth from one run to "
              "the next on a shared machine: the targets are judged on the full tables "
              "above (best of 3 to 5 runs) and explained in **Why**.", ""]
        L += compile_targets(q) + [""]
        L += compile_peers.tables(q)[1:] + ["", "Each peer's own cost:", ""]
        L += compile_peers.net_table(q) + [""]
    for cxx in pe["compilers"]:
        if cxx in run["charts"] and "compile" in run["charts"][cxx]:
            L += [f"![compile time, {cxx}]({run['charts'][cxx]['compile']})", ""]
    why = kept_why()
    L += [why] if why else ["## Why", "", "(the analysis of missed targets goes here)", ""]
    OUT.write_text("\n".join(L).rstrip() + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="under 5 minutes")
    ap.add_argument("--compilers", help="run-time compilers (default: g++-12 quick, both full)")
    ap.add_argument("--skip-compile", action="store_true",
                    help="reuse results/compile_peers.json instead of measuring compile time")
    args = ap.parse_args(argv)
    start = time.time()
    compilers = (args.compilers.split(",") if args.compilers else
                 ["g++-12"] if args.quick else ["g++-12", "clang++-19"])
    dirty = git("status", "--porcelain", "include", "bench/runtime")
    run = {"quick": args.quick, "date": _dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
           "commit": git("rev-parse", "--short", "HEAD") +
           (" (with uncommitted changes)" if dirty else ""),
           "machine": machine(), "load_start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
           "compilers": {}, "runtime": {}, "callgrind": {}, "charts": {}}
    for cxx in BUILD:
        run["compilers"][cxx] = sh([cxx, "--version"]).splitlines()[0]
    run["qt_version"] = sh(["pkg-config", "--modversion", "Qt5Core"]).strip()
    run["benchmark_version"] = sh(["pkg-config", "--modversion", "benchmark"]).strip()
    bindirs = {}
    for cxx in compilers:  # timings: each alone
        bindirs[cxx] = timed(f"build {cxx}", build, cxx)
        run["runtime"][cxx] = timed(f"run time {cxx}", run_google, bindirs[cxx], args.quick)
    run["python"] = timed("CPython", run_python, args.quick)

    def counts():
        for cxx in compilers:
            run["callgrind"][cxx] = timed(f"callgrind {cxx}", run_callgrind, bindirs[cxx],
                                          args.quick)

    def compile_time():
        if args.quick:  # g++-12 only, one run each, into results/compile_peers_quick.*
            compile_peers.main(["--sizes", "10,50,200", "--compilers", "g++-12", "--runs", "1",
                                "--include-runs", "1", "--max-n", "hana:50",
                                "--cpu-limit", "120", "--out", str(QUICK_PEERS.with_suffix(""))])
        elif not args.skip_compile:
            compile_peers.main([])

    # Quick: the instruction counts (exact whatever the load) beside the compiles, whose CPU
    # time the other process disturbs little; two processes for the machine's two CPUs.
    # Full: one after the other.
    if args.quick:
        with cf.ThreadPoolExecutor(max_workers=2) as ex:
            jobs = [ex.submit(counts), ex.submit(timed, "compile peers (quick)", compile_time)]
            for j in jobs:
                j.result()
    else:
        counts()
        timed("compile peers", compile_time)
    run["compile_reused"] = bool(args.skip_compile and not args.quick)
    run["peers"] = json.loads(compile_peers.JSON_OUT.read_text())
    if args.quick:
        run["peers_quick"] = json.loads(QUICK_PEERS.read_text())
    for old in RESULTS.glob("*.png"):
        old.unlink()
    for cxx in compilers:
        name = f"runtime_{short(cxx)}.png"
        chart_runtime(run, cxx, RESULTS / name)
        run["charts"].setdefault(cxx, {})["runtime"] = name
    for cxx in run["peers"]["compilers"]:
        name = f"compile_{short(cxx)}.png"
        if chart_compile(run["peers"], cxx, RESULTS / name):
            run["charts"].setdefault(cxx, {})["compile"] = name
    run["load_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    run["duration"] = time.time() - start
    run["stages"] = STAGES
    cpu = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    run["cpu_seconds"] = sum(r.ru_utime + r.ru_stime for r in cpu)
    RAW.write_text(json.dumps(run, indent=1) + "\n")
    write_report(run)
    log(f"wrote {OUT} in {run['duration']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
