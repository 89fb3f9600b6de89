#!/usr/bin/env python3
"""Runs a libFuzzer target for a bounded time from the seed corpus in the repository (new
inputs go to a temporary directory, never into the repository) and prints how many inputs it
ran. Usage: run_fuzz.py FUZZER SEED_CORPUS_DIR [SECONDS] (DESCR_FUZZ_SECONDS overrides)."""
import os
import re
import subprocess
import sys
import tempfile


def main():
    fuzzer, seeds = sys.argv[1], sys.argv[2]
    seconds = int(os.environ.get("DESCR_FUZZ_SECONDS", sys.argv[3] if len(sys.argv) > 3 else 20))
    with tempfile.TemporaryDirectory() as work:
        cmd = [fuzzer, f"-max_total_time={seconds}", "-print_final_stats=1", "-max_len=4096",
               "-timeout=10", "-rss_limit_mb=2048", f"-artifact_prefix={work}/", work, seeds]
        run = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
        log = run.stderr
        executed = re.search(r"stat::number_of_executed_units: (\d+)", log)
        corpus = len(os.listdir(work))
        name = os.path.basename(fuzzer)
        if run.returncode != 0:
            print("\n".join(line[:300] for line in log.splitlines()[-80:]))
            for f in os.listdir(work):
                if f.startswith(("crash-", "leak-", "timeout-", "oom-")):
                    data = open(os.path.join(work, f), "rb").read()
                    print(f"{f}: {data[:400]!r}")
            print(f"{name}: FAILED (exit {run.returncode})")
            return 1
        print(f"{name}: {executed.group(1) if executed else '?'} inputs in {seconds} s, "
              f"{corpus} new corpus entries, no crash")
        return 0


if __name__ == "__main__":
    sys.exit(main())
