#!/usr/bin/env python3
"""Summarize a clang -ftime-trace JSON file by template (or function) name.

    clang++-19 -std=c++20 -O2 -c -Iinclude -ftime-trace -ftime-trace-granularity=100 x.cpp
    python3 bench/trace_summary.py x.json [--top 25] [--depth-args 0]

clang writes one "complete" event per instantiation, parse, code generation or optimization
of a function, with the entity's name in args.detail. Events nest (an instantiation triggers
others), so this script computes, per event:

  self       its duration minus that of the events directly nested in it (what the entity
             cost by itself; an event shorter than the trace granularity is not recorded, and
             its time counts as its parent's self time);
  inclusive  its whole duration, counted only where no enclosing event has the same key
             (so recursion does not count twice).

and aggregates both by key = event kind + detail with template arguments elided
("InstantiateClass descr::detail::resolve<…>"). --depth-args N keeps the template arguments
up to nesting level N instead (1 shows e.g. which class a per-class template ran for).
It also prints clang's own "Total ..." events (per kind, inclusive of nesting).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict


def elide(detail: str, keep: int = 0) -> str:
    """Replace template argument lists nested deeper than `keep` by <…>."""
    out, level = [], 0
    i = 0
    while i < len(detail):
        c = detail[i]
        # "operator<", "operator<<", "operator<=" are names, not argument lists.
        if c == "<" and detail.endswith("operator", 0, i):
            j = i
            while j < len(detail) and detail[j] in "<=>":
                j += 1
            if level <= keep:
                out.append(detail[i:j])
            i = j
            continue
        if c == "<":
            level += 1
            if level == keep + 1:
                out.append("<…>")
            elif level <= keep:
                out.append(c)
        elif c == ">" and level > 0:
            if level <= keep:
                out.append(c)
            level -= 1
        elif level <= keep:
            out.append(c)
        i += 1
    return "".join(out)


def load(path):
    with open(path) as f:
        data = json.load(f)
    events = data["traceEvents"] if isinstance(data, dict) else data
    return events


def summarize(events, keep_args=0):
    totals = {}
    per_tid = defaultdict(list)
    for e in events:
        if e.get("ph") != "X":
            continue
        name = e.get("name", "")
        if name.startswith("Total "):
            totals[name[6:]] = (e.get("dur", 0), e.get("args", {}).get("count"))
            continue
        per_tid[e.get("tid")].append(e)

    self_t = defaultdict(float)
    incl_t = defaultdict(float)
    count = defaultdict(int)
    for tid, evs in per_tid.items():
        evs.sort(key=lambda e: (e["ts"], -e.get("dur", 0)))
        stack = []  # (end, key, event index)
        child = defaultdict(float)
        keys = []
        for idx, e in enumerate(evs):
            ts, dur = e["ts"], e.get("dur", 0)
            while stack and stack[-1][0] <= ts:
                stack.pop()
            detail = e.get("args", {}).get("detail", "")
            k = e["name"] + (" " + elide(detail, keep_args) if detail else "")
            keys.append(k)
            if stack:
                child[stack[-1][2]] += dur
            if not any(s[1] == k for s in stack):
                incl_t[k] += dur
            count[k] += 1
            stack.append((ts + dur, k, idx))
        for idx, e in enumerate(evs):
            self_t[keys[idx]] += e.get("dur", 0) - child[idx]
    return totals, self_t, incl_t, count


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("trace", nargs="+", help="clang -ftime-trace JSON file(s)")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--depth-args", type=int, default=0,
                    help="template argument nesting levels to keep in the key (default 0)")
    ap.add_argument("--match", default="", help="only keys containing this string")
    ap.add_argument("--markdown", action="store_true", help="print markdown tables")
    args = ap.parse_args(argv)

    for path in args.trace:
        totals, self_t, incl_t, count = summarize(load(path), args.depth_args)
        print(f"# {path}")
        print()
        whole = totals.get("ExecuteCompiler", (0, 0))[0]
        print(f"ExecuteCompiler total: {whole / 1e6:.2f} s")
        print()
        if args.markdown:
            print("| clang phase (Total …) | s | count |\n|---|---:|---:|")
        else:
            print("clang totals per kind (inclusive of nested events):")
        for name, (dur, cnt) in sorted(totals.items(), key=lambda kv: -kv[1][0])[:14]:
            if args.markdown:
                print(f"| {name} | {dur / 1e6:.3f} | {cnt if cnt is not None else ''} |")
            else:
                print(f"  {dur / 1e6:8.3f} s  {cnt if cnt is not None else '':>7}  {name}")
        print()
        keys = [k for k in self_t if args.match in k]
        for title, table in (("self time", self_t), ("inclusive time", incl_t)):
            rows = sorted(keys, key=lambda k: -table[k])[: args.top]
            if args.markdown:
                print(f"| by {title}: key | {title} s | count |\n|---|---:|---:|")
            else:
                print(f"top {args.top} by {title}:")
            for k in rows:
                if args.markdown:
                    print(f"| `{k[:150]}` | {table[k] / 1e6:.3f} | {count[k]} |")
                else:
                    print(f"  {table[k] / 1e6:8.3f} s  {count[k]:>6}  {k[:160]}")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
