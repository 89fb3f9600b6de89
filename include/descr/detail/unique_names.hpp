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
#include "name_hash.hpp"
#include "typelist.hpp"

namespace descr::detail {

// A table of names' hashes (name_hash_of's, never 0), by open addressing: a slot holds a hash,
// or 0 when empty. Every table's capacity is odd: a slot is the hash modulo it, which every bit
// of the hash moves (name_hash_of mixes some characters into its high bits only). Adds h;
// whether it was there. Loops over many names probe the table inline: a call per probe costs
// the constant evaluators more than the probe (0.5% of a 32-class chain); name_hash_set,
// below, makes one call per class.
template <std::size_t Capacity>
constexpr bool add_hash(std::uint64_t (&table)[Capacity], std::uint64_t h) {
  std::size_t s = h % Capacity;
  while (table[s] != 0 && table[s] != h) s = (s + 1) % Capacity;
  const bool there = table[s] != 0;
  table[s] = h;
  return there;
}

// Whether a hash of `own` (Own hashes, a class's own names) is also one of `acc`'s, or repeats
// within `own`. A true answer may come from two names of one hash; the caller then compares
// the names themselves.
template <std::size_t Own>
constexpr bool shares_a_hash(std::initializer_list<std::uint64_t> acc,
                             std::initializer_list<std::uint64_t> own) {
  if constexpr (Own == 0) {
    return false;
  } else {
    if (acc.size() == 0) return false;
    constexpr std::size_t capacity = 2 * Own + 1;
    std::uint64_t table[capacity]{};
    for (std::uint64_t h : own)
      if (add_hash(table, h)) return true;
    for (std::uint64_t h : acc)
      for (std::size_t s = h % capacity; table[s] != 0; s = (s + 1) % capacity)
        if (table[s] == h) return true;
    return false;
  }
}

// The hashes of the names of a class's instance entries (its whole MRO's), as a table each
// class builds from its base's, in place (a constructor: the table is not copied once more to
// be returned): copied whole while the capacity stays, rebuilt when it grows, so that a chain
// of classes costs time linear in its entries rather than quadratic. `repeats`: a hash the
// class added (its own entries') was already there.
template <std::size_t Capacity>
struct name_hash_set {
  std::uint64_t hash[Capacity]{};
  bool repeats = false;

  constexpr name_hash_set() = default;
  constexpr name_hash_set(const name_hash_set& prior, std::initializer_list<std::uint64_t> added)
      : name_hash_set(prior) {
    repeats = false;
    add(added);
  }
  template <std::size_t Prior>
  constexpr name_hash_set(const name_hash_set<Prior>& prior,
                          std::initializer_list<std::uint64_t> added) {
    for (std::uint64_t h : prior.hash)
      if (h != 0) add_hash(hash, h);
    add(added);
  }

 private:
  // The probe written out, its common case (an empty slot) one test: every statement is a step
  // of constant evaluation, and a class adds each of its entries.
  constexpr void add(std::initializer_list<std::uint64_t> added) {
    for (std::uint64_t h : added) {
      std::size_t s = h % Capacity;
      while (hash[s] != 0) {
        if (hash[s] == h) {
          repeats = true;
          break;
        }
        s = (s + 1) % Capacity;
      }
      hash[s] = h;
    }
  }
};
// More than twice the names, a power of two and one.
constexpr std::size_t hash_set_capacity(std::size_t names) {
  std::size_t c = 17;
  while (c - 1 < 2 * names) c = 2 * c - 1;
  return c;
}
// The capacity of a chain's table of entry names: 65, then 1025, then about four times more
// each time it is half full. Rebuilding a table adds every name again, and adding a name costs
// the constant evaluators as much as copying a hundred slots: a few large steps cost less than
// doubling (with the table built in place, the overriding chain of bench/compile_time.py, 32
// classes of about 16 entries: clang 64 M instructions less, g++ 44 M).
constexpr std::size_t entry_set_capacity(std::size_t names) {
  if (names <= 32) return 65;
  std::size_t c = 1025;
  while (c - 1 < 2 * names) c = 4 * c - 3;
  return c;
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
      if (add_hash(set.hash, *--h)) return k;
  }
  return 0;
}

// How many of N hashes (a list of entries') an earlier one repeats (Shadowed), then which:
// `first[i]` whether hash i is the first of its value; the others, in order, at `at[k]`, each
// with the position of the first of its hash, `holder[k]` (a probe of add_hash's that keeps
// positions too). Two passes, so that the common
// answer (none) is a number rather than a template argument of three arrays (g++ 12: 0.15 G
// instructions at 1000 attributes).
template <std::size_t N>
constexpr std::size_t repeated_hashes(std::initializer_list<std::uint64_t> hashes) {
  std::uint64_t table[2 * N + 1]{};
  std::size_t repeats = 0;
  for (std::uint64_t h : hashes) repeats += add_hash(table, h);
  return repeats;
}
template <std::size_t N, std::size_t Shadowed>
struct first_hashes {
  bool first[N];
  std::size_t at[Shadowed];
  std::size_t holder[Shadowed];
};
template <std::size_t N, std::size_t Shadowed>
constexpr first_hashes<N, Shadowed> first_by_hash(std::initializer_list<std::uint64_t> hashes) {
  first_hashes<N, Shadowed> f{};
  std::uint64_t table[2 * N + 1]{};
  std::size_t position[2 * N + 1]{};
  std::size_t i = 0, k = 0;
  for (std::uint64_t h : hashes) {
    std::size_t s = h % (2 * N + 1);
    while (table[s] != 0 && table[s] != h) s = (s + 1) % (2 * N + 1);
    f.first[i] = table[s] == 0;
    if (table[s] == 0) {
      table[s] = h;
      position[s] = i;
    } else {
      f.at[k] = i;
      f.holder[k++] = position[s];
    }
    ++i;
  }
  return f;
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
  std::uint64_t table[capacity]{};
  for (std::uint64_t h : own) add_hash(table, h);
  // Every element assigned: g++ 12 takes two template arguments of this type that differ
  // only in elements a value-initialized object left alone for equal.
  hash_hits<Rest> hits{};
  for (std::size_t i = 0; i != Rest; ++i) {
    bool hit = false;
    for (std::size_t s = rest[i] % capacity; table[s] != 0 && !hit; s = (s + 1) % capacity)
      hit = table[s] == rest[i];
    hits.at[i] = hit;
  }
  return hits;
}

// The position of the first hash that an earlier one repeats, or N, on a local array of a size
// known at compile time (g++ 12 evaluates a heap array, new[], several times more slowly). The
// probe is written out, not a call of add_hash: a class of 1000 attributes asks it of 1000
// names (a call each cost clang 28 M instructions more, g++ 7 M).
template <std::size_t N>
constexpr std::size_t first_repeated_hash(const std::uint64_t (&hashes)[N]) {
  std::uint64_t table[2 * N + 1]{};
  for (std::size_t i = 0; i != N; ++i) {
    const std::uint64_t h = hashes[i];
    std::size_t s = h % (2 * N + 1);
    while (table[s] != 0) {
      if (table[s] == h) return i;
      s = (s + 1) % (2 * N + 1);
    }
    table[s] = h;
  }
  return N;
}
// The same, where two names may share a hash: equal hashes compare the names themselves.
template <std::size_t N>
constexpr std::size_t first_repeated(const std::uint64_t (&hashes)[N],
                                     const std::string_view (&names)[N]) {
  constexpr std::size_t capacity = 2 * N + 1;
  std::size_t table[capacity]{};  // position + 1 of the name held, 0 empty
  for (std::size_t i = 0; i != N; ++i) {
    std::size_t s = hashes[i] % capacity;
    for (; table[s] != 0; s = (s + 1) % capacity)
      if (hashes[table[s] - 1] == hashes[i] && names[table[s] - 1] == names[i]) return i;
    table[s] = i + 1;
  }
  return N;
}

// The position of the first repeated name of a list of members or entries: a class, not a
// function of the list, so that no symbol is named by the list (typelist.hpp). The names'
// hashes first, in one evaluation per class; a repeated hash (a name declared twice, rarely
// two names of one hash) then compares the names themselves.
template <class L, bool SameHash>
struct first_repeated_name_impl {
  static const std::size_t value = L::size;
};
template <class... M>
struct first_repeated_name_impl<list<M...>, true> {
  static const std::size_t value =
      first_repeated<sizeof...(M)>({M::name_hash...}, {M::name.view()...});
};
template <class L>
struct first_repeated_name {
  static const std::size_t value = L::size;
};
template <class M0, class M1, class... M>
struct first_repeated_name<list<M0, M1, M...>>
    : first_repeated_name_impl<
          list<M0, M1, M...>,
          first_repeated_hash<sizeof...(M) + 2>({M0::name_hash, M1::name_hash, M::name_hash...}) !=
              sizeof...(M) + 2> {};

}  // namespace descr::detail
