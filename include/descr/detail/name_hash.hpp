#pragma once
// The hash of an attribute's name, by which the checks of a class's names and the lookups by
// name find repeats in about one probe per name (detail/unique_names.hpp).
#include <cstddef>
#include <cstdint>
#include <utility>

namespace descr::detail {

// FNV-1a, over characters by index, without std::string_view's iterators (fewer steps for the
// constant evaluators). Never 0 (a hash of 0 is given as 1): 0 marks an empty slot of a table.
// Each member and entry type holds its name's hash as `name_hash`, computed once per type: an
// expression that hashes a name costs clang about 0.3 M instructions to instantiate, which
// the two checks of a class's names and its entries' table would each pay per name.
inline constexpr std::uint64_t fnv_offset = 14695981039346656037ull, fnv_prime = 1099511628211ull;
constexpr std::uint64_t fnv1a(const char* s, std::size_t size) noexcept {
  std::uint64_t h = fnv_offset;
  for (std::size_t i = 0; i != size; ++i) h = (h ^ static_cast<unsigned char>(s[i])) * fnv_prime;
  return h + (h == 0);
}
// The same hash of a name given as an array (a fixed_string's data): its characters as a fold
// rather than a loop, each step one expression where a loop's iteration is several for the
// constant evaluators (clang: 0.07 M instructions less per name, 2% of a class of 1000
// attributes read and written once each). Names over 63 characters take the loop: a fold
// nests once per element, against the compilers' nesting limit (256).
template <std::size_t N, std::size_t... I>
constexpr std::uint64_t fnv1a_chars(const char (&s)[N], std::index_sequence<I...>) noexcept {
  std::uint64_t h = fnv_offset;
  ((h = (h ^ static_cast<unsigned char>(s[I])) * fnv_prime), ...);
  return h + (h == 0);
}
template <std::size_t N>
constexpr std::uint64_t fnv1a(const char (&s)[N]) noexcept {
  if constexpr (N <= 64) return fnv1a_chars(s, std::make_index_sequence<N - 1>{});
  else return fnv1a(s, N - 1);
}

}  // namespace descr::detail
