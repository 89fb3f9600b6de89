#pragma once
// The class attributes that depend on others (protocol.hpp, HasDependencies), found once per
// class, and the forget calls a write to one of those others makes.
#include <type_traits>

#include "../protocol.hpp"
#include "call.hpp"
#include "class_attributes.hpp"
#include "typelist.hpp"

namespace descr::detail {

// A class's own attributes (owned<K, M>) that declare dependencies: computed once per class,
// whichever subclass asks.
template <class Owned>
struct declaring_dependencies;
template <class... O>
struct declaring_dependencies<list<O...>> {
  using type = concat<
      std::conditional_t<HasDependencies<typename O::member::descriptor_type>, list<O>, list<>>...>;
};

// Those of C's MRO that are the first of their name along it (a class attribute of a class
// before their own in the MRO hides them).
template <class C, class L>
struct first_along_mro;
template <class C, class... E>
struct first_along_mro<C, list<E...>> {
  using type = concat<std::conditional_t<
      std::is_same_v<typename class_attribute<E::name, mro_t<C>>::owner, typename E::owner>,
      list<E>, list<>>...>;
};

template <class C, class Mro = mro_t<C>>
struct dependents_of;
template <class C, class... K>
struct dependents_of<C, list<K...>> {
  using declared =
      concat<typename declaring_dependencies<typename layout_of<K>::own_attributes>::type...>;
  using type = typename first_along_mro<C, declared>::type;
};

// Whether a class of the MRO may declare an attribute with dependencies: not where each
// class's attributes were found plain at its definition (plain_at_definition, which object<>
// asks of every class), the common case, told without listing any class's attributes.
template <class Mro>
inline constexpr bool may_have_dependents = true;
template <class... K>
inline constexpr bool may_have_dependents<list<K...>> =
    !(plain_at_definition<typename layout_of<K>::class_attributes>::value && ...);

template <class C, bool Maybe>
struct dependents_if {
  static constexpr bool value = false;
};
template <class C>
struct dependents_if<C, true> {
  static constexpr bool value = dependents_of<C>::type::size != 0;
};
// Named by C alone (each write names it): a default template argument would be worked out
// again at every use.
template <class C>
inline constexpr bool has_dependents = dependents_if<C, may_have_dependents<mro_t<C>>>::value;

// After obj.Name was set or deleted: forget(obj) on each attribute that depends on Name.
template <fixed_string Name, class Obj>
constexpr void forget_dependents(Obj& obj) {
  using D = typename dependents_of<class_of<Obj>>::type;
  if constexpr (D::size != 0) {
    for_each_type<D>([&]<class E>(E*) {
      // One without forget was reported where its class is defined (object.hpp): skipped.
      if constexpr (E::member::descriptor_type::dependencies::contains(Name.view()) &&
                    !lacks_forget<typename E::member>)
        descriptor_forget<typename E::member, typename E::owner>(obj);
    });
  }
}

}  // namespace descr::detail
