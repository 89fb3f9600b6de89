"""Run an example and compare its session with the output of its Python original.

    compare.py EXE EXPECTED

EXPECTED is what `python3 NAME.py > NAME.expected 2>&1` printed. The example runs with its
stderr sent into the same pipe as its stdout, so logging records and printed lines interleave as
they do in Python. Lines are compared one by one; an object address (0x followed by hex digits)
in EXPECTED matches any address, since CPython and C++ place objects differently. On a mismatch
the unified diff is printed and the exit status is 1; so is a non-zero exit of the example.
"""
import difflib
import re
import subprocess
import sys

ADDRESS = re.compile(r'0x[0-9a-f]+')


def line_pattern(expected_line):
    pieces = ADDRESS.split(expected_line)
    return re.compile(ADDRESS.pattern.join(re.escape(p) for p in pieces))


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    exe, expected_path = sys.argv[1:]
    with open(expected_path, encoding='utf-8') as f:
        expected = f.read().splitlines()
    run = subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    got = run.stdout.decode('utf-8', errors='replace').splitlines()

    same = len(got) == len(expected) and all(
        line_pattern(e).fullmatch(g) for e, g in zip(expected, got))
    if not same:
        # Addresses are shown as 0x... on both sides, so that only real differences stand out.
        def shown(lines):
            return [ADDRESS.sub('0x...', line) + '\n' for line in lines]
        sys.stdout.writelines(difflib.unified_diff(
            shown(expected), shown(got), fromfile=expected_path, tofile=exe + ' (stdout+stderr)'))
    if run.returncode != 0:
        print(f'{exe} exited with status {run.returncode}')
    return 0 if same and run.returncode == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
