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

// Over characters by index, without std::string_view's iterators (fewer steps for the
// constant evaluators): a fixed_string's are hashed this way.
constexpr std::uint64_t fnv1a(const char* s, std::size_t size) noexcept {
  std::uint64_t h = 14695981039346656037ull;
  for (std::size_t i = 0; i != size; ++i)
    h = (h ^ static_cast<unsigned char>(s[i])) * 1099511628211ull;
  return h;
}
constexpr std::uint64_t fnv1a(std::string_view s) noexcept { return fnv1a(s.data(), s.size()); }
// The hash of an entry's name, computed once per entry type.
template <class E>
inline constexpr std::uint64_t name_hash = fnv1a(E::name.data, E::name.size());

// Whether a hash of `own` is also one of `acc`'s (or repeats within `own`): a table of own's
// (the few names a class declares) probed with each of acc's. A true answer may come from two
// names of one hash; the caller then compares the names themselves.
constexpr bool shares_a_hash(std::initializer_list<std::uint64_t> acc,
                             std::initializer_list<std::uint64_t> own) {
  if (acc.size() == 0 || own.size() == 0) return false;
  const std::size_t capacity = 2 * own.size() + 1;
  std::uint64_t* hash = new std::uint64_t[capacity]{};
  bool* used = new bool[capacity]{};
  bool shared = false;
  for (std::uint64_t h : own) {
    std::size_t s = h % capacity;
    for (; used[s] && !shared; s = (s + 1) % capacity) shared = hash[s] == h;
    used[s] = true;
    hash[s] = h;
  }
  for (const std::uint64_t* a = acc.begin(); a != acc.end() && !shared; ++a)
    for (std::size_t s = *a % capacity; used[s] && !shared; s = (s + 1) % capacity)
      shared = hash[s] == *a;
  delete[] hash;
  delete[] used;
  return shared;
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
