#pragma once
// The write paths of setattr and delattr, once the entry point has checked the access.
#include <type_traits>
#include <utility>

#include "../errors.hpp"
#include "../lookup.hpp"
#include "../name_of.hpp"
#include "call.hpp"
#include "dependents.hpp"

namespace descr::detail {

// What a field accepts: implicit conversions, except those that lose a value's kind
// (floating to integral, a number to bool).
template <class T, class V>
concept accepts = std::is_convertible_v<V, T> &&
                  !(std::is_integral_v<T> && std::is_floating_point_v<std::remove_cvref_t<V>>) &&
                  !(std::is_same_v<T, bool> && !std::is_same_v<std::remove_cvref_t<V>, bool>);
// The same as a constant, for setattr's fast path (access.hpp), where a concept would cost
// each write a satisfaction check of its own (one per entry type); T void: no field.
template <class T, class V>
inline constexpr bool accepts_v = accepts<T, V>;

// Both then forget what depends on the attribute (dependents.hpp); a write that throws leaves
// the dependents as they were.
template <fixed_string Name, class Obj, class V>
constexpr void instance_setattr(Obj& obj, V&& v) {
  using R = resolve<class_of<Obj>, Name>;
  if constexpr (R::binds)
    descriptor_set<typename R::found::member, typename R::found::owner>(obj, std::forward<V>(v));
  else
    value_in<typename R::cell>(obj) = std::forward<V>(v);
  forget_dependents<Name>(obj);
}

template <fixed_string Name, class Obj>
constexpr void instance_delattr(Obj& obj) {
  using C = class_of<Obj>;
  using R = resolve<C, Name>;
  if constexpr (R::binds) {
    descriptor_del<typename R::found::member, typename R::found::owner>(obj);
  } else {
    auto& value = value_in<typename R::cell>(obj);
    if (!value) DESCR_DETAIL_RAISE(attribute_error::no_attribute(name_of<C>, Name.view()));
    value.reset();
  }
  forget_dependents<Name>(obj);
}

}  // namespace descr::detail
