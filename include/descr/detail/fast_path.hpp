#pragma once
// The common accesses without the general machinery: reading or writing a field that no class
// attribute shadows, and reading a plain class variable (a scalar constant), on a class without
// a getattribute_hook. Each costs one deduction against a per-class index of all its names;
// everything else (descriptors, hooks, absentable reads, misuse) takes the general path, whose
// answer for these accesses is the same (lookup.hpp: rule::instance, rule::class_variable).
#include <cstdint>
#include <type_traits>

#include "c3.hpp"
#include "cells.hpp"
#include "class_attributes.hpp"
#include "misuse.hpp"
#include "typelist.hpp"
#include "unique_names.hpp"
#include "write.hpp"

namespace descr::detail {

// Whether accesses on C may take the fast path: C is a descr class defined with its own
// object<C, ...>, accepted by object<>'s checks, and without a getattribute_hook.
template <class C>
inline constexpr bool fast_class = false;
template <descr_class C>
  requires std::is_same_v<typename C::descr_layout::self, C>
inline constexpr bool fast_class<C> =
    C::descr_layout::hierarchy_ok && std::is_void_v<getattribute_hook_of<C>>;

// Every name of C, instance entries and class attributes, one base per entry, keyed by the
// name's hash: deduction compares integers faster than strings (about a quarter less, for
// both compilers). A name that is both an entry and an attribute (a field hidden by a
// descriptor, a descriptor's storage named like it), or two names of one hash, are two bases
// of one key, and their deduction fails as ambiguous: such names take the general path.
template <class E>
inline constexpr std::uint64_t name_hash = fnv1a(E::name.view());
template <std::uint64_t Hash, class E>
struct hashed {};
template <class Attributes, class Cells>
struct names_index;
template <class... A, class... K>
struct names_index<list<A...>, list<K...>> : hashed<name_hash<A>, A>...,
                                             hashed<name_hash<K>, K>... {};

template <std::uint64_t Hash>
void find_hashed(...);
template <std::uint64_t Hash, class E>
E find_hashed(const hashed<Hash, E>*);

struct no_names {};
template <class C, bool = fast_class<C>>
struct names_of {
  using type = no_names;
};
template <class C>
struct names_of<C, true> {
  using type = names_index<typename attribute_index_impl<mro_t<C>>::entries,
                           typename C::descr_layout::cells>;
};

// The entry found under Name's hash, if it has that name.
template <class E, fixed_string Name>
struct named_entry {
  using type = void;
};
template <class E, fixed_string Name>
  requires(E::name == Name)
struct named_entry<E, Name> {
  using type = E;
};

// The entry named Name of T (a cell<...> or an owned<...>), or void: one deduction, once per
// (class, name).
template <class T, fixed_string Name>
using fast_entry_t = typename named_entry<
    decltype(find_hashed<fnv1a(Name.view())>(static_cast<const typename names_of<T>::type*>(
        nullptr))),
    Name>::type;

template <class E>
inline constexpr int fast_kind = 0;  // 0: the general path
// 1: an instance entry always present; 2: one that may be absent (written fast, read not).
template <fixed_string Name, class T, bool A>
inline constexpr int fast_kind<cell<Name, T, A>> = A ? 2 : 1;
// 3: a class variable that cannot be a descriptor (a constant of scalar type, told by two
// built-in traits: std::is_scalar costs clang a disjunction of five); 4: another class
// attribute, fast when it is a descriptor that takes the access as it is (fast_get, fast_set).
template <class Owner, class M>
inline constexpr int fast_kind<owned<Owner, M>> =
    M::kind == member_kind::attr && !std::is_class_v<typename M::descriptor_type> &&
            !std::is_union_v<typename M::descriptor_type>
        ? 3
        : 4;

// Whether C's instance read of the class attribute E calls E's get at once: no getattr_hook
// to catch its attribute_error, a get that reads, in a form it takes (else get_misuse says
// what is wrong). Obj: the object as the read sees it, const or not.
template <class C, class E, class Obj>
concept fast_get = std::is_void_v<getattr_hook_of<C>> &&
                   HasGet<typename E::member::descriptor_type, C> &&
                   !refuses_get<typename E::member::descriptor_type> &&
                   get_form<C, typename E::member, Obj> != 0;

// Whether obj.x = v, for an Obj (const or not) and a V, writes the entry E directly.
template <class Obj, class E, class V>
concept fast_write = !std::is_const_v<Obj> && (fast_kind<E> == 1 || fast_kind<E> == 2) &&
                     accepts<typename E::value_type, V>;

// Whether obj.x = v calls the set of the class attribute E at once (else set_misuse says what
// is wrong: a descriptor without set, or whose set does not take a V).
template <class C, class E, class Obj, class V>
concept fast_set = HasSet<typename E::member::descriptor_type, C> &&
                   !refuses_set<typename E::member::descriptor_type> &&
                   set_accepts<typename E::member, Obj, V>();

}  // namespace descr::detail
