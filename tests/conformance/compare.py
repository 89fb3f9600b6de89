"""Run a conformance port and compare its output with the output of the Python script it ports.

    compare.py EXE EXPECTED [--skip LINES]

EXPECTED is what the script prints (tests/conformance/expected/NN_name.out, written by
tests/conformance/regen from NN_name.py). The port's stdout must equal it exactly, byte for
byte, and the port must exit with status 0.

--skip takes line numbers of EXPECTED (1-based, comma-separated) that the port does not print
because C++ moved the check they report from run time to compile time; the port's source says
which ones and why, and the compile-fail tests cover them. Those lines are removed from EXPECTED
before comparing.
"""
import argparse
import difflib
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('exe')
    parser.add_argument('expected')
    parser.add_argument('--skip', default='',
                        help='comma-separated 1-based line numbers of EXPECTED to leave out')
    args = parser.parse_args()

    with open(args.expected, encoding='utf-8', newline='') as f:
        expected_lines = f.read().splitlines(keepends=True)
    skip = {int(n) for n in args.skip.split(',') if n.strip()}
    bad = sorted(n for n in skip if not 1 <= n <= len(expected_lines))
    if bad:
        print(f'--skip names lines {bad} outside {args.expected} ({len(expected_lines)} lines)')
        return 1
    wanted = ''.join(line for i, line in enumerate(expected_lines, 1) if i not in skip)

    run = subprocess.run([args.exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    got = run.stdout.decode('utf-8', errors='replace')
    ok = True
    if run.returncode != 0:
        print(f'{args.exe} exited with status {run.returncode}')
        ok = False
    if got != wanted:
        label = args.expected + (f' without lines {sorted(skip)}' if skip else '')
        sys.stdout.writelines(difflib.unified_diff(
            wanted.splitlines(keepends=True), got.splitlines(keepends=True),
            fromfile=label, tofile=args.exe + ' (stdout)'))
        if not got.endswith('\n') or not wanted.endswith('\n'):
            print(f'\nexpected {wanted!r}\ngot      {got!r}')
        ok = False
    if run.stderr:
        sys.stdout.write('stderr:\n' + run.stderr.decode('utf-8', errors='replace'))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
