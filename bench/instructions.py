#!/usr/bin/env python3
"""Compile cost in instructions: descr against a plain struct, counted by callgrind.

Wall time on a shared machine moves by 10-15% from run to run; the number of instructions a
compiler executes for a given file does not. This script compiles the sources that
compile_time.py generates (same workload, same flags) under `valgrind --tool=callgrind`
and reports the instructions executed (the compiler driver, cc1plus and the assembler
together), descr against plain. Use it to compare two versions of the headers:

  python3 bench/instructions.py                              # the working tree, default cases
  python3 bench/instructions.py --rev HEAD~1 --rev HEAD      # two commits side by side
  python3 bench/instructions.py --cases 200:32 --override-cases 200:32 --compilers clang++-19

Instructions are not time (memory stalls, cache misses), but a change that removes
instructions from the compiler removes time; compile_time.py measures the time itself.
Needs valgrind (apt-get install valgrind). Runs two compiles at a time (--jobs); callgrind
slows a compile down about 50 times, so N = 1000 takes several minutes per file.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compile_time  # noqa: E402  (the generator of the workload)

ROOT = Path(__file__).resolve().parent.parent


def headers(rev: str | None, into: Path) -> Path:
    """include/ of the working tree, or of a commit (extracted with git archive)."""
    if rev is None:
        return ROOT / "include"
    dest = into / re.sub(r"[^A-Za-z0-9_.-]", "_", rev)
    data = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "include"],
                          check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(dest)
    return dest / "include"


def instructions(cxx: str, include: Path, src: Path) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
           "--trace-children=yes", cxx, "-std=c++20", "-O2", "-c", "-I", str(include),
           str(src), "-o", os.devnull]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"{cxx} {src.name} failed:\n{p.stderr[-3000:]}")
    return sum(int(x) for x in re.findall(r"Collected : (\d+)", p.stderr))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", default="200:1,200:8,200:32",
                    help="N:depth pairs (default %(default)s)")
    ap.add_argument("--override-cases", default="200:32",
                    help="N:depth pairs with every class overriding one attribute "
                         "(default %(default)s; empty for none)")
    ap.add_argument("--compilers", default="g++-12,clang++-19")
    ap.add_argument("--rev", action="append", default=None,
                    help="a commit whose headers to measure (repeatable; default: working tree)")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)

    def pairs(text):
        return [tuple(int(x) for x in c.split(":")) for c in text.split(",") if c]

    cases = [(n, d, False) for n, d in pairs(args.cases)]
    cases += [(n, d, True) for n, d in pairs(args.override_cases)]
    compilers = [c for c in args.compilers.split(",") if c]
    revs = args.rev or [None]

    with tempfile.TemporaryDirectory(prefix="descr-ir-") as tmp:
        tmp = Path(tmp)
        includes = {rev: headers(rev, tmp) for rev in revs}
        sources = {}
        for n, d, over in cases:
            tag = f"{'override_' if over else ''}{n}_{d}"
            for variant, gen in (("descr", compile_time.gen_descr), ("plain", compile_time.gen_plain)):
                path = tmp / f"{variant}_{tag}.cpp"
                path.write_text(gen(n, d, over))
                sources[(variant, n, d, over)] = path
        jobs = {}
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
            for cxx in compilers:
                for n, d, over in cases:
                    # plain does not depend on the headers' version beyond the include itself:
                    # measured against the first revision only.
                    jobs[(cxx, "plain", n, d, over, revs[0])] = ex.submit(
                        instructions, cxx, includes[revs[0]], sources[("plain", n, d, over)])
                    for rev in revs:
                        jobs[(cxx, "descr", n, d, over, rev)] = ex.submit(
                            instructions, cxx, includes[rev], sources[("descr", n, d, over)])
            results = {k: f.result() for k, f in jobs.items()}

    names = [rev or "working tree" for rev in revs]
    print("Instructions executed by the compiler (millions), -std=c++20 -O2 -c; "
          "ratio = descr / plain.\n")
    print("| compiler | N | depth | overrides | plain | " +
          " | ".join(f"descr ({r}) | ratio" for r in names) + " |")
    print("|---|---:|---:|---|---:|" + "---:|---:|" * len(revs))
    for cxx in compilers:
        for n, d, over in cases:
            plain = results[(cxx, "plain", n, d, over, revs[0])]
            cells = []
            for rev in revs:
                descr = results[(cxx, "descr", n, d, over, rev)]
                cells += [f"{descr / 1e6:,.0f}", f"{descr / plain:.2f}×"]
            print(f"| {cxx} | {n} | {d} | {'yes' if over else 'no'} | {plain / 1e6:,.0f} | " +
                  " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
