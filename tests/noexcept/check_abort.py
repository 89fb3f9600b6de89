#!/usr/bin/env python3
"""abort.cpp, built with -fno-exceptions: each case ends the program with SIGABRT, after what
it printed, with the descr error as Python's last line on stderr.

    check_abort.py ABORT_EXECUTABLE
"""
import signal
import subprocess
import sys

CASES = {
    'level': 'descr: ValueError: Expected 11 to be no more than 10\n',
    'note': "descr: AttributeError: 'Gauge' object has no attribute 'note'\n",
    'item': 'descr: ValueError: sizes[1]: Expected 0 to be at least 1\n',
}


def main():
    exe = sys.argv[1]
    failures = 0
    for case, expected in CASES.items():
        run = subprocess.run([exe, case], capture_output=True, text=True, timeout=60)
        problems = []
        if run.returncode != -signal.SIGABRT:
            problems.append(f'exit status {run.returncode}, expected {-signal.SIGABRT} (SIGABRT)')
        if run.stdout != f'before {case}\n':
            problems.append(f'stdout {run.stdout!r}, expected {f"before {case}" + chr(10)!r}')
        if run.stderr != expected:
            problems.append(f'stderr {run.stderr!r}, expected {expected!r}')
        verdict = '; '.join(problems) if problems else f'aborted with {expected.strip()}'
        print(f'{case}: {verdict}')
        failures += bool(problems)
    print(f'{len(CASES) - failures} of {len(CASES)} cases as expected')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
