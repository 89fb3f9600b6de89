#pragma once
// The common accesses without the general machinery: reading or writing a field that no class
// attribute shadows, reading a plain class variable (a scalar constant), calling a descriptor's
// get or set that takes the access as it is, on a class without a getattribute_hook. Each
// costs a hash-table probe in constant evaluation and the choice of a type in a pack, indexed
// (names_of, below). Everything else (hooks, absentable reads, misuse) takes the
// general path, whose answer for these accesses is the same (lookup.hpp's rules; misuse.hpp
// finds nothing wrong with them). How a descriptor found is called: access_plan.hpp.
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <type_traits>

#include "class_attributes.hpp"
#include "typelist.hpp"
#include "unique_names.hpp"

// How an access picks its entry's type (below): clang indexes a pack, g++ takes nth<I>.
#if defined(__clang__) && defined(__cpp_pack_indexing)
#define DESCR_DETAIL_FLAT_ENTRIES 1
#else
#define DESCR_DETAIL_FLAT_ENTRIES 0
#include "nth.hpp"
#endif

namespace descr::detail {

// Whether accesses on C may take the fast path: C is a descr class defined with its own
// object<C, ...>, accepted by object<>'s checks, and without a getattribute_hook.
template <class C>
inline constexpr bool fast_class = false;
template <descr_class C>
  requires std::is_same_v<typename C::descr_layout::self, C>
inline constexpr bool fast_class<C> =
    C::descr_layout::hierarchy_ok && std::is_void_v<getattribute_hook_of<C>>;

// Every name of C, instance entries and class attributes, found in two steps: a hash table of the
// names' hashes, built once per class in constant evaluation, gives the entry's position (the
// access then checks the name itself) among the class attributes, then the instance entries, in
// order. The class attributes are every MRO class's own, in MRO order, shadowed ones included:
// the table keeps the first of a name, so that the first access costs no filtering of them
// (first_of_each_name: a chain of 32 classes overriding one name, 1000 attributes: clang 0.4 G
// instructions, g++ 0.45 G). Picking among all the class's entries by deduction or by a pack
// builtin would cost each access time linear in the class size (about 1 us per entry: at
// N = 1000, most of the compile): clang indexes the pack, g++ picks a group of 32, then the
// entry in it. A name that is both an entry and an attribute (a field hidden by a descriptor, a
// descriptor's storage named like it), or an entry's name of an attribute's hash, have no
// position; a name of the hash of another class attribute finds that one: such names take the
// general path.

// The entries' pack, taken by position. clang 19 indexes a pack directly (C++26 pack indexing,
// which it accepts in C++20 mode as an extension): the class's entries are one pack. Elsewhere
// the entries come in groups of 32 (below), a group<...>::at<I> a member alias naming the type
// at I through nth<I> (g++ 12, which has no pack builtin: detail/nth.hpp). One pack against
// groups: clang 0.2 G instructions less for a class of 1000 attributes read and written once
// each (bench/results/compile_time.md, Session 20).
#if DESCR_DETAIL_FLAT_ENTRIES
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wc++26-extensions"
template <class... E>
struct entry_pack {
  template <std::size_t I>
  using at = E...[I];
};
#pragma clang diagnostic pop
#else
template <class... E>
struct group {
  template <std::size_t I>
  using at = typename nth<I>::template type<E...>;
};
#endif

struct no_entry {
  static const int access_kind = 0;
  using value_type = void;
  static constexpr fixed_string<1> name{};  // no template parameter object: never the name
};

#if !DESCR_DETAIL_FLAT_ENTRIES
// A list of entries in groups of 32, in order (one instantiation per group, not per entry),
// the last one short (possibly empty). Each step is named by the entries left, so a list
// costs time quadratic in its length: the class attributes and the instance entries are
// grouped apart (half the cost for half of each), then joined with group<no_entry>, the group
// of the names no entry has. The last group is made by the primary template, so that each step
// is matched against one pattern (as concat, typelist.hpp). groups_for(n): how many groups a
// list of n entries takes.
constexpr std::size_t groups_for(std::size_t n) noexcept { return n / 32 + 1; }
template <class Group, class... E>
struct append_group;
template <class... G, class... E>
struct append_group<group<G...>, E...> {
  using type = group<G..., group<E...>>;
};
template <class Groups, class... E>
struct grouped {
  using type = typename append_group<Groups, E...>::type;
};
template <class... G, class E0, class E1, class E2, class E3, class E4, class E5, class E6,
          class E7, class E8, class E9, class E10, class E11, class E12, class E13, class E14,
          class E15, class E16, class E17, class E18, class E19, class E20, class E21, class E22,
          class E23, class E24, class E25, class E26, class E27, class E28, class E29, class E30,
          class E31, class... Rest>
struct grouped<group<G...>, E0, E1, E2, E3, E4, E5, E6, E7, E8, E9, E10, E11, E12, E13, E14, E15,
                      E16, E17, E18, E19, E20, E21, E22, E23, E24, E25, E26, E27, E28, E29, E30,
                      E31, Rest...>
    : grouped<group<G..., group<E0, E1, E2, E3, E4, E5, E6, E7, E8, E9, E10, E11, E12, E13, E14,
                              E15, E16, E17, E18, E19, E20, E21, E22, E23, E24, E25, E26, E27,
                              E28, E29, E30, E31>>, Rest...> {};

template <class A, class K>
struct join_groups;
template <class... A, class... K>
struct join_groups<group<A...>, group<K...>> {
  using type = group<A..., K..., group<no_entry>>;
};
#endif

// Open addressing: position + 1 of the entry of that hash, 0 for an empty slot, `ambiguous`
// for a hash an instance entry shares with another entry.
inline constexpr std::uint32_t ambiguous = ~std::uint32_t{0};
template <std::size_t Capacity>
struct position_table {
  std::uint64_t hash[Capacity];
  std::uint32_t position[Capacity];
};
// The table of a class's hashes (its Attributes class attributes', then its instance
// entries', whose positions start Skip after the attributes'), made by a class named by
// integers alone. Nothing the compiler emits may be named by the entries' types: g++ 12 mangles
// such a name in time quadratic in its length (typelist.hpp), 0.4 G instructions for a class of
// 1000 attributes, where a list of integers mangles in time linear in it.
// The capacity reaches make() as a template argument, not as the static member: at each read of
// a class's static member in constant evaluation, g++ 12 checks all the class's template
// arguments (for a class of 1000 attributes, about 2000 reads of 1000 hashes: 0.22 G
// instructions, 2.5% of the compile).
template <std::size_t Attributes, std::size_t Skip, std::uint64_t... H>
struct position_table_of {
  static const std::size_t capacity = 2 * sizeof...(H) + 1;
  template <std::size_t Capacity = capacity>
  static constexpr position_table<Capacity> make() {
    position_table<Capacity> t{};
    std::uint32_t i = 0;
    for (std::uint64_t h : std::initializer_list<std::uint64_t>{H...}) {
      std::size_t s = h % Capacity;
      while (t.position[s] != 0 && t.hash[s] != h) s = (s + 1) % Capacity;
      // A class attribute's hash seen before is a name the MRO redeclares (or, never seen with
      // 64-bit hashes, another name): the first, the MRO's, keeps the slot.
      t.position[s] = t.position[s] == 0 ? i + 1 + (i < Attributes ? 0 : Skip)
                      : i < Attributes   ? t.position[s]
                                         : ambiguous;
      t.hash[s] = h;
      ++i;
    }
    return t;
  }
};
template <class Attributes, class Cells>
struct names_table;
template <class... A, class... K>
struct names_table<list<A...>, list<K...>> {
#if DESCR_DETAIL_FLAT_ENTRIES
  // One pack: the attributes, the instance entries, then the entry of the names no entry has.
  static const std::size_t skip = 0, none = sizeof...(A) + sizeof...(K);
  using entries = entry_pack<A..., K..., no_entry>;
#else
  // The instance entries start a group of their own.
  static const std::size_t skip = groups_for(sizeof...(A)) * 32 - sizeof...(A);
  static const std::size_t none = (groups_for(sizeof...(A)) + groups_for(sizeof...(K))) * 32;
  using entries = typename join_groups<typename grouped<group<>, A...>::type,
                                       typename grouped<group<>, K...>::type>::type;
#endif
  using positions = position_table_of<sizeof...(A), skip, A::name_hash..., K::name_hash...>;
};

template <class C, bool = fast_class<C>>
struct table_of {
  using type = names_table<list<>, list<>>;
};
template <class C>
struct table_of<C, true> {
  using type = names_table<typename merged_attributes<mro_t<C>, 0>::type,
                           typename C::descr_layout::cells>;
};
// The table is a variable of a class named by C alone, cheap to name at each access (g++ 12:
// 3% of a class of 1000 attributes' compile, against a table in names_table).
template <class C>
struct names_of {
  using table_type = typename table_of<C>::type;
  static constexpr std::size_t none = table_type::none;
  static constexpr std::size_t capacity = table_type::positions::capacity;
  static constexpr position_table<capacity> table = table_type::positions::make();
  using entries = typename table_type::entries;
};

// The position of the entry whose name has the hash of `name`, or that of no_entry, past the
// others (a hash may be another name's: the access then checks the name, fast_kind).
// One loop condition and one comparison after it: every statement and branch is a step of
// constant evaluation, at each access (a `for` with a return in its body: clang 0.02 M
// instructions more per access). A hash is never 0, the hash of an empty slot.
template <class Names, std::size_t N>
constexpr std::size_t position_of(const char (&name)[N]) {
  const std::uint64_t hash = name_hash_of(name);
  std::size_t s = hash % Names::capacity;
  while (Names::table.hash[s] != hash && Names::table.position[s] != 0)
    s = (s + 1) % Names::capacity;
  const std::uint32_t p = Names::table.position[s] - 1;  // an empty slot or `ambiguous`: past none
  return p < Names::none ? p : Names::none;
}
// The access kind of the entry found, if its name is the one looked up, else 0: names are the
// same if they are the same template parameter object (one per value), a pointer comparison
// where comparing characters costs clang 0.2 M instructions per access. A function, not a
// template: nothing instantiated per access.
constexpr int fast_kind(int kind, const void* entry_name, const void* name) {
  return entry_name == name ? kind : 0;
}
// The entry at position P (a field<...> or an owned<...>), or no_entry past them. Each says
// how an access takes it (its access_kind, a member: a variable template of the entry would
// cost every access a partial-specialization match): 0 the general path (no_entry); 1 an
// instance entry always present; 2 one that may be absent (written fast, read not); 3 a class
// variable that cannot be a descriptor; 4 another class attribute, fast when it is a
// descriptor that takes the access as it is (fast_get, write_plan).
#if DESCR_DETAIL_FLAT_ENTRIES
template <class Names, std::size_t P>
using entry_at = typename Names::entries::template at<P>;
#else
template <class Names, std::size_t P>
using entry_at = typename Names::entries::template at<P / 32>::template at<P % 32>;
#endif

}  // namespace descr::detail
