#pragma once
// Whether names repeat: within a class (checked once per class at its definition), and along
// a hierarchy (a class redeclaring a name of its bases). Repeats are rare and classes can have
// a thousand names: open-addressing tables of the names' hashes find them in about one probe
// per name, in constant evaluation; only a hash found twice costs a comparison of names.
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

// A table of a class's own names' hashes (the few it declares), by open addressing, to probe
// with the hashes of the names it inherits; whether two own names share a hash. The table is
// the caller's local arrays, and the probes are written inline: a table in a struct, or a call
// per probe, costs the constant evaluators more than the probes (0.5% of a 32-class chain).
template <std::size_t Own, std::size_t Capacity>
constexpr bool fill_own_table(std::uint64_t (&hash)[Capacity], bool (&used)[Capacity],
                              const std::uint64_t* own) {
  bool repeats = false;
  for (std::size_t i = 0; i != Own; ++i) {
    std::size_t s = own[i] % Capacity;
    while (used[s] && hash[s] != own[i]) s = (s + 1) % Capacity;
    repeats = repeats || used[s];
    used[s] = true;
    hash[s] = own[i];
  }
  return repeats;
}

// Whether a hash of `own` (Own hashes) is also one of `acc`'s, or repeats within `own`. A true
// answer may come from two names of one hash; the caller then compares the names themselves.
template <std::size_t Own>
constexpr bool shares_a_hash(std::initializer_list<std::uint64_t> acc,
                             std::initializer_list<std::uint64_t> own) {
  if constexpr (Own == 0) {
    return false;
  } else {
    if (acc.size() == 0) return false;
    constexpr std::size_t capacity = 2 * Own + 1;
    std::uint64_t hash[capacity]{};
    bool used[capacity]{};
    if (fill_own_table<Own>(hash, used, own.begin())) return true;
    for (std::uint64_t h : acc)
      for (std::size_t s = h % capacity; used[s]; s = (s + 1) % capacity)
        if (hash[s] == h) return true;
    return false;
  }
}

// The hashes of the names of a class's instance entries (its whole MRO's), as a table each
// class builds from its base's: copied whole while the capacity (a power of two, at least
// twice the names) stays, rebuilt when it doubles, so that a chain of classes costs time
// linear in its entries rather than quadratic. A slot holds a hash, or 0 when empty (a hash
// of 0 is kept as 1: a false match only sends a class to the exact comparison of names).
// `repeats`: a hash added last was already there.
template <std::size_t Capacity>
struct name_hash_set {
  std::uint64_t hash[Capacity]{};
  bool repeats = false;
};
constexpr std::size_t hash_set_capacity(std::size_t names) {
  std::size_t c = 16;
  while (c < 2 * names) c *= 2;
  return c;
}
// Adds h; whether it was there.
template <std::size_t Capacity>
constexpr bool add_hash(name_hash_set<Capacity>& set, std::uint64_t h) {
  h += h == 0;
  std::size_t s = h % Capacity;
  while (set.hash[s] != 0 && set.hash[s] != h) s = (s + 1) % Capacity;
  const bool there = set.hash[s] != 0;
  set.hash[s] = h;
  return there;
}
template <std::size_t Capacity, std::size_t Prior>
constexpr name_hash_set<Capacity> add_hashes(const name_hash_set<Prior>& prior,
                                             std::initializer_list<std::uint64_t> added) {
  name_hash_set<Capacity> set{};
  if constexpr (Capacity == Prior) {
    set = prior;
    set.repeats = false;
  } else {
    for (std::uint64_t h : prior.hash)
      if (h != 0) add_hash(set, h);
  }
  for (std::uint64_t h : added) set.repeats = add_hash(set, h) || set.repeats;
  return set;
}

// How many of a list of classes, from the first, must merge their attributes one by one: up to
// the last class that declares a name which a class after it declares too (or a name it
// declares twice), judged by the names' hashes. The classes after it only append theirs.
// `counts`: each class's number of names; `hashes`: all the names' hashes, in the classes' order.
template <std::size_t Names>
constexpr std::size_t classes_to_merge(std::initializer_list<std::size_t> counts,
                                       std::initializer_list<std::uint64_t> hashes) {
  name_hash_set<hash_set_capacity(Names)> set{};
  const std::size_t* count = counts.end();
  const std::uint64_t* h = hashes.end();
  for (std::size_t k = counts.size(); k != 0; --k) {
    --count;
    for (std::size_t i = 0; i != *count; ++i)
      if (add_hash(set, *--h)) return k;
  }
  return 0;
}

// For each of rest's hashes, whether it is one of own's (a class's own names'), in one
// constant evaluation for a whole class.
template <std::size_t Rest>
struct hash_hits {
  bool at[Rest];
};
template <std::size_t Rest, std::size_t Own>
constexpr hash_hits<Rest> hashes_in(const std::uint64_t (&rest)[Rest],
                                    const std::uint64_t (&own)[Own]) {
  constexpr std::size_t capacity = 2 * Own + 1;
  std::uint64_t hash[capacity]{};
  bool used[capacity]{};
  fill_own_table<Own>(hash, used, own);
  // Every element assigned: g++ 12 takes two template arguments of this type that differ
  // only in elements a value-initialized object left alone for equal.
  hash_hits<Rest> hits{};
  for (std::size_t i = 0; i != Rest; ++i) {
    bool hit = false;
    for (std::size_t s = rest[i] % capacity; used[s] && !hit; s = (s + 1) % capacity)
      hit = hash[s] == rest[i];
    hits.at[i] = hit;
  }
  return hits;
}

// The position of the first name that an earlier one repeats, or N. The table is a local
// array of a size known at compile time: g++ 12 evaluates a heap array (new[]) several times
// more slowly.
template <std::size_t N>
constexpr std::size_t first_repeated(const std::string_view (&names)[N]) {
  constexpr std::size_t capacity = 2 * N;
  std::size_t table[capacity]{};  // position + 1 of the name held, 0 empty
  for (std::size_t i = 0; i != N; ++i) {
    std::size_t s = fnv1a(names[i]) % capacity;
    for (; table[s] != 0; s = (s + 1) % capacity)
      if (names[table[s] - 1] == names[i]) return i;
    table[s] = i + 1;
  }
  return N;
}

// The position of the first repeated name of a list of members or entries: a class, not a
// function of the list, so that no symbol is named by the list (typelist.hpp).
template <class L>
struct first_repeated_name {
  static const std::size_t value = L::size;
};
template <class M0, class M1, class... M>
struct first_repeated_name<list<M0, M1, M...>> {
  static const std::size_t value =
      first_repeated<sizeof...(M) + 2>({M0::name.view(), M1::name.view(), M::name.view()...});
};

}  // namespace descr::detail
