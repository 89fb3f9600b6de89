#!/usr/bin/env python3
"""Compile-time benchmark: a descr class against the same class written as a plain struct.

For each N (attributes) and depth (length of a single-inheritance chain) it generates two
translation units with the same #include <descr/descr.hpp>:

  descr  a chain of `depth` descr classes (descr::bases<Prev>), the N attributes spread over
         the chain: fields, class variables and constant descriptors (a data descriptor whose
         const get/set read and write a field, and a non-data one returning a constant); every
         attribute is read once with descr::getattr and every field and data descriptor is
         written once with descr::setattr, inside functions with external linkage;
  plain  the same chain as C++ structs (fields, static constexpr class variables, member
         functions for the descriptors), accessed the same way.

Each is compiled with `-std=c++20 -O2 -c` by each compiler, sequentially and under `nice`,
under /usr/bin/time -f '%e %M' (wall seconds, peak resident KB); the best of --runs runs is
kept (a case slower than --slow seconds is run once; the table says how many runs were made).
Results accumulate in bench/results/compile_time.json (one entry per compiler, variant, N,
depth) and are rendered to bench/results/compile_time.md. A hand-written section that starts
with "## Why" in that file is kept when it is re-rendered.

Timings are machine-dependent: this is a report, never a test assertion.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import fcntl
import hashlib
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
INCLUDE = ROOT / "include"
RESULTS = HERE / "results"
JSON_OUT = RESULTS / "compile_time.json"
MD_OUT = RESULTS / "compile_time.md"

COMPILERS = {"g++-12": "g++-12", "clang++-19": "clang++-19"}
# When a descr compile stops at a compiler limit, it is measured again with these flags, so
# that the table shows both the failure and the cost beyond it.
RAISED_LIMITS = {"g++-12": ["-ftemplate-depth=4096"],
                 "clang++-19": ["-fbracket-depth=4096", "-ftemplate-depth=4096"]}
CHUNK = 50  # accesses per generated function

# Attribute K's kind, by K % 8: half fields, a quarter class variables, an eighth data
# descriptors (read and write the field declared three attributes before), an eighth
# non-data descriptors (return a constant).
KINDS = ["field", "field", "classvar", "data", "field", "field", "classvar", "nondata"]


def kind_of(k: int) -> str:
    return KINDS[k % 8]


def attr_name(k: int) -> str:
    return {"field": "a", "classvar": "c", "data": "d", "nondata": "d"}[kind_of(k)] + str(k)


def spread(n: int, depth: int) -> list[range]:
    """The attribute indices of each class of the chain, base-most first."""
    out, start = [], 0
    for i in range(depth):
        end = (n * (i + 1)) // depth
        out.append(range(start, end))
        start = end
    return out


def data_target(k: int) -> str:
    return "a" + str(k - 3)  # K % 8 == 3 -> K - 3 is a field (K % 8 == 0), in this class or a base


def accesses(n: int):
    """(read expression maker, write statement maker) per attribute, in order."""
    return [(k, kind_of(k), attr_name(k)) for k in range(n)]


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield i // size, seq[i:i + size]


def access_functions(n: int, top: str, read, write) -> list[str]:
    """The accessing functions of both variants, CHUNK accesses each, then the namespace's end:
    every attribute read once (read(kind, name) is the expression), every field and data
    descriptor written once (write(kind, name, value) is the statement)."""
    lines = []
    acc = accesses(n)
    for c, part in chunks(acc, CHUNK):
        lines.append(f"int read_{c}({top}& o) {{")
        lines.append("  int s = 0;")
        for k, kind, name in part:
            lines.append(f"  s += {read(kind, name)};")
        lines.append("  return s;")
        lines.append("}")
    writes = [a for a in acc if a[1] in ("field", "data")]
    for c, part in chunks(writes, CHUNK):
        lines.append(f"void write_{c}({top}& o, int v) {{")
        for k, kind, name in part:
            lines.append(f"  {write(kind, name, f'v + {k}')}")
        lines.append("}")
    lines.append("}  // namespace bench")
    return lines


def gen_descr(n: int, depth: int, override: bool = False) -> str:
    lines = [
        "#include <descr/descr.hpp>",
        "",
        "namespace bench {",
        "// A non-data descriptor returning a constant.",
        "struct Const {",
        "  int v;",
        "  constexpr int get(auto&, auto) const { return v; }",
        "};",
        "// A data descriptor whose const get/set read and write the field F of the owner.",
        "template <descr::fixed_string F>",
        "struct Proxy {",
        "  constexpr int get(auto& obj, auto) const { return descr::getattr<F>(obj); }",
        "  constexpr void set(auto& obj, int v) const { descr::setattr<F>(obj, v); }",
        "};",
        "",
    ]
    for i, ks in enumerate(spread(n, depth)):
        members = []
        if i > 0:
            members.append(f"descr::bases<C{i - 1}>")
        if override:
            # Every class redefines "m", as a subclass overrides a method.
            members.append(f'descr::attr<"m", Const{{{i}}}>')
        for k in ks:
            kind, name = kind_of(k), attr_name(k)
            if kind == "field":
                members.append(f'descr::field<"{name}", int>')
            elif kind == "classvar":
                members.append(f'descr::classvar<"{name}", {k}>')
            elif kind == "data":
                members.append(f'descr::attr<"{name}", Proxy<"{data_target(k)}">{{}}>')
            else:
                members.append(f'descr::attr<"{name}", Const{{{k}}}>')
        body = ",\n    ".join([f"C{i}"] + members)
        lines.append(f"struct C{i} : descr::object<{body}> {{}};")
        lines.append("")
    top = f"C{depth - 1}"
    if override:
        lines.append(f'int read_m({top}& o) {{ return descr::getattr<"m">(o); }}')
    lines += access_functions(n, top, lambda kind, name: f'descr::getattr<"{name}">(o)',
                              lambda kind, name, v: f'descr::setattr<"{name}">(o, {v});')
    return "\n".join(lines) + "\n"


def gen_plain(n: int, depth: int, override: bool = False) -> str:
    lines = ["#include <descr/descr.hpp>", "", "namespace bench {", ""]
    for i, ks in enumerate(spread(n, depth)):
        head = f"struct P{i} : P{i - 1} {{" if i > 0 else f"struct P{i} {{"
        lines.append(head)
        if override:
            lines.append(f"  constexpr int m() const {{ return {i}; }}")
        for k in ks:
            kind, name = kind_of(k), attr_name(k)
            if kind == "field":
                lines.append(f"  int {name}{{}};")
            elif kind == "classvar":
                lines.append(f"  static constexpr int {name} = {k};")
            elif kind == "data":
                t = data_target(k)
                lines.append(f"  constexpr int {name}() const {{ return {t}; }}")
                lines.append(f"  constexpr void set_{name}(int v) {{ {t} = v; }}")
            else:
                lines.append(f"  constexpr int {name}() const {{ return {k}; }}")
        lines.append("};")
        lines.append("")
    top = f"P{depth - 1}"
    if override:
        lines.append(f"int read_m({top}& o) {{ return o.m(); }}")
    lines += access_functions(
        n, top, lambda kind, name: f"o.{name}()" if kind in ("data", "nondata") else f"o.{name}",
        lambda kind, name, v: f"o.{name} = {v};" if kind == "field" else f"o.set_{name}({v});")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------

def limit_memory(mb: int):
    def apply():
        os.nice(10)
        if mb:
            b = mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (b, b))
    return apply


def compile_once(cxx: str, src: Path, obj: Path, extra: list[str], timeout: float, mem_mb: int,
                 include: Path | None = None):
    """(wall seconds, peak KB, error text or None, user + system CPU seconds)."""
    cmd = ["/usr/bin/time", "-f", "%e %M %U %S", cxx, "-std=c++20", "-O2", "-c",
           f"-I{include or INCLUDE}",
           *extra, str(src), "-o", str(obj)]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                           preexec_fn=limit_memory(mem_mb))
    except subprocess.TimeoutExpired:
        return None, None, f"timed out after {timeout:.0f} s", None
    lines = p.stderr.strip().splitlines()
    m = re.fullmatch(r"([\d.]+) (\d+) ([\d.]+) ([\d.]+)", lines[-1]) if lines else None
    t, kb = (float(m.group(1)), int(m.group(2))) if m else (None, None)
    cpu = float(m.group(3)) + float(m.group(4)) if m else None
    if p.returncode != 0:
        # The diagnostics of a 1000-member class are megabytes long: keep the error lines,
        # shortened, and what the kernel or the compiler said about memory.
        keep = [l for l in lines if re.search(r"error|memory|Killed|signal", l)]
        keep = [re.sub(r"^.*?/include/", "include/", l)[:300] for l in keep[:6]]
        return t, kb, f"exit status {p.returncode}: " + "\n".join(keep or lines[-3:]), cpu
    return t, kb, None, cpu


def measure(cxx, src, workdir, runs, slow, timeout, mem_mb, extra=(), fast_runs=None, fast=3.0):
    """The best (smallest) wall time and peak memory over up to `runs` compiles (`fast_runs`
    when the first one took less than `fast` seconds: short compiles are the noisiest)."""
    times, mems, cpus, made = [], [], [], 0
    while made < runs:
        t, kb, err, cpu = compile_once(cxx, src, workdir / (src.stem + ".o"), list(extra), timeout,
                                       mem_mb, workdir / "include")
        made += 1
        if err:
            return {"time": t, "mem_kb": kb, "cpu": cpu, "runs": made, "error": err}
        times.append(t)
        mems.append(kb)
        cpus.append(cpu)
        if made == 1 and fast_runs and t < fast:
            runs = max(runs, fast_runs)
        if t > slow:
            break
    return {"time": min(times), "mem_kb": min(mems), "cpu": min(cpus), "runs": made, "error": None}


def measure_interleaved(cxx, srcs, workdir, runs, slow, timeout, mem_mb, fast_runs=None, fast=3.0):
    """measure() for several sources at once, alternating between them run by run (descr,
    plain, descr, plain, ...), so that both see the same load on a shared machine."""
    state = {v: {"times": [], "mems": [], "cpus": [], "runs": runs, "done": False, "error": None,
                 "last": (None, None, None)} for v in srcs}
    while not all(st["done"] for st in state.values()):
        for v, src in srcs.items():
            st = state[v]
            if st["done"]:
                continue
            t, kb, err, cpu = compile_once(cxx, src, workdir / (src.stem + ".o"), [], timeout,
                                           mem_mb, workdir / "include")
            made = len(st["times"]) + 1
            if err:
                st.update(done=True, error=err, last=(t, kb, cpu))
                st["times"].append(None)
                continue
            st["times"].append(t)
            st["mems"].append(kb)
            st["cpus"].append(cpu)
            if made == 1 and fast_runs and t < fast:
                st["runs"] = max(st["runs"], fast_runs)
            if t > slow or made >= st["runs"]:
                st["done"] = True
    out = {}
    for v, st in state.items():
        if st["error"]:
            t, kb, cpu = st["last"]
            out[v] = {"time": t, "mem_kb": kb, "cpu": cpu, "runs": len(st["times"]), "error": st["error"]}
        else:
            out[v] = {"time": min(st["times"]), "mem_kb": min(st["mems"]), "cpu": min(st["cpus"]),
                      "runs": len(st["times"]), "error": None}
    return out


def compiler_version(cxx):
    try:
        out = subprocess.run([cxx, "--version"], capture_output=True, text=True).stdout
        return out.splitlines()[0].strip()
    except OSError:
        return "not found"


def machine_info():
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "memory": mem, "cpu": cpu, "kernel": platform.release()}


def library_state(snapshot: Path, rev: str | None):
    """The measured headers: the commit, whether they were the working tree with uncommitted
    changes, and a hash of the snapshot actually compiled against."""
    h = hashlib.sha1()
    for p in sorted(snapshot.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(snapshot)).encode() + b"\0" + p.read_bytes())

    def git(*a):
        return subprocess.run(["git", "-C", str(ROOT), *a], capture_output=True, text=True).stdout.strip()

    try:
        if rev:
            state = f"{rev} = {git('rev-parse', '--short', rev)}"
        else:
            state = git("rev-parse", "--short", "HEAD")
            if git("status", "--porcelain", "include"):
                state += " with uncommitted changes in include/"
    except OSError:
        state = ""
    return f"{state or 'unknown commit'} (headers sha1 {h.hexdigest()[:12]})"


def load_json():
    if JSON_OUT.exists():
        return json.loads(JSON_OUT.read_text())
    return {"cases": {}, "include": {}, "meta": {}}


def save_json(data):
    RESULTS.mkdir(parents=True, exist_ok=True)
    tmp = JSON_OUT.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    tmp.replace(JSON_OUT)


class Store:
    """This run's results, merged into the JSON file under a lock at every save, so that two
    runs writing at once (say, of different sizes) keep each other's cases."""

    def __init__(self, fresh):
        self.fresh = fresh
        self.mine = {"cases": {}, "include": {}, "meta": {}}

    def save(self):
        RESULTS.mkdir(parents=True, exist_ok=True)
        with open(Path(tempfile.gettempdir()) / "descr-compile-time.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            data = {"cases": {}, "include": {}, "meta": {}} if self.fresh else load_json()
            self.fresh = False  # forget earlier results once, then merge with what is there
            for part in ("cases", "include"):
                data.setdefault(part, {}).update(self.mine[part])
            if self.mine["cases"] or not data.get("meta"):
                data["meta"] = dict(self.mine["meta"])
            else:  # a run of the include cost alone keeps the matrix's description
                m = self.mine["meta"]
                data["meta"]["include_run"] = f"{m.get('date')}, library at {m.get('library')}"
            save_json(data)
            write_md(data)


def key(cxx, variant, n, depth):
    return f"{cxx}|{variant}|{n}|{depth}"


# ---------------------------------------------------------------------------------------------

def fmt_t(x):
    return "—" if x is None else f"{x:.2f}"


def fmt_mb(kb):
    return "—" if kb is None else f"{kb / 1024:.0f}"


def fmt_ratio(a, b):
    if a is None or b is None or b == 0:
        return "—"
    return f"{a / b:.2f}×"


def table_rows(cases, cxx, suffix):
    """The markdown rows of one compiler's table; suffix "" or "-override" picks the workload."""
    out = []
    dv, pv = "descr" + suffix, "plain" + suffix
    mine = [k for k in cases if k.startswith(f"{cxx}|{dv}|") or k.startswith(f"{cxx}|{pv}|")]
    ns = sorted({int(k.split("|")[2]) for k in mine})
    ds = sorted({int(k.split("|")[3]) for k in mine})
    if not ns:
        return out
    out.append("| N | depth | descr s | plain s | ratio | descr − plain s | descr MB | plain MB "
               "| mem ratio | CPU ratio | runs | growth 200→1000 descr (plain) | verdict |")
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
    for d in ds:
        for n in ns:
            dk = cases.get(key(cxx, dv, n, d))
            pk = cases.get(key(cxx, pv, n, d))
            if not dk and not pk:
                continue
            dk, pk = dk or {}, pk or {}
            derr = dk.get("error")
            raised = dk.get("raised") if derr else None
            src = raised if raised and not raised.get("error") else dk
            mark = "†" if src is raised else ""
            dt, pt = src.get("time"), pk.get("time")
            dm, pm = src.get("mem_kb"), pk.get("mem_kb")
            dc, pc = src.get("cpu"), pk.get("cpu")
            if src is raised:
                derr = None
            runs = f"{src.get('runs', '—')}/{pk.get('runs', '—')}"
            growth = ""
            if n == 1000:
                d2 = cases.get(key(cxx, dv, 200, d))
                p2 = cases.get(key(cxx, pv, 200, d))
                if d2 and dt and not derr and d2.get("time") and not d2.get("error"):
                    g = dt / d2["time"]
                    growth = f"{g:.2f}× " + ("(≤ 5×)" if g <= 5 else "(> 5×)")
                    if p2 and pt and p2.get("time"):
                        growth += f" ({pt / p2['time']:.2f}×)"
            verdict = ""
            if derr:
                verdict = "FAILED: " + derr.splitlines()[0][:80].replace("|", "/")
            elif n == 200 and dt and pt and dm and pm:
                ok_t, ok_m = dt / pt <= 2, dm / pm <= 2
                verdict = ("time ok" if ok_t else "time > 2×") + ", " + ("mem ok" if ok_m else "mem > 2×")
            if mark:
                verdict = ("FAILS at the default limits; † measured with `" + raised["flags"] +
                           "`" + (", " + verdict if verdict else ""))
            elif n == 1000 and not derr:
                verdict = "compiles"
            ddiff = "—" if dt is None or pt is None or derr else f"{dt - pt:.2f}"
            out.append(f"| {n} | {d} | {fmt_t(dt)}{mark} | {fmt_t(pt)} | "
                       f"{fmt_ratio(dt, pt) if not derr else '—'} | {ddiff} | {fmt_mb(dm)} | {fmt_mb(pm)} | "
                       f"{fmt_ratio(dm, pm) if not derr else '—'} | {fmt_ratio(dc, pc) if not derr else '—'} | {runs} | {growth} | {verdict} |")
    return out


def render(data):
    cases = data["cases"]
    meta = data.get("meta", {})
    out = ["# Compile time: descr against a plain struct", ""]
    out.append("Generated by `python3 bench/compile_time.py` (see bench/README.md); the numbers "
               "depend on the machine and its load, and are never asserted by a test.")
    out.append("")
    out.append(f"- last run: {meta.get('date', '?')}, library at {meta.get('library', '?')}")
    libs = sorted({v.get("library") for v in cases.values() if v.get("library")})
    if len(libs) > 1:
        out.append("- **the table mixes runs of different library versions**: " + "; ".join(libs))
    for cxx in COMPILERS:
        if cxx in meta.get("versions", {}):
            out.append(f"- {cxx}: {meta['versions'][cxx]}")
    m = meta.get("machine", {})
    out.append(f"- machine: {m.get('nproc', '?')} CPUs ({m.get('cpu', '?')}), {m.get('memory', '?')} "
               f"RAM, Linux {m.get('kernel', '?')}; compiles run one at a time under `nice -n 10`, "
               "while other jobs may share the CPUs (1-minute load average "
               f"{meta.get('load_start', '?')} at the start, {meta.get('load_end', '?')} at the end)")
    out.append("- flags: `-std=c++20 -O2 -c`, the same `#include <descr/descr.hpp>` in both files; "
               "wall time and peak resident memory from `/usr/bin/time -f '%e %M %U %S'`, best of "
               "the runs shown in the *runs* column (descr and plain alternate; 3, or 5 when the first run took "
               f"under 3 s; a compile slower than {meta.get('slow', '?')} s is run once); *CPU ratio* is the same ratio over user + "
               "system time, less sensitive than wall time to other jobs on the machine")
    out.append("- workload: attribute K is a field (K mod 8 in 0,1,4,5), a class variable (2,6), a "
               "data descriptor whose const get/set read and write field a(K-3) (3), or a non-data "
               "descriptor returning a constant (7); each attribute is read once, each field and "
               "data descriptor written once, 50 accesses per function; with depth > 1 the N "
               "attributes are spread evenly over a single-inheritance chain and accessed through "
               "the most-derived class")
    out.append("")
    out.append("Targets (DESIGN.md, Performance contract): at most 2× the plain struct at N = 200 "
               "in time and in memory; growth from N = 200 to 1000 no worse than linear (5×); "
               "N = 1000 compiles on both compilers.")
    out.append("")

    for cxx in COMPILERS:
        main_rows = table_rows(cases, cxx, "")
        if main_rows:
            out.append(f"## {cxx}")
            out.append("")
            out.extend(main_rows)
            out.append("")
        ovr_rows = table_rows(cases, cxx, "-override")
        if ovr_rows:
            out.append(f"### {cxx}, every class of the chain overriding one attribute")
            out.append("")
            out.append("The same workload, plus `attr<\"m\", Const{i}>` declared again in every class "
                       "C*i* of the chain (a subclass overriding a method; plain: `int m() const`) "
                       "and read once through the most-derived class.")
            out.append("")
            out.extend(ovr_rows)
            out.append("")
        errs = [(k, v) for k, v in cases.items() if k.startswith(cxx + "|") and v.get("error")]
        for k, v in errs:
            out.append(f"Failure `{k}` (default limits):")
            out.append("")
            out.append("```")
            out.append(v["error"][:1500])
            out.append("```")
            out.append("")
            r = v.get("raised")
            if r and r.get("error"):
                out.append(f"…and with `{r['flags']}`:")
                out.append("")
                out.append("```")
                out.append(r["error"][:1500])
                out.append("```")
                out.append("")

    inc = data.get("include", {})
    if inc:
        out.append("## Include cost of `descr.hpp`")
        out.append("")
        out.append("| compiler | empty file s | `#include <descr/descr.hpp>` s | include cost s | empty MB | include MB |")
        out.append("|---|---:|---:|---:|---:|---:|")
        for cxx in COMPILERS:
            if cxx not in inc:
                continue
            e, i = inc[cxx]["empty"], inc[cxx]["include"]
            out.append(f"| {cxx} | {fmt_t(e['time'])} | {fmt_t(i['time'])} | "
                       f"{fmt_t(i['time'] - e['time'])} | {fmt_mb(e['mem_kb'])} | {fmt_mb(i['mem_kb'])} |")
        out.append("")
        if meta.get("include_run"):
            out.append(f"(measured on its own: {meta['include_run']})")
            out.append("")

    missing = meta.get("not_run")
    if missing:
        out.append("Not run in this matrix: " + missing)
        out.append("")
    return "\n".join(out)


def write_md(data):
    text = render(data)
    manual = ""
    if MD_OUT.exists():
        old = MD_OUT.read_text()
        i = old.find("\n## Why")
        if i >= 0:
            manual = old[i + 1:]
    MD_OUT.write_text(text + ("\n" + manual if manual else ""))


# ---------------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10,50,200,1000", help="attribute counts N (default %(default)s)")
    ap.add_argument("--depths", default="1,8,32", help="inheritance depths (default %(default)s)")
    ap.add_argument("--compilers", default=",".join(COMPILERS), help="default %(default)s")
    ap.add_argument("--cases", default="",
                    help="explicit N:depth pairs instead of the sizes × depths matrix, e.g. 1000:1,1000:8")
    ap.add_argument("--override-cases", default=None,
                    help="N:depth pairs measured again with every class overriding one attribute "
                         "(default 200:32,1000:32 for the default matrix, none when --sizes, "
                         "--depths or --cases is given; empty to skip)")
    ap.add_argument("--runs", type=int, default=3, help="runs per compile, best kept (default 3)")
    ap.add_argument("--fast-runs", type=int, default=5,
                    help="runs for a compile whose first run took under 3 s (default 5)")
    ap.add_argument("--slow", type=float, default=60.0,
                    help="a compile slower than this many seconds is not repeated (default 60)")
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds per compile (default 1800)")
    ap.add_argument("--mem-limit", type=int, default=12000,
                    help="address-space limit per compile, MB, 0 for none (default 12000)")
    ap.add_argument("--no-raise-limits", dest="raise_limits", action="store_false",
                    help="do not retry a compile that hit a template-depth or bracket-depth limit "
                         "with raised limits")
    ap.add_argument("--no-include", action="store_true", help="skip the include-cost measurement")
    ap.add_argument("--fresh", action="store_true", help="forget earlier results in the JSON file")
    ap.add_argument("--emit", metavar="DIR", help="only write the generated sources to DIR")
    ap.add_argument("--keep", metavar="DIR", help="keep the generated sources in DIR")
    ap.add_argument("--render", action="store_true", help="only re-render the markdown from the JSON")
    ap.add_argument("--rev", help="measure the headers of this git revision (e.g. HEAD) instead of "
                                  "the working tree")
    args = ap.parse_args(argv)

    sizes = [int(x) for x in args.sizes.split(",") if x]
    depths = [int(x) for x in args.depths.split(",") if x]
    if args.cases:
        matrix = [tuple(int(v) for v in c.split(":")) for c in args.cases.split(",")]
    else:
        matrix = [(n, d) for d in depths for n in sizes]
    matrix = [(n, d, False) for n, d in matrix]
    if args.override_cases is None:
        default_matrix = (args.sizes == ap.get_default("sizes") and
                          args.depths == ap.get_default("depths") and not args.cases)
        args.override_cases = "200:32,1000:32" if default_matrix else ""
    if args.override_cases:
        matrix += [tuple(int(v) for v in c.split(":")) + (True,)
                   for c in args.override_cases.split(",")]
    compilers = [c for c in args.compilers.split(",") if c]

    if args.emit:
        out = Path(args.emit)
        out.mkdir(parents=True, exist_ok=True)
        for n, d, ov in matrix:
            tag = "_override" if ov else ""
            (out / f"descr{tag}_{n}_{d}.cpp").write_text(gen_descr(n, d, ov))
            (out / f"plain{tag}_{n}_{d}.cpp").write_text(gen_plain(n, d, ov))
        print(f"wrote {2 * len(matrix)} files to {out}")
        return 0

    if args.render:
        write_md(load_json())
        return 0
    store = Store(args.fresh)
    data = store.mine

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="descr-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    # Compile against a snapshot of the headers, so that edits made while the benchmark runs
    # do not mix two versions of the library in one table.
    shutil.rmtree(work / "include", ignore_errors=True)
    if args.rev:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.rev, "include"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(work)], input=archive, check=True)
    else:
        shutil.copytree(INCLUDE, work / "include")
    data["meta"].update({
        "date": _dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "versions": {c: compiler_version(c) for c in COMPILERS},
        "machine": machine_info(),
        "slow": args.slow,
        "library": library_state(work / "include", args.rev),
        "load_start": round(os.getloadavg()[0], 2),
    })
    try:
        for n, d, ov in matrix:
            sfx = "-override" if ov else ""
            srcs = {"descr" + sfx: work / f"descr{sfx}_{n}_{d}.cpp",
                    "plain" + sfx: work / f"plain{sfx}_{n}_{d}.cpp"}
            srcs["descr" + sfx].write_text(gen_descr(n, d, ov))
            srcs["plain" + sfx].write_text(gen_plain(n, d, ov))
            for cxx in compilers:
                results = measure_interleaved(cxx, srcs, work, args.runs, args.slow, args.timeout,
                                              args.mem_limit, fast_runs=args.fast_runs)
                for variant, src in srcs.items():
                    r = results[variant]
                    if r["error"] and args.raise_limits and re.search(r"depth|nesting", r["error"]):
                        # A compiler limit, not a crash: measure what it costs beyond the limit.
                        r["raised"] = measure(cxx, src, work, args.runs, args.slow, args.timeout,
                                              args.mem_limit, RAISED_LIMITS[cxx])
                        r["raised"]["flags"] = " ".join(RAISED_LIMITS[cxx])
                    r["library"] = data["meta"]["library"]
                    data["cases"][key(cxx, variant, n, d)] = r
                    status = r["error"].splitlines()[0] if r["error"] else ""
                    print(f"{cxx:11} N={n:<5} depth={d:<3} {variant:14} {fmt_t(r['time']):>7} s "
                          f"{fmt_mb(r['mem_kb']):>6} MB  runs={r['runs']} {status}", flush=True)
                    if "raised" in r:
                        q = r["raised"]
                        print(f"{'':11} {'':7} {'':9} {'':14} {fmt_t(q['time']):>7} s "
                              f"{fmt_mb(q['mem_kb']):>6} MB  runs={q['runs']} with {q['flags']} "
                              f"{(q['error'] or '').splitlines()[0] if q['error'] else ''}", flush=True)
                    store.save()
        if not args.no_include:
            (work / "empty.cpp").write_text("")
            (work / "include_only.cpp").write_text("#include <descr/descr.hpp>\n")
            for cxx in compilers:
                r = measure_interleaved(cxx, {"empty": work / "empty.cpp",
                                              "include": work / "include_only.cpp"},
                                        work, args.runs, args.slow, args.timeout, args.mem_limit,
                                        fast_runs=args.fast_runs)
                e, i = r["empty"], r["include"]
                data["include"][cxx] = {"empty": e, "include": i}
                print(f"{cxx:11} include: empty {e['time']:.2f} s, descr.hpp {i['time']:.2f} s", flush=True)
            store.save()
        data["meta"]["load_end"] = round(os.getloadavg()[0], 2)
        store.save()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"wrote {MD_OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
