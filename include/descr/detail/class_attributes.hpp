#pragma once
// A class's attributes (Python's C.__dict__ along the MRO): the first of each name, found by
// one deduction against a per-class index, and the descriptor object behind it.
#include <cstddef>
#include <type_traits>
#include <utility>

#include "../protocol.hpp"
#include "class_layout.hpp"
#include "class_state.hpp"
#include "named_constant.hpp"
#include "typelist.hpp"
#include "unique_names.hpp"

namespace descr::detail {

template <class T>
using class_of = typename std::remove_cvref_t<T>::descr_layout::self;
template <class C>
using layout_of = typename C::descr_layout;
template <class C>
using mro_t = typename layout_of<C>::mro;

// Entries found by name with one deduction against one base per entry (names unique).
template <fixed_string Name, class E>
struct named {};
template <class Entries>
struct flat_index;
template <class... E>
struct flat_index<list<E...>> : named<E::name, E>... {};

// The entry of a name, or void.
template <fixed_string Name>
void find_entry(...);
template <fixed_string Name, class E>
E find_entry(const named<Name, E>*);
template <class Index, fixed_string Name>
using entry_t = decltype(find_entry<Name>(static_cast<const Index*>(nullptr)));

// Own entries, then the entries of Rest whose names Own lacks: how a class's attributes take
// precedence over those of the classes after it in the MRO. Most classes redeclare nothing,
// which the names' hashes tell, and append; the others keep each of Rest's entries whose hash
// none of Own's has (SameHash, one constant evaluation for the class), and ask the others by
// deduction against an index of Own. Member alias templates: no class per entry of Rest.
template <bool SameHash>
struct unshadowed {
  template <class R, class OwnIndex>
  using type = list<R>;
};
template <>
struct unshadowed<true> {
  template <class R, class OwnIndex>
  using type = std::conditional_t<std::is_void_v<entry_t<OwnIndex, R::name>>, list<R>, list<>>;
};
template <class Own, class Rest, auto SameHash, class Seq = std::make_index_sequence<Rest::size>>
struct merge_unshadowed;
template <class... O, class... R, auto SameHash, std::size_t... I>
struct merge_unshadowed<list<O...>, list<R...>, SameHash, std::index_sequence<I...>> {
  using own_index = flat_index<list<O...>>;
  using type = concat<list<O...>,
                      typename unshadowed<SameHash.at[I]>::template type<R, own_index>...>;
};

template <class Own, class Rest, bool SharesHash>
struct shadow_merge_impl {
  using type = concat<Own, Rest>;
};
template <class... O, class... R>
struct shadow_merge_impl<list<O...>, list<R...>, true>
    : merge_unshadowed<list<O...>, list<R...>,
                       hashes_in<sizeof...(R), sizeof...(O)>({R::name_hash...},
                                                             {O::name_hash...})> {};

template <class Own, class Rest>
struct shadow_merge;
template <class... O, class... R>
struct shadow_merge<list<O...>, list<R...>>
    : shadow_merge_impl<list<O...>, list<R...>,
                        shares_a_hash<sizeof...(O)>({R::name_hash...}, {O::name_hash...})> {};

// The class attributes of a list of classes (an MRO, or the part of it after super's B), the
// first of each name along the list, merged class by class: the classes up to the Merge-th
// merge theirs one by one (shadow_merge), the rest are concatenated. With Merge 0, the classes'
// own attributes concatenated, which first_of_each_name (below) filters; merging class by class
// is its answer for two names of one hash only.
template <class Classes, std::size_t Merge, bool = (Merge == 0)>
struct merged_attributes;
template <class... K, std::size_t Merge>
struct merged_attributes<list<K...>, Merge, true> {
  using type = concat<typename layout_of<K>::own_attributes...>;
};
template <class K, class... Rest, std::size_t Merge>
struct merged_attributes<list<K, Rest...>, Merge, false>
    : shadow_merge<typename layout_of<K>::own_attributes,
                   typename merged_attributes<list<Rest...>, Merge - 1>::type> {};

template <class Classes, class All>
struct classes_to_merge_of;
template <class... K, class... E>
struct classes_to_merge_of<list<K...>, list<E...>> {
  static const std::size_t value = classes_to_merge<sizeof...(E)>(
      {layout_of<K>::own_attributes::size...}, {E::name_hash...});
};

// The first entry of each name along All (the classes' own attributes, concatenated), found by
// the names' hashes in one constant evaluation (first_by_hash) and one filter, however many
// classes redeclare a name: merging the classes one by one cost each class a pass over the
// attributes after it (a chain of 32 classes each overriding a method: 2.3 G instructions on
// clang at 1000 attributes). Each entry a later one shadows has its name compared with the
// first of its hash; two names of one hash (never seen: 64-bit hashes) take the one-by-one
// merge, which compares names.
template <bool Keep>
struct kept_if {
  template <class E>
  using type = list<E>;
};
template <>
struct kept_if<false> {
  template <class E>
  using type = list<>;
};
template <class All, auto F, class Seq = std::make_index_sequence<All::size>>
struct keep_first;
template <class... E, auto F, std::size_t... I>
struct keep_first<list<E...>, F, std::index_sequence<I...>> {
  using type = concat<typename kept_if<F.first[I]>::template type<E>...>;
};
template <class All, auto F, class Shadowed>
struct same_names;
template <class All, auto F, std::size_t... J>
struct same_names<All, F, std::index_sequence<J...>> {
  static const bool value = ((at<All, F.at[J]>::name == at<All, F.holder[J]>::name) && ...);
};
template <class Classes, class All, auto F, std::size_t Shadowed,
          bool Same = same_names<All, F, std::make_index_sequence<Shadowed>>::value>
struct first_of_names : keep_first<All, F> {};
template <class Classes, class All, auto F, std::size_t Shadowed>
struct first_of_names<Classes, All, F, Shadowed, false>
    : merged_attributes<Classes, classes_to_merge_of<Classes, All>::value> {};

template <class Classes, class All, std::size_t Shadowed>
struct shadowing;
template <class Classes, class... E>
struct shadowing<Classes, list<E...>, 0> {
  using type = list<E...>;
};
template <class Classes, class... E, std::size_t Shadowed>
struct shadowing<Classes, list<E...>, Shadowed>
    : first_of_names<Classes, list<E...>,
                     first_by_hash<sizeof...(E), Shadowed>({E::name_hash...}), Shadowed> {};
template <class Classes, class All>
struct first_of_each_name;
template <class Classes, class... E>
struct first_of_each_name<Classes, list<E...>>
    : shadowing<Classes, list<E...>, repeated_hashes<sizeof...(E)>({E::name_hash...})> {};

template <class Classes>
struct attribute_index_impl {
  using entries =
      typename first_of_each_name<Classes, typename merged_attributes<Classes, 0>::type>::type;
  using type = flat_index<entries>;
};
// One class: its own attributes, whose names object<> found unique.
template <class K>
struct attribute_index_impl<list<K>> {
  using entries = typename layout_of<K>::own_attributes;
  using type = flat_index<entries>;
};

// The first class attribute Name along Classes: its declaring class and its member.
template <class Entry>
struct attribute_entry {
  static constexpr bool found = true;
  using owner = typename Entry::owner;
  using member = typename Entry::member;
  using value_type = typename member::descriptor_type;
};
template <>
struct attribute_entry<void> {
  static constexpr bool found = false;
  using owner = void;
  using member = void;
  using value_type = void;
};
template <fixed_string Name, class Classes>
using class_attribute =
    attribute_entry<entry_t<typename attribute_index_impl<Classes>::type, Name>>;

// The object behind class attribute M of Owner, for an access that starts from class From
// (Owner or a class derived from it). A run-time one is reached through the set-up of From,
// which sets up Owner too: an access is a use of the class it starts from (for an instance's
// class, its construction was).
template <class Owner, class M, class From = Owner>
DESCR_DETAIL_ACCESS constexpr decltype(auto) class_attribute_object() {
  if constexpr (M::kind == member_kind::attr) {
    // Through a reference: g++ 12 deduces a value for `return (variable_template<...>);`.
    const auto& constant = named_constant<Owner, M>;
    return (constant);
  } else if constexpr (!set_up_at_run_time<Owner, M>) {
    return (*M::prototype);  // a shared object without set_name
  } else {
    if constexpr (!std::is_same_v<From, Owner>) class_state<From>::get();
    return (runtime_descriptor<Owner, M>());
  }
}

template <class Classes, bool Getattribute>
struct first_hook;
template <class... K, bool Getattribute>
struct first_hook<list<K...>, Getattribute> {
  template <class L>
  using own = std::conditional_t<Getattribute, typename L::own_getattribute_hook,
                                 typename L::own_getattr_hook>;
  static constexpr std::size_t index = first_true({!std::is_void_v<own<layout_of<K>>>...});
  using type = std::conditional_t<index == sizeof...(K), void,
                                  own<layout_of<type_at<index % sizeof...(K), K...>>>>;
};
// The first getattr_hook / getattribute_hook along C's MRO, or void.
template <class C>
using getattr_hook_of = typename first_hook<mro_t<C>, false>::type;
template <class C>
using getattribute_hook_of = typename first_hook<mro_t<C>, true>::type;

// Whether C's getattr_hook answers Name: it has one that accepts name_t<Name> (a hook may
// decline names with a constraint on its name parameter). Checked only when Asked, so that no
// hook is instantiated for a name that another rule answers.
template <class C, fixed_string Name, bool Asked>
concept hook_answers =
    Asked && !std::is_void_v<getattr_hook_of<C>> &&
    requires(C& self) { getattr_hook_of<C>::function(self, name_t<Name>{}); };

}  // namespace descr::detail
