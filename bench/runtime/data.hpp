// The objects and inputs every workload reads: 64 objects per class, visited in turn, and
// inputs that change from one iteration to the next, so that the compiler can neither fold a
// read into a constant nor drop a store as dead.
#pragma once
#include <benchmark/benchmark.h>

#include <cstddef>
#include <string>
#include <type_traits>

namespace bench {

inline constexpr std::size_t count = 64;   // a power of two: i & mask picks the object
inline constexpr std::size_t mask = count - 1;

template <class T>
inline T objects[count]{};

inline int ints[count];                    // 0..count-1, shuffled (all valid quantities)
inline double doubles[count];
inline const std::string names[4] = {"WIDGET", "GADGET", "BOLT", "SPROCKET"};
inline const std::string kinds[4] = {"wood", "metal", "plastic", "metal"};

inline void fill_inputs() {
  for (std::size_t i = 0; i != count; ++i) {
    ints[i] = static_cast<int>((i * 37) & mask);
    doubles[i] = 280.0 + static_cast<double>(ints[i]);
  }
}

// Keeps a computed value: a scalar must be in a register (a real load, not an address);
// anything else goes through benchmark::DoNotOptimize.
template <class T>
inline void keep(const T& v) {
  if constexpr (std::is_arithmetic_v<T>)
    asm volatile("" : : "r"(v));
  else
    benchmark::DoNotOptimize(v);
}

// Every store must happen.
inline void stored() { benchmark::ClobberMemory(); }

}  // namespace bench
