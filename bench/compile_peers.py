#!/usr/bin/env python3
"""Compile time of descr against its compile-time peers, each beside a plain struct.

For N int members (default 10, 50, 200, 1000), every member read once and written once by name
(or, for PFR, by index) in functions of 50 accesses with external linkage, through:

  descr     struct S : descr::object<S, descr::field<"a0", int>, ...>; descr::getattr<"aK">(o),
            descr::setattr<"aK">(o, v)
  describe  Boost.Describe: a plain struct and BOOST_DESCRIBE_STRUCT(S, (), (a0, ...)); a member
            found by name at compile time (mp11's mp_find_if over describe_members comparing
            each descriptor's constexpr name), read through its member pointer
  hana      Boost.Hana: BOOST_HANA_DEFINE_STRUCT(S, (int, a0), ...);
            hana::at_key(o, BOOST_HANA_STRING("aK"))
  pfr       Boost.PFR: a plain aggregate; boost::pfr::get<K>(o) (PFR 1.81 has no names)

Each peer is compiled beside `plain_<peer>`: the plain struct `struct S { int a0{}; ... };`
accessed as `o.aK`, with the peer's #include lines, so that the difference is the peer's own
work. The include cost of each peer's headers is measured against an empty file. Compiles run
one at a time under `nice -n 10` and `/usr/bin/time` (`-std=c++20 -O2 -c`), the peer and its
plain file alternating; the best of --runs is kept (wall, CPU = user + system, peak memory).

Where a peer's macro stops at a member count, the generator lifts it where the library allows
(Hana: the accessors written out as BOOST_HANA_DEFINE_STRUCT writes them, the `hana_accessors_impl`
that the macro defines; Describe: none, its macro takes at most 52 members, so N above it is
reported as not compiling) and the table marks it.

Writes bench/results/compile_peers.json and bench/results/compile_peers.md.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import fcntl
import json
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
INCLUDE = ROOT / "include"
RESULTS = HERE / "results"
JSON_OUT = RESULTS / "compile_peers.json"
MD_OUT = RESULTS / "compile_peers.md"
COMPILERS = ["g++-12", "clang++-19"]
PEERS = ["descr", "describe", "hana", "pfr"]
CHUNK = 50
HANA_MACRO_MAX = 55        # BOOST_HANA_DEFINE_STRUCT's generated arities (struct_macros.hpp)
DESCRIBE_MACRO_MAX = 52    # BOOST_DESCRIBE_PP_FOR_EACH's arities (detail/pp_for_each.hpp)
PFR_CPP17_MAX = 100        # core17_generated.hpp's structured bindings
# Above PFR_CPP17_MAX: PFR's own configuration macros select its C++14 "loophole" reflection,
# which has no generated limit.
PFR_LOOPHOLE = ["#define BOOST_PFR_USE_CPP17 0", "#define BOOST_PFR_USE_LOOPHOLE 1"]

INCLUDES = {
    "descr": ["<descr/descr.hpp>"],
    "describe": ["<boost/describe/class.hpp>", "<boost/describe/members.hpp>",
                 "<boost/mp11/algorithm.hpp>"],
    "hana": ["<boost/hana/define_struct.hpp>", "<boost/hana/at_key.hpp>",
             "<boost/hana/string.hpp>"],
    "pfr": ["<boost/pfr/core.hpp>"],
}

# Describe's lookup of a member by name at compile time (the library gives the descriptors; a
# lookup by name is the user's to write, this is the short way with mp11).
DESCRIBE_LOOKUP = r"""
template <std::size_t N> struct name_lit {
  char s[N];
  constexpr name_lit(const char (&x)[N]) { for (std::size_t i = 0; i != N; ++i) s[i] = x[i]; }
};
constexpr bool same_name(const char* a, const char* b) {
  while (*a && *a == *b) ++a, ++b;
  return *a == *b;
}
template <name_lit Name> struct has_name {
  template <class D> using fn = boost::mp11::mp_bool<same_name(D::name, Name.s)>;
};
template <name_lit Name, class T> constexpr auto& member(T& o) {
  using Ms = boost::describe::describe_members<T, boost::describe::mod_public>;
  using I = boost::mp11::mp_find_if_q<Ms, has_name<Name>>;
  static_assert(I::value < boost::mp11::mp_size<Ms>::value, "no member of that name");
  return o.*boost::mp11::mp_at<Ms, I>::pointer;
}
"""


def names(n):
    return [f"a{k}" for k in range(n)]


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield i // size, seq[i:i + size]


def access_functions(n, read, write):
    lines = []
    for c, part in chunks(list(range(n)), CHUNK):
        lines.append(f"int read_{c}(S& o) {{\n  int s = 0;")
        lines += [f"  s += {read(k)};" for k in part]
        lines.append("  return s;\n}")
        lines.append(f"void write_{c}(S& o, int v) {{")
        lines += [f"  {write(k, f'v + {k}')};" for k in part]
        lines.append("}")
    return lines


def plain_struct(n):
    return ["struct S {"] + [f"  int a{k}{{}};" for k in range(n)] + ["};"]


def gen(peer, n, plain):
    """The source of `peer` (or of its plain baseline, with the same includes)."""
    out = ["#include <cstddef>"]
    if peer == "pfr" and n > PFR_CPP17_MAX:
        out += PFR_LOOPHOLE
    out += [f"#include {h}" for h in INCLUDES[peer]]
    if plain:
        out += plain_struct(n)
        out += access_functions(n, lambda k: f"o.a{k}", lambda k, v: f"o.a{k} = {v}")
    elif peer == "descr":
        fields = ",\n    ".join(f'descr::field<"a{k}", int>' for k in range(n))
        out.append(f"struct S : descr::object<S,\n    {fields}> {{}};")
        out += access_functions(n, lambda k: f'descr::getattr<"a{k}">(o)',
                                lambda k, v: f'descr::setattr<"a{k}">(o, {v})')
    elif peer == "describe":
        out.append(DESCRIBE_LOOKUP)
        out += plain_struct(n)
        out.append(f"BOOST_DESCRIBE_STRUCT(S, (), ({', '.join(names(n))}))")
        out += access_functions(n, lambda k: f'member<"a{k}">(o)',
                                lambda k, v: f'member<"a{k}">(o) = {v}')
    elif peer == "hana":
        if n <= HANA_MACRO_MAX:
            members = ", ".join(f"(int, a{k})" for k in range(n))
            out.append(f"struct S {{\n  BOOST_HANA_DEFINE_STRUCT(S, {members});\n}};")
        else:
            # What BOOST_HANA_DEFINE_STRUCT expands to, written out: the members and a nested
            # hana_accessors_impl giving (name, accessor) pairs. Hana's documented way to model
            # Struct for any number of members.
            out += ["#include <boost/hana/pair.hpp>", "#include <boost/hana/tuple.hpp>",
                    "#include <utility>"]
            out.append("struct S {")
            out += [f"  int a{k}{{}};" for k in range(n)]
            out.append("  struct hana_accessors_impl {\n"
                       "    static constexpr auto apply() {\n"
                       "      return ::boost::hana::make_basic_tuple(")
            acc = [f"        ::boost::hana::make_pair(BOOST_HANA_STRING(\"a{k}\"), "
                   f"[](auto&& p) -> decltype(auto) {{ return (static_cast<decltype(p)&&>(p).a{k}); }})"
                   for k in range(n)]
            out.append(",\n".join(acc))
            out.append("      );\n    }\n  };\n};")
        out += access_functions(n, lambda k: f'boost::hana::at_key(o, BOOST_HANA_STRING("a{k}"))',
                                lambda k, v: f'boost::hana::at_key(o, BOOST_HANA_STRING("a{k}")) = {v}')
    elif peer == "pfr":
        out += plain_struct(n)
        out += access_functions(n, lambda k: f"boost::pfr::get<{k}>(o)",
                                lambda k, v: f"boost::pfr::get<{k}>(o) = {v}")
    return "\n".join(out) + "\n"


def gen_include(peer):
    return "".join(f"#include {h}\n" for h in (INCLUDES[peer] if peer else []))


def lifted(peer, n):
    """A note when the generator worked around a peer's member limit, else ''."""
    if peer == "hana" and n > HANA_MACRO_MAX:
        return "†"
    if peer == "pfr" and n > PFR_CPP17_MAX:
        return "‡"
    return ""


def limit(mem_mb, cpu_s):
    def apply():
        os.nice(10)
        if mem_mb:
            b = mem_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (b, b))
        if cpu_s:
            # Per process, inherited by the compiler proper: SIGXCPU at the limit, SIGKILL a
            # little later. CPU time, unlike a wall-clock timeout, does not depend on the load.
            resource.setrlimit(resource.RLIMIT_CPU, (int(cpu_s), int(cpu_s) + 10))
    return apply


def stopped_at(cpu_s, r):
    """The cell of a compile that the CPU limit stopped (`time` may count a few seconds less
    than the kernel's limit does)."""
    return (f"> {cpu_s:.0f} s CPU (stopped" +
            (f"; {r['mem_kb'] / 1024:,.0f} MB by then)" if r["mem_kb"] else ")"))


CPU_LIMIT = 600.0  # default --cpu-limit
MEM_LIMIT = 8000   # default --mem-limit (MB)


def compile_once(cxx, src, timeout, mem_mb, extra=(), cpu_s=CPU_LIMIT):
    """{'wall', 'cpu', 'mem_kb', 'error', 'stopped'} of one compile. `stopped` is set when the
    compile did not finish within the CPU limit, the memory limit or the wall timeout."""
    cmd = ["/usr/bin/time", "-f", "%e %M %U %S", cxx, "-std=c++20", "-O2", "-c", f"-I{INCLUDE}",
           *extra, str(src), "-o", str(src.with_suffix(".o"))]
    # A session of its own, so that a timeout ends the compiler too, not only /usr/bin/time.
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=limit(mem_mb, cpu_s), start_new_session=True)
    try:
        _, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        why = f"no result after {timeout:.0f} s of wall time (stopped)"
        return {"wall": None, "cpu": None, "mem_kb": None, "error": why, "stopped": why}
    p = subprocess.CompletedProcess(cmd, proc.returncode, "", stderr)
    lines = p.stderr.strip().splitlines()
    m = re.fullmatch(r"([\d.]+) (\d+) ([\d.]+) ([\d.]+)", lines[-1]) if lines else None
    r = {"wall": float(m.group(1)) if m else None, "mem_kb": int(m.group(2)) if m else None,
         "cpu": float(m.group(3)) + float(m.group(4)) if m else None, "error": None,
         "stopped": None}
    if p.returncode != 0 and cpu_s and (
            re.search(r"CPU time limit exceeded|signal 24\b", p.stderr) or
            (r["cpu"] is not None and r["cpu"] >= cpu_s - 1)):
        r["stopped"] = stopped_at(cpu_s, r)
    elif p.returncode != 0 and mem_mb and re.search(
            r"out of memory|bad_alloc|[Cc]annot allocate|virtual memory exhausted", p.stderr):
        r["stopped"] = (f"stopped: over the {mem_mb / 1000:.0f} GB address-space limit"
                        + (f" after {r['cpu']:.0f} s CPU" if r["cpu"] is not None else ""))
    if p.returncode != 0:
        errs = [l for l in lines if re.search(r"error|Killed|signal", l)][:3]
        r["error"] = "; ".join(re.sub(r"^\S*?:\d+:\d+: ", "", l)[:200] for l in errs) or \
            f"exit status {p.returncode}"
    return r


def best(results):
    ok = [r for r in results if not r["error"]]
    if not ok:
        return dict(results[-1], runs=len(results))
    return {"wall": min(r["wall"] for r in ok), "cpu": min(r["cpu"] for r in ok),
            "mem_kb": min(r["mem_kb"] for r in ok), "error": None, "runs": len(ok)}


def measure_pair(cxx, srcs, runs, timeout, mem_mb, cpu_s, slow=60.0):
    """Alternates between the sources run by run; stops repeating a failed or slow one."""
    res = {k: [] for k in srcs}
    for i in range(runs):
        for k, src in srcs.items():
            if res[k] and (res[k][-1]["error"] or (res[k][-1]["cpu"] or 0) > slow):
                continue
            res[k].append(compile_once(cxx, src, timeout, mem_mb, cpu_s=cpu_s))
    return {k: best(v) for k, v in res.items()}


def describe_stop(n):
    return n > DESCRIBE_MACRO_MAX


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10,50,200,1000")
    ap.add_argument("--compilers", default=",".join(COMPILERS))
    ap.add_argument("--peers", default=",".join(PEERS))
    ap.add_argument("--runs", type=int, default=3, help="runs per compile, best kept")
    ap.add_argument("--include-runs", type=int, default=5)
    ap.add_argument("--cpu-limit", type=float, default=CPU_LIMIT,
                    help="CPU seconds per compile; a compile still running then is stopped and "
                         "reported as such (default %(default)s, 0 for none)")
    ap.add_argument("--timeout", type=float, default=3600.0, help="wall seconds per compile")
    ap.add_argument("--mem-limit", type=int, default=MEM_LIMIT, help="MB per compile, 0 for none")
    ap.add_argument("--give-up", type=float, default=0,
                    help="a peer whose compile took more CPU seconds than this is not compiled "
                         "at larger N (default: every N is compiled, up to --cpu-limit)")
    ap.add_argument("--merge", action="store_true",
                    help="update the cells measured in the existing JSON and keep the others "
                         "(each cell keeps the date it was measured)")
    ap.add_argument("--out", metavar="STEM", default=str(JSON_OUT.with_suffix("")),
                    help="write STEM.json and STEM.md (default results/compile_peers)")
    ap.add_argument("--max-n", default="",
                    help="PEER:N,...: do not compile PEER above N (e.g. hana:50 in a quick run)")
    ap.add_argument("--emit", metavar="DIR", help="only write the generated sources to DIR")
    ap.add_argument("--render", action="store_true", help="only re-render the markdown")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",") if x]
    compilers = [c for c in args.compilers.split(",") if c]
    peers = [p for p in args.peers.split(",") if p]
    max_n = {k: int(v) for k, v in (x.split(":") for x in args.max_n.split(",") if x)}

    json_out, md_out = Path(args.out + ".json"), Path(args.out + ".md")
    if args.render:
        write_md(json.loads(json_out.read_text()), md_out)
        return 0
    work = Path(args.emit) if args.emit else Path(tempfile.mkdtemp(prefix="descr-peers-"))
    work.mkdir(parents=True, exist_ok=True)
    srcs = {}
    for peer in peers:
        for n in sizes:
            for plain in (False, True):
                p = work / f"{'plain_' if plain else ''}{peer}_{n}.cpp"
                p.write_text(gen(peer, n, plain))
                srcs[(peer, n, plain)] = p
        (work / f"include_{peer}.cpp").write_text(gen_include(peer))
    (work / "include_empty.cpp").write_text("")
    if args.emit:
        print(f"sources in {work}")
        return 0

    date = _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    git = ["git", "-C", str(ROOT)]
    commit = subprocess.run(git + ["rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    if subprocess.run(git + ["status", "--porcelain", "include"], capture_output=True,
                      text=True).stdout.strip():
        commit += " with include/ changed"
    date = f"{date} ({commit})" if commit else date
    data = {"date": date, "sizes": sizes, "compilers": {}, "cases": [], "include": [],
            "limits": {"cpu_s": args.cpu_limit, "mem_mb": args.mem_limit,
                       "timeout_s": args.timeout}}
    for cxx in compilers:
        data["compilers"][cxx] = subprocess.run([cxx, "--version"], capture_output=True,
                                                text=True).stdout.splitlines()[0]
        inc = {}
        for peer in [None] + peers if args.include_runs else []:
            src = work / f"include_{peer or 'empty'}.cpp"
            inc[peer or "empty"] = best([compile_once(cxx, src, args.timeout, args.mem_limit)
                                         for _ in range(args.include_runs)])
        for peer in peers if args.include_runs else []:
            if inc[peer]["error"] or inc["empty"]["error"]:
                continue
            data["include"].append({"compiler": cxx, "peer": peer,
                                    "cpu": inc[peer]["cpu"] - inc["empty"]["cpu"],
                                    "wall": inc[peer]["wall"] - inc["empty"]["wall"],
                                    "mem_kb": inc[peer]["mem_kb"], "date": date})
        slowest = {}
        for n in sizes:
            for peer in peers:
                pair = {"peer": srcs[(peer, n, False)], "plain": srcs[(peer, n, True)]}
                if peer in max_n and n > max_n[peer]:
                    r = {"wall": None, "cpu": None, "mem_kb": None, "runs": 0,
                         "error": f"not run: left out above N = {max_n[peer]} (--max-n)"}
                    data["cases"].append({"compiler": cxx, "peer": peer, "n": n, "lifted": "",
                                          "result": r, "plain": r, "date": date})
                    continue
                if peer in slowest:
                    m, t = slowest[peer]
                    r = {"wall": None, "cpu": None, "mem_kb": None, "runs": 0,
                         "error": f"not run: N = {m} took {t:.0f} s"}
                    data["cases"].append({"compiler": cxx, "peer": peer, "n": n, "lifted": "",
                                          "result": r, "plain": r, "date": date})
                    continue
                if peer == "describe" and describe_stop(n):
                    # Still compiled once: the error is the result.
                    r = measure_pair(cxx, pair, 1, args.timeout, args.mem_limit, args.cpu_limit)
                else:
                    r = measure_pair(cxx, pair, args.runs, args.timeout, args.mem_limit,
                                     args.cpu_limit)
                case = {"compiler": cxx, "peer": peer, "n": n, "lifted": lifted(peer, n),
                        "result": r["peer"], "plain": r["plain"], "date": date}
                data["cases"].append(case)
                if args.give_up and (r["peer"]["cpu"] or 0) > args.give_up:
                    slowest[peer] = (n, r["peer"]["cpu"])
                print(f"{cxx:11} {peer:9} N={n:5}: {fmt_case(case)}", file=sys.stderr, flush=True)
    data["load"] = os.getloadavg()
    json_out.parent.mkdir(parents=True, exist_ok=True)
    lock = os.open(json_out.parent, os.O_RDONLY)  # the directory: no lock file left behind
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two --merge runs at once keep each other's cells
        if args.merge and json_out.exists():
            data = merged(json.loads(json_out.read_text()), data)
        tmp = json_out.with_suffix(".tmp")  # readers (bench/run.py) never see half a file
        tmp.write_text(json.dumps(data, indent=1) + "\n")
        os.replace(tmp, json_out)
    finally:
        os.close(lock)
    write_md(data, md_out)
    return 0


def merged(old, new):
    """`old` with the cells (and include costs) measured in `new` replacing its own."""
    def key(c):
        return (c["compiler"], c["peer"], c.get("n"))
    cases = {key(c): c for c in old["cases"]}
    cases.update({key(c): c for c in new["cases"]})
    inc = {key(c): c for c in old["include"]}
    inc.update({key(c): c for c in new["include"]})
    for c in list(cases.values()) + list(inc.values()):
        c.setdefault("date", old["date"])
    compilers = dict(old["compilers"], **new["compilers"])
    sizes = sorted(set(old["sizes"]) | set(new["sizes"]))
    return {"date": new["date"], "sizes": sizes,
            "compilers": {k: compilers[k] for k in COMPILERS if k in compilers},
            "cases": sorted(cases.values(), key=lambda c: (COMPILERS.index(c["compiler"]),
                                                          c["n"], PEERS.index(c["peer"]))),
            "include": list(inc.values()), "limits": new["limits"], "load": new["load"],
            "merged": sorted({c["date"] for c in cases.values()})}


def fmt_case(c):
    r, p = c["result"], c["plain"]
    if r.get("stopped"):
        return "did not finish: " + r["stopped"]
    if r["error"]:
        return "does not compile: " + r["error"]
    return (f"{r['cpu']:.2f} s CPU ({r['cpu'] / p['cpu']:.2f}x plain {p['cpu']:.2f} s), "
            f"{r['mem_kb'] / 1024:.0f} MB ({r['mem_kb'] / p['mem_kb']:.2f}x)")


def short_error(c):
    """The table's text for a cell without a result: why there is none."""
    r = c["result"]
    if r.get("stopped"):
        return r["stopped"]
    if r["error"].startswith("not run"):
        return r["error"]
    if c["peer"] == "describe" and describe_stop(c["n"]):
        return f"stops: its macro takes {DESCRIBE_MACRO_MAX} members"
    return "does not compile"


def tables(data):
    """Markdown lines: per compiler, one row per N, per peer its CPU time, ratio to its plain
    struct, and memory; targets at N = 200 checked for descr."""
    out = []
    peers = sorted({c["peer"] for c in data["cases"]}, key=PEERS.index)
    for cxx in data["compilers"]:
        out.append(f"\n#### {cxx}\n")
        out.append("| N | " + " | ".join(f"{p} s CPU (× plain) | {p} MB (× plain)" for p in peers) + " |")
        out.append("|---:|" + "---:|---:|" * len(peers))
        for n in data["sizes"]:
            row = [str(n)]
            for p in peers:
                c = next((c for c in data["cases"] if c["compiler"] == cxx and c["peer"] == p
                          and c["n"] == n), None)
                if c is None:
                    row += ["", ""]
                elif c["result"]["error"]:
                    row += [short_error(c), ""]
                else:
                    r, b = c["result"], c["plain"]
                    row.append(f"{r['cpu']:.2f}{c['lifted']} ({r['cpu'] / b['cpu']:.2f}×)")
                    row.append(f"{r['mem_kb'] / 1024:.0f} ({r['mem_kb'] / b['mem_kb']:.2f}×)")
            out.append("| " + " | ".join(row) + " |")
    return out


def net_table(data):
    """Each peer's own cost: its CPU time minus its plain struct's, per N."""
    out = ["| compiler | N | " + " | ".join(PEERS) + " | descr ahead of every peer that compiles |",
           "|---|---:|" + "---:|" * len(PEERS) + "---|"]
    for cxx in data["compilers"]:
        for n in data["sizes"]:
            cells, nets = [], {}
            for p in PEERS:
                c = next((c for c in data["cases"] if c["compiler"] == cxx and c["peer"] == p
                          and c["n"] == n), None)
                if c is None:
                    cells.append("")
                elif c["result"]["error"]:
                    cells.append(short_error(c))
                else:
                    nets[p] = c["result"]["cpu"] - c["plain"]["cpu"]
                    cells.append(f"{nets[p]:+.2f} s{c['lifted']}")
            others = [v for k, v in nets.items() if k != "descr"]
            verdict = ("" if "descr" not in nets else
                       "yes" if all(nets["descr"] < v for v in others) else
                       "no (behind " + ", ".join(k for k, v in nets.items()
                                                 if k != "descr" and v <= nets["descr"]) + ")")
            out.append(f"| {cxx} | {n} | " + " | ".join(cells) + f" | {verdict} |")
    return out


def include_table(data):
    out = ["| library (headers) | " + " | ".join(f"{c} s CPU" for c in data["compilers"]) + " |",
           "|---|" + "---:|" * len(data["compilers"])]
    for p in PEERS:
        rows = [i for i in data["include"] if i["peer"] == p]
        if rows:
            cells = [next((f"{i['cpu']:.3f}" for i in rows if i['compiler'] == c), "")
                     for c in data["compilers"]]
            out.append(f"| {p} ({', '.join(f'`{h}`' for h in INCLUDES[p])}) | " +
                       " | ".join(cells) + " |")
    return out


def markdown(data):
    """The tables as markdown (also used by bench/run.py in results/README.md)."""
    lim = data.get("limits", {})
    merged = data.get("merged", [])
    return (["CPU seconds (user + system) of `-std=c++20 -O2 -c`, best of the runs, and peak "
             "memory; each × is against the plain struct compiled with the same `#include`s. "
             "Member limits of Boost 1.81: "
             f"**Describe**'s `BOOST_DESCRIBE_STRUCT` stops at {DESCRIBE_MACRO_MAX} members "
             "(its `BOOST_DESCRIBE_PP_FOR_EACH` is generated for that many arguments, "
             "`boost/describe/detail/pp_for_each.hpp`, and no macro raises it; above, the file "
             "is compiled once and fails). "
             f"**Hana**'s `BOOST_HANA_DEFINE_STRUCT` counts at most {HANA_MACRO_MAX} members "
             "(`BOOST_HANA_PP_NARG`); above (†) the generator writes out the nested "
             "`hana_accessors_impl` the macro would write, which Hana takes at any size. "
             f"**PFR**'s C++17 path is generated for {PFR_CPP17_MAX} fields "
             "(`core17_generated.hpp`); above (‡) its own configuration, "
             "`BOOST_PFR_USE_CPP17=0` and `BOOST_PFR_USE_LOOPHOLE=1`, has no fixed limit. "
             + (f"*> {lim['cpu_s']:.0f} s CPU (stopped …)*: the compile was still running after "
                f"that much CPU time (`--cpu-limit`, RLIMIT_CPU, which the load does not move) "
                "and was stopped; the memory it had reached is given. " if lim.get("cpu_s")
                else "")
             + (f"*stopped: over the {lim['mem_mb'] / 1000:.0f} GB address-space limit*: the "
                "compiler asked for more memory than `--mem-limit` allows (RLIMIT_AS) and "
                "gave up. " if lim.get("mem_mb") else "")
             + "*not run*: the peer was left out at that N (the reason is given). "
             + (f"The cells come from several runs (`compile_peers.py --merge`), from "
                f"{merged[0]} to {merged[-1]}." if len(merged) > 1 else "")]
            + tables(data)
            + ["", "Each peer's own cost (CPU seconds above its plain struct):", ""]
            + net_table(data)
            + ["", "Include cost of each peer's headers (CPU seconds above an empty file):", ""]
            + include_table(data))


def write_md(data, md_out=MD_OUT):
    head = ["# Compile time: descr against Boost.Describe, Boost.Hana and Boost.PFR", "",
            f"Generated by `python3 bench/compile_peers.py` on {data['date']}; compilers: "
            + "; ".join(data["compilers"].values())
            + f"; load average at the end {', '.join(f'{x:.2f}' for x in data.get('load', []))}.",
            ""]
    md_out.write_text("\n".join(head + markdown(data)) + "\n")


if __name__ == "__main__":
    sys.exit(main())
