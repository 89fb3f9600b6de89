# Sourced by run-tests and run-examples from the repository root (POSIX sh): Meson's setup and
# build with their output kept in a log beside the build directory, and shown when they fail, so
# that a failure never goes by without Meson's or the compiler's own message.

# setup_dir DIR CXX [MESON_OPTION...]: `meson setup DIR` with that compiler and options, or,
# where DIR is already configured, `meson configure DIR` with the options (tests and examples
# are off by default). Output in DIR-setup.log; on failure all of it is printed, status 1.
setup_dir() {
  _dir=$1; _cxx=$2; shift 2
  _log=$_dir-setup.log
  mkdir -p "$(dirname "$_dir")"
  if [ -f "$_dir/build.ninja" ]; then
    [ $# -eq 0 ] && return 0
    meson configure "$_dir" "$@" >"$_log" 2>&1 && return 0
  elif CXX=$_cxx meson setup "$_dir" "$@" >"$_log" 2>&1; then
    return 0
  fi
  echo "meson setup $_dir failed (CXX=$_cxx):"
  cat "$_log"
  return 1
}

# build_dir DIR: `meson compile -C DIR -j 2`. Output in DIR-compile.log; on failure the first
# errors are printed, at most 80 lines, status 1. They start at the first line that is ninja's
# FAILED (the failed command, then the compiler's messages) or Meson's ERROR (Meson prints it
# before ninja's FAILED when regenerating the build files fails); else the log is shown from
# its start.
build_dir() {
  _log=$1-compile.log
  if meson compile -C "$1" -j 2 >"$_log" 2>&1; then
    return 0
  fi
  echo "build in $1 failed; the first errors:"
  awk 'found || /^FAILED: |ERROR: / { found = 1; print }' "$_log" >"$_log.first"
  [ -s "$_log.first" ] || cp "$_log" "$_log.first"
  head -n 80 "$_log.first"
  _lines=$(wc -l <"$_log.first")
  [ "$_lines" -le 80 ] || echo "... $((_lines - 80)) more lines: $_log"
  rm -f "$_log.first"
  return 1
}
