#!/bin/sh
# Installs, from Debian 12's archive, what the benchmarks need beyond tools/deps.sh (root,
# apt-get): Google Benchmark, the run-time peers (RTTR, Qt 5 with moc), the Python peers
# (pydantic, attrs), callgrind, GNU time and gnuplot. CI does not run the benchmarks.
set -e
sh "$(dirname "$0")/deps.sh"
pkgs="libbenchmark-dev librttr-dev qtbase5-dev qtbase5-dev-tools python3-pydantic python3-attr valgrind time gnuplot-nox"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "installing:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi
