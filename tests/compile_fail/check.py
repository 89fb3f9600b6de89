#!/usr/bin/env python3
"""Check one compile-fail case: its twin compiles, its failing variant fails with the words promised.

    check.py COMPILER... INCLUDE_DIR CASE.cpp

A case is one source file that compiles cleanly without DESCR_FAIL (the twin: the same code,
used correctly) and fails with it. Its header says what the diagnostic must contain:

    // expect: PHRASE | NAME | NAME ...

PHRASE (from the error table of DESIGN.md) and every NAME (the class, the attribute, the bases)
must appear within the first 8 lines (g++) or 5 lines (clang) of the compiler's output, on
diagnostic lines: a name that only shows in an echoed source line (`  12 |   descr::setattr<"age">(p, 3);`) does not count.
The output must hold exactly one `error:` line: one misuse, one error.

Cases that test this runner itself add

    // reject: REASON

where REASON is one of the problems below (twin-failed, fail-compiled, phrase-missing,
name-missing, too-many-errors): the runner must find that problem. Such cases are registered
with `should_fail: true`; a rejection for any other reason exits with 99, which Meson reports as
an ERROR whatever should_fail says, so a sanity case cannot pass by accident.

Exit status: 0 the case holds, 1 it does not, 99 the runner could not do its job.
"""
import os
import re
import subprocess
import sys

# The phrase and the names must come this early: g++ prints the include chain and the
# instantiation backtrace above the error, clang the include chain only.
FIRST_LINES = {'gcc': 8, 'clang': 5}
MAX_ERRORS = 1
FLAGS = ['-std=c++20', '-Wall', '-Wextra', '-Wpedantic', '-Werror', '-fsyntax-only',
         '-fdiagnostics-color=never']
REASONS = {'twin-failed', 'fail-compiled', 'phrase-missing', 'name-missing', 'too-many-errors'}

ECHO = re.compile(r'^\s*\d*\s*\|')          # `  12 |   source`, `     |   ^~~~`
ERROR = re.compile(r'\berror:')


def internal(msg):
    print(f'check.py: {msg}', file=sys.stderr)
    sys.exit(99)


def header(path):
    expect, reject = None, None
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'\s*//\s*expect:\s*(.*\S)\s*$', line)
            if m and expect is None:
                expect = [part.strip() for part in m.group(1).split('|')]
            m = re.match(r'\s*//\s*reject:\s*(\S+)', line)
            if m:
                reject = m.group(1)
    if not expect or len(expect) < 2 or not all(expect):
        internal(f'{path}: no `// expect: PHRASE | NAME ...` line naming at least one name')
    if reject is not None and reject not in REASONS:
        internal(f'{path}: unknown reject reason {reject!r} (one of {sorted(REASONS)})')
    return expect[0], expect[1:], reject


def compile_case(compiler, include_dir, case, fail):
    cmd = [*compiler, *FLAGS, '-I', include_dir, *(['-DDESCR_FAIL'] if fail else []), case]
    env = dict(os.environ, LC_ALL='C', LANG='C')
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        internal(f'cannot run {cmd}: {e}')
    return r.returncode, r.stdout + r.stderr


def named(name, text):
    return re.search(r'(?<![A-Za-z0-9_])' + re.escape(name) + r'(?![A-Za-z0-9_])', text)


def main():
    if len(sys.argv) < 4:
        internal('usage: check.py COMPILER... INCLUDE_DIR CASE.cpp')
    *compiler, include_dir, case = sys.argv[1:]
    phrase, names, reject = header(case)
    label = f'{os.path.basename(case)} [{os.path.basename(compiler[-1])}]'
    problems = []

    rc, out = compile_case(compiler, include_dir, case, fail=False)
    if rc != 0:
        problems.append('twin-failed')
        print(f'{label}: the twin (without DESCR_FAIL) does not compile:\n{out}')

    rc, out = compile_case(compiler, include_dir, case, fail=True)
    lines = out.splitlines()
    errors = sum(1 for l in lines if ERROR.search(l))
    print(f'{label}: {len(lines)} lines of output, {errors} error line(s)')
    if rc == 0:
        problems.append('fail-compiled')
        print(f'{label}: the failing variant (with DESCR_FAIL) compiles')
    else:
        first = FIRST_LINES['clang' if 'clang' in os.path.basename(compiler[-1]) else 'gcc']
        head = [l for l in lines[:first] if not ECHO.match(l)]
        text = '\n'.join(head)
        if phrase not in text:
            problems.append('phrase-missing')
            print(f'{label}: {phrase!r} is not in the first {first} lines')
        missing = [n for n in names if not named(n, text)]
        if missing:
            problems.append('name-missing')
            print(f'{label}: {", ".join(map(repr, missing))} not named in the first '
                  f'{first} lines (echoed source lines do not count)')
        if errors > MAX_ERRORS:
            problems.append('too-many-errors')
            print(f'{label}: {errors} errors, at most {MAX_ERRORS} allowed')
        elif errors != 1:
            print(f'{label}: note: {errors} errors where one is the aim')
    if problems or reject:
        print(f'--- compiler output with DESCR_FAIL ---\n{out}--- end ---')

    if reject is None:
        sys.exit(1 if problems else 0)
    # A sanity case: the runner must reject it, and for the reason the case states.
    if not problems:
        print(f'{label}: the runner accepted a case it must reject ({reject})')
        sys.exit(0)  # should_fail turns this into a FAIL
    if reject not in problems:
        internal(f'{label}: rejected for {problems}, not for {reject}')
    print(f'{label}: rejected as expected ({reject})')
    sys.exit(1)


if __name__ == '__main__':
    main()
