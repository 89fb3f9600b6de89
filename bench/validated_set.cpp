// The cost of a validated setattr (DESIGN.md: "a validated set costs the check and the store,
// nothing more: within 5% of the same check written by hand"), in two workloads:
//   level/*      one Number<int>{.minvalue = 0} field against `if (v < 0) throw ...; store`
//   component/*  the HowTo's Component, its three fields set (String, OneOf, Number), against
//                the same checks written by hand (bench/runtime/plain_classes.hpp)
// Google Benchmark times each; `--count=WORKLOAD N` runs N iterations and nothing else, for
// callgrind's instruction counts. Built and run by validated_set.py (results/validated_set.md).
#include <benchmark/benchmark.h>

#include <descr/validators.hpp>

#include <cstddef>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/ops_native.hpp"

struct Gauge : descr::object<Gauge, descr::attr<"level", descr::Number<int>{.minvalue = 0}>> {};

// What Number<int>{.minvalue = 0} does, by hand: the same check, Python's message when it
// fails, and the same state: an entry that is absent until the first set (descr's private
// entry "_level" is one, so that a read before any set raises AttributeError).
struct HandGauge {
  std::optional<int> level;
  void set_level(int v) {
    if (v < 0) throw descr::value_error("Expected " + std::to_string(v) + " to be at least 0");
    level = v;
  }
};

// The same, with the message made and thrown out of line, in a function of its own marked
// cold: how a check is written by hand when its cost matters (and how descr's is written).
struct HandColdGauge {
  std::optional<int> level;
  [[noreturn, gnu::cold, gnu::noinline]] static void reject_level(int v) {
    throw descr::value_error("Expected " + std::to_string(v) + " to be at least 0");
  }
  void set_level(int v) {
    if (v < 0) reject_level(v);
    level = v;
  }
};

namespace bench {
// One set per iteration, into one of 64 objects, of a value loaded from memory (so that the
// compiler cannot prove the check passes and drop it), all values valid (0..63).
inline void level_descr(std::size_t i) {
  descr::setattr<"level">(objects<Gauge>[i & mask], ints[i & mask]);
  stored();
}
inline void level_hand(std::size_t i) {
  objects<HandGauge>[i & mask].set_level(ints[i & mask]);
  stored();
}
inline void level_hand_cold(std::size_t i) {
  objects<HandColdGauge>[i & mask].set_level(ints[i & mask]);
  stored();
}
}  // namespace bench

#define DESCR_VALIDATED_SET(X)                              \
  X("empty", bench::empty)                                  \
  X("level/descr", bench::level_descr)                      \
  X("level/hand", bench::level_hand)                        \
  X("level/hand_cold", bench::level_hand_cold)              \
  X("component/descr", bench::descr_validated_set)          \
  X("component/descr_int", bench::descr_int_validated_set)  \
  X("component/hand", bench::hand_validated_set)            \
  X("component/hand_strong", bench::hand_strong_validated_set)

namespace {
template <void (*Op)(std::size_t)>
void run(benchmark::State& state) {
  std::size_t i = 0;
  for (auto _ : state) Op(i++);
}
template <void (*Op)(std::size_t)>
[[gnu::noinline]] void loop(std::size_t n) {
  for (std::size_t i = 0; i != n; ++i) Op(i);
}
}  // namespace

int main(int argc, char** argv) {
  bench::fill_native();
  for (std::size_t i = 0; i != bench::count; ++i) {
    bench::level_descr(i);
    bench::level_hand(i);
    bench::level_hand_cold(i);
  }
  if (argc == 3 && std::string_view(argv[1]).starts_with("--count=")) {
    std::string_view name = std::string_view(argv[1]).substr(8);
    std::size_t n = std::strtoull(argv[2], nullptr, 10);
#define DESCR_COUNT(workload, op) \
  if (name == workload) return loop<op>(n), 0;
    DESCR_VALIDATED_SET(DESCR_COUNT)
#undef DESCR_COUNT
    return 2;
  }
#define DESCR_REGISTER(workload, op) benchmark::RegisterBenchmark(workload, run<op>);
  DESCR_VALIDATED_SET(DESCR_REGISTER)
#undef DESCR_REGISTER
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
