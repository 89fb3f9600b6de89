// Every run-time workload beside its baselines, in one Google Benchmark run: the plain struct,
// the checks written by hand, descr, RTTR and Qt. bench/run.py reads its JSON output and
// writes the ratios to the plain struct (CPython's figures come from python_bench.py).
#include <benchmark/benchmark.h>

#include "ops_native.hpp"
#include "peers_qt.hpp"
#include "peers_rttr.hpp"

namespace {
template <void (*Op)(std::size_t)>
void run(benchmark::State& state) {
  std::size_t i = 0;
  for (auto _ : state) Op(i++);
}
}  // namespace

int main(int argc, char** argv) {
  bench::fill_native();
  bench::fill_rttr();
  bench::fill_qt();
#define DESCR_BENCH_REGISTER(group, variant, op) \
  benchmark::RegisterBenchmark(group "/" variant, run<op>);
  DESCR_BENCH_NATIVE(DESCR_BENCH_REGISTER)
  DESCR_BENCH_RTTR(DESCR_BENCH_REGISTER)
  DESCR_BENCH_QT(DESCR_BENCH_REGISTER)
#undef DESCR_BENCH_REGISTER
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
