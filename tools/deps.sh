#!/bin/sh
# Installs, from Debian 12's archive, what building and testing descr needs (root, apt-get).
set -e
pkgs="meson ninja-build cmake pkg-config python3 g++-12 clang-19 libboost1.81-dev doctest-dev libsqlite3-dev
  nlohmann-json3-dev python3-jsonschema libclang-rt-19-dev"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "installing:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi
