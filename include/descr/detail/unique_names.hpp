#pragma once
// Whether a class declares a name twice, checked once per class at its definition. Duplicates
// are rare and classes can have a thousand names: an open-addressing table of the names'
// hashes finds the first repeat in about one probe per name, in constant evaluation.
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "config.hpp"
#include "typelist.hpp"

namespace descr::detail {

constexpr std::uint64_t fnv1a(std::string_view s) noexcept {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// The position of the first name that an earlier one repeats, or names.size().
constexpr std::size_t first_repeated(std::initializer_list<std::string_view> names) {
  const std::size_t n = names.size();
  if (n < 2) return n;
  const std::size_t capacity = 2 * n;
  std::size_t* table = new std::size_t[capacity]{};  // position + 1 of the name held, 0 empty
  std::size_t repeat = n;
  for (std::size_t i = 0; i != n && repeat == n; ++i) {
    std::string_view name = names.begin()[i];
    std::size_t s = fnv1a(name) % capacity;
    for (; table[s] != 0; s = (s + 1) % capacity)
      if (names.begin()[table[s] - 1] == name) {
        repeat = i;
        break;
      }
    table[s] = i + 1;
  }
  delete[] table;
  return repeat;
}

template <class... M>
constexpr std::size_t first_repeated_name(list<M...>*) {
  return first_repeated({M::name.view()...});
}

}  // namespace descr::detail
