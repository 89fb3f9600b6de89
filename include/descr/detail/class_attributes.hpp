#pragma once
// A class's attributes (Python's C.__dict__ along the MRO): the first of each name, found by
// one deduction against a per-class index, and the descriptor object behind it.
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../protocol.hpp"
#include "class_layout.hpp"
#include "class_state.hpp"
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

// A constant class attribute after set_name(type<Owner>, name), run at compile time: a copy
// of the prototype, one per (Owner, M). Without a set_name it is the member's prototype
// itself, which the fast path reads and writes without naming this variable (read_plan): every
// access then reaches the same object (Python's `E().f is E.f` for a staticmethod), as a
// scalar class variable is the one int Python's classes share for `x = 5`.
template <class Owner, class M>
inline constexpr const auto& named_constant = M::prototype;
template <class Owner, class M>
  requires HasSetName<decltype(M::prototype), Owner>
inline constexpr auto named_constant<Owner, M> = [] {
  auto d = M::prototype;
  d.set_name(type<Owner>, M::name.view());
  return d;
}();

// Whether M's set_name, if it has one, takes (type<Owner>, std::string_view).
template <class Owner, class M>
concept set_name_takes =
    !HasSetName<typename M::descriptor_type, Owner> ||
    requires(typename M::descriptor_type d) { d.set_name(type<Owner>, std::string_view{}); };

// A constant descriptor may declare `constexpr std::string_view constant_error() const`: what
// is wrong with the constants it is built from (a minimum above the maximum, no options), or
// an empty view. object<> rejects the class at its definition when the view is not empty,
// naming the class, the attribute and these words (constant_error_text).
template <class D>
concept declares_constant_error = requires(const D& d) { d.constant_error(); };
template <class M>
inline constexpr bool constant_ok = true;
template <class M>
  requires(M::kind == member_kind::attr && declares_constant_error<typename M::descriptor_type>)
inline constexpr bool constant_ok<M> = std::string_view(M::prototype.constant_error()).empty();
template <class M>
inline constexpr auto constant_error_text = [] {
  constexpr std::string_view what = M::prototype.constant_error();
  fixed_string<what.size() + 1> text;
  for (std::size_t i = 0; i != what.size(); ++i) text.data[i] = what[i];
  return text;
}();

// Whether a class attribute's descriptor has nothing to check or run when the class is
// defined: no set_name, no constant_error, no dependencies. Asked once per descriptor type,
// so that the many plain members of a class (class variables, most descriptors) cost the
// class's definition no questions of their own (object<>'s names_set).
template <class D>
inline constexpr bool nothing_at_definition =
    (!__is_class(D) && !__is_union(D)) ||
    (!declares_set_name<D> && !declares_constant_error<D> && !HasDependencies<D>);

// Whether no class attribute of the list has anything to check or run at the class's
// definition (nothing_at_definition: asked once per descriptor type).
template <class Attributes>
struct plain_at_definition;
template <class... M>
struct plain_at_definition<list<M...>> {
  static const bool value =
      __is_same(bools<nothing_at_definition<remove_cv_t<typename M::descriptor_type>>...>,
                bools<(sizeof(M) != 0)...>);
};

// Checks a constant descriptor's constants, then evaluates its set_name (named_constant), when
// the class is defined; false if the constants are rejected (set_name then does not run). One
// instantiation per member, and the second concept is decided once per descriptor type: this
// runs for every class attribute of every class.
template <class Owner, class M>
inline constexpr bool named_at_compile_time = true;
template <class Owner, class M>
  requires(M::kind == member_kind::attr && (HasSetName<typename M::descriptor_type, Owner> ||
                                            declares_constant_error<typename M::descriptor_type>))
inline constexpr bool named_at_compile_time<Owner, M> = [] {
  if constexpr (!constant_ok<M>) return false;
  else return (static_cast<void>(named_constant<Owner, M>), true);
}();

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
