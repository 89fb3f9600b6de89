// The callgrind driver: `count WORKLOAD/VARIANT K` runs one workload K times, with callgrind's
// collection switched on around the loop only; `count --each K NAME...` runs several, callgrind's
// counters dumped and reset after each (one valgrind start-up for all). bench/run.py runs it
// under `valgrind --tool=callgrind --collect-atstart=no`; the count minus the empty loop's,
// divided by K, is the workload's instructions per iteration, which the load does not move.
#include <valgrind/callgrind.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "ops_native.hpp"
#include "peers_qt.hpp"
#include "peers_rttr.hpp"

namespace {
template <void (*Op)(std::size_t)>
void loop(std::size_t k) {
  for (std::size_t i = 0; i != k; ++i) Op(i);
}
struct entry {
  const char* name;
  void (*run)(std::size_t);
};
const entry entries[] = {
#define DESCR_BENCH_ENTRY(group, variant, op) {group "/" variant, loop<op>},
    DESCR_BENCH_NATIVE(DESCR_BENCH_ENTRY) DESCR_BENCH_RTTR(DESCR_BENCH_ENTRY)
        DESCR_BENCH_QT(DESCR_BENCH_ENTRY)
#undef DESCR_BENCH_ENTRY
};
}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::strcmp(argv[1], "--list") == 0) {
    for (const entry& e : entries) std::puts(e.name);
    return 0;
  }
  bool each = argc >= 4 && std::strcmp(argv[1], "--each") == 0;
  if (!each && argc != 3) {
    std::fprintf(stderr, "usage: count NAME K | count --each K NAME... | count --list\n");
    return 2;
  }
  bench::fill_native();
  bench::fill_rttr();
  bench::fill_qt();
  std::size_t k = std::strtoull(argv[2], nullptr, 10);
  for (int a = each ? 3 : 1; a != (each ? argc : 2); ++a) {
    const entry* found = nullptr;
    for (const entry& e : entries)
      if (std::strcmp(e.name, argv[a]) == 0) found = &e;
    if (!found) {
      std::fprintf(stderr, "count: no workload %s\n", argv[a]);
      return 2;
    }
    CALLGRIND_TOGGLE_COLLECT;
    found->run(k);
    CALLGRIND_TOGGLE_COLLECT;
    if (each) CALLGRIND_DUMP_STATS_AT(found->name);
  }
  return 0;
}
