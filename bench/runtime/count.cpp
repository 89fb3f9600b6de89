// The callgrind driver: `count WORKLOAD/VARIANT K` runs one workload K times, with callgrind's
// collection switched on around the loop only. bench/run.py runs it under
// `valgrind --tool=callgrind --collect-atstart=no`; the count minus the empty loop's, divided by
// K, is the workload's instructions per iteration, which the machine's load does not move.
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
  if (argc != 3) {
    std::fprintf(stderr, "usage: count WORKLOAD/VARIANT K | count --list\n");
    return 2;
  }
  bench::fill_native();
  bench::fill_rttr();
  bench::fill_qt();
  for (const entry& e : entries)
    if (std::strcmp(e.name, argv[1]) == 0) {
      std::size_t k = std::strtoull(argv[2], nullptr, 10);
      CALLGRIND_TOGGLE_COLLECT;
      e.run(k);
      CALLGRIND_TOGGLE_COLLECT;
      return 0;
    }
  std::fprintf(stderr, "count: no workload %s\n", argv[1]);
  return 2;
}
