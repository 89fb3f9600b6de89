// The cost of a validated setattr (DESIGN.md: "a validated set costs the check and the store,
// nothing more: within 5% of the same check written by hand"). Google Benchmark times
// descr::setattr of a Number<int>{.minvalue = 0} against the hand-written check and store;
// `--count=descr|hand N` runs N sets and nothing else, for callgrind's instruction counts.
// Built and run by validated_set.py, which writes results/validated_set.md.
#include <benchmark/benchmark.h>

#include <descr/validators.hpp>

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

struct Gauge : descr::object<Gauge, descr::attr<"level", descr::Number<int>{.minvalue = 0}>> {};

// What Number<int>{.minvalue = 0} does, by hand: the check, Python's message when it fails, the
// store into an entry that may be absent (descr's private entry "_level" is one).
struct HandGauge {
  std::optional<int> level;
  void set_level(int v) {
    if (v < 0) throw descr::value_error("Expected " + std::to_string(v) + " to be at least 0");
    level = v;
  }
};

// The values: 0..1023, all valid (the cost measured is the common path, the check passing).
static void descr_setattr(benchmark::State& state) {
  Gauge g;
  int v = 0;
  for (auto _ : state) {
    descr::setattr<"level">(g, v);
    benchmark::DoNotOptimize(g);
    v = (v + 1) & 1023;
  }
}
static void hand_written(benchmark::State& state) {
  HandGauge g;
  int v = 0;
  for (auto _ : state) {
    g.set_level(v);
    benchmark::DoNotOptimize(g);
    v = (v + 1) & 1023;
  }
}
BENCHMARK(descr_setattr);
BENCHMARK(hand_written);

template <class G, class Set>
static int count(long n, Set set) {
  G g;
  for (long i = 0; i != n; ++i) {
    set(g, static_cast<int>(i & 1023));
    benchmark::DoNotOptimize(g);
  }
  return 0;
}

int main(int argc, char** argv) {
  if (argc == 3 && std::string_view(argv[1]).starts_with("--count=")) {
    long n = std::atol(argv[2]);
    if (std::string_view(argv[1]) == "--count=descr")
      return count<Gauge>(n, [](Gauge& g, int v) { descr::setattr<"level">(g, v); });
    return count<HandGauge>(n, [](HandGauge& g, int v) { g.set_level(v); });
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
