#!/usr/bin/env python3
"""The README's ways of using descr, each from a copy of the source tree, in a scratch directory.

    check_consumers.py MODE MESON SOURCE_ROOT BUILD_ROOT VERSION PREFIX COMPILER...

MODE
  fresh          `meson setup` and `meson install --destdir` of a copy with default options:
                 nothing is compiled; the headers, descr.pc and the CMake package are installed.
  subproject     a Meson project with the copy in subprojects/descr and
                 dependency('descr', fallback: ['descr', 'descr_dep']): only the consumer is
                 built, descr registers no target and no test and looks up neither doctest nor
                 python.
  wrap           the same through subprojects/descr.wrap's `[provide] descr = descr_dep` and a
                 plain dependency('descr'), the consumer built as C++23.
  cmake-package  find_package(descr VERSION CONFIG) against BUILD_ROOT installed with --destdir
                 (CMAKE_PREFIX_PATH); an incompatible version is refused.
  cmake-subdir   add_subdirectory(descr) of the copy.
The consumer is consumer.cpp beside this script; it must print "5 10".
"""
import glob, json, os, shlex, shutil, subprocess, sys, tempfile

mode, meson, source_root, build_root, version, prefix, *compiler = sys.argv[1:]
here = os.path.dirname(os.path.abspath(__file__))
consumer = os.path.join(here, 'consumer.cpp')
EXPECTED = '5 10\n'


def fail(msg):
    sys.exit(f'{mode}: {msg}')


def run(cmd, **kw):
    print('$', shlex.join(cmd), flush=True)
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stdout.write(r.stdout)
        sys.stdout.write(r.stderr)
        fail(f'{cmd[0]} exited with {r.returncode}')
    return r.stdout


def copy_source(dst):
    """The files git knows (tracked, or untracked and not ignored); else the tree minus builds."""
    r = subprocess.run(['git', '-C', source_root, 'ls-files', '-z', '--cached', '--others',
                        '--exclude-standard'], capture_output=True, text=True)
    if r.returncode == 0 and r.stdout:
        for rel in r.stdout.split('\0'):
            src = os.path.join(source_root, rel)
            if rel and os.path.isfile(src):
                os.makedirs(os.path.dirname(os.path.join(dst, rel)), exist_ok=True)
                shutil.copy2(src, os.path.join(dst, rel))
    else:
        shutil.copytree(source_root, dst, ignore=shutil.ignore_patterns(
            '.git', 'build', 'work', '__pycache__'))


def run_consumer(exe):
    out = run([exe])
    if out != EXPECTED:
        fail(f'the consumer printed {out!r}, not {EXPECTED!r}')
    print(out, end='')


meson_env = dict(os.environ, CXX=shlex.join(compiler))


def cmake_build(project_dir, build_dir, *defs):
    args = ['cmake', '-S', project_dir, '-B', build_dir, '-Werror=dev',
            f'-DCMAKE_CXX_COMPILER={compiler[-1]}', *defs]
    if len(compiler) > 1:
        args.append('-DCMAKE_CXX_COMPILER_LAUNCHER=' + ';'.join(compiler[:-1]))
    if shutil.which('ninja'):
        args += ['-G', 'Ninja']
    run(args)
    run(['cmake', '--build', build_dir, '--parallel', '1'])
    run_consumer(os.path.join(build_dir, 'consumer'))


def fresh(tmp):
    src = os.path.join(tmp, 'descr')
    copy_source(src)
    build, root = os.path.join(tmp, 'build'), os.path.join(tmp, 'root')
    run([meson, 'setup', build, src], env=meson_env)
    out = run([meson, 'install', '-C', build, '--destdir', root])
    if 'ninja: no work to do.' not in out:
        fail('`meson install` built something:\n' + out)
    installed = [os.path.relpath(p, root)
                 for p in glob.glob(os.path.join(root, '**'), recursive=True) if os.path.isfile(p)]
    for name in ['descr/descr.hpp', 'descr/detail/config.hpp', 'descr.pc', 'descrConfig.cmake',
                 'descrConfigVersion.cmake']:
        if not any(p.endswith('/' + name) for p in installed):
            fail(f'{name} was not installed: {installed}')
    unexpected = [p for p in installed if not p.endswith(('.hpp', '.pc', '.cmake'))]
    if unexpected:
        fail(f'installed more than headers, descr.pc and the CMake package: {unexpected}')
    print(f'nothing compiled; {len(installed)} files installed')


def subproject(tmp, wrap):
    project = os.path.join(tmp, 'consumer')
    copy_source(os.path.join(project, 'subprojects', 'descr'))
    shutil.copy(consumer, project)
    if wrap:
        # Meson 1.0 has no cpp_std=c++23: the consumer passes -std itself.
        std, lookup = 'none', "dependency('descr')"
        with open(os.path.join(project, 'subprojects', 'descr.wrap'), 'w') as f:
            f.write('[wrap-file]\ndirectory = descr\n\n[provide]\ndescr = descr_dep\n')
        args = ["cpp_args: ['-std=c++23', '-DDESCR_EXPECT_NEWER_THAN_CXX20']"]
    else:
        std, lookup = 'c++20', "dependency('descr', fallback: ['descr', 'descr_dep'])"
        args = []
    kwargs = ', '.join([f'dependencies: {lookup}', *args])
    with open(os.path.join(project, 'meson.build'), 'w') as f:
        f.write(f"project('consumer', 'cpp', default_options: ['cpp_std={std}'])\n"
                f"executable('consumer', 'consumer.cpp', {kwargs})\n")
    build = os.path.join(tmp, 'build')
    run([meson, 'setup', build, project, '--force-fallback-for=descr', '--wrap-mode=nodownload'],
        env=meson_env)
    run([meson, 'compile', '-C', build, '-j', '1'])
    run_consumer(os.path.join(build, 'consumer'))
    # descr as a subproject: no target, no test, no test-only lookup.
    targets = subprocess.run([meson, 'introspect', '--targets', build], capture_output=True,
                             text=True, check=True).stdout
    names = [(t['name'], t['subproject']) for t in json.loads(targets)]
    if names != [('consumer', None)]:
        fail(f'targets other than the consumer: {names}')
    tests = json.loads(subprocess.run([meson, 'introspect', '--tests', build], capture_output=True,
                                      text=True, check=True).stdout)
    if tests:
        fail(f'tests registered: {[t["name"] for t in tests]}')
    log = open(os.path.join(build, 'meson-logs', 'meson-log.txt')).read()
    for needle in ['doctest', 'Program python3']:
        if needle in log:
            fail(f'the configure log mentions {needle!r}')
    built = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(build, 'subprojects'))
             for f in fs if not f.endswith('.cmake')]  # the configured CMake package
    if built:
        fail(f'descr\'s build directory holds more than its CMake package: {built}')
    print('descr (subproject) registered no target and no test')


def cmake_package(tmp):
    root = os.path.join(tmp, 'root')
    run([meson, 'install', '-C', build_root, '--destdir', root, '--no-rebuild', '--quiet'])
    major, minor = (int(x) for x in version.split('.')[:2])
    project = os.path.join(tmp, 'consumer')
    os.makedirs(project)
    shutil.copy(consumer, project)
    with open(os.path.join(project, 'CMakeLists.txt'), 'w') as f:
        f.write(f'''cmake_minimum_required(VERSION 3.20)
project(consumer LANGUAGES CXX)
foreach(newer {major}.{minor + 1} {major + 1}.0)
  find_package(descr ${{newer}} CONFIG QUIET)
  if(descr_FOUND)
    message(FATAL_ERROR "descr {version} accepted a request for ${{newer}}")
  endif()
endforeach()
find_package(descr {major}.{minor} CONFIG REQUIRED)
if(NOT descr_VERSION VERSION_EQUAL {version})
  message(FATAL_ERROR "descr_VERSION is ${{descr_VERSION}}, not {version}")
endif()
add_executable(consumer consumer.cpp)
target_link_libraries(consumer PRIVATE descr::descr)
''')
    cmake_build(project, os.path.join(tmp, 'build'),
                '-DCMAKE_PREFIX_PATH=' + root + prefix)


def cmake_subdir(tmp):
    project = os.path.join(tmp, 'consumer')
    copy_source(os.path.join(project, 'descr'))
    shutil.copy(consumer, project)
    with open(os.path.join(project, 'CMakeLists.txt'), 'w') as f:
        f.write(f'''cmake_minimum_required(VERSION 3.20)
project(consumer LANGUAGES CXX)
add_subdirectory(descr)
get_directory_property(descr_version DIRECTORY descr DEFINITION descr_VERSION)
if(NOT descr_version VERSION_EQUAL {version})
  message(FATAL_ERROR "CMakeLists.txt says descr ${{descr_version}}, meson.build {version}")
endif()
add_executable(consumer consumer.cpp)
target_link_libraries(consumer PRIVATE descr::descr)
''')
    cmake_build(project, os.path.join(tmp, 'build'))


with tempfile.TemporaryDirectory() as tmp:
    {'fresh': fresh,
     'subproject': lambda t: subproject(t, wrap=False),
     'wrap': lambda t: subproject(t, wrap=True),
     'cmake-package': cmake_package,
     'cmake-subdir': cmake_subdir}[mode](tmp)
