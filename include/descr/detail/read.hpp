#pragma once
// The read paths of getattr, once the entry point has checked the access: rules 1 to 5 of
// lookup.hpp, the hooks, and class access.
#include <type_traits>

#include "../errors.hpp"
#include "../layout.hpp"
#include "../lookup.hpp"
#include "../name_of.hpp"
#include "call.hpp"

namespace descr::detail {

template <fixed_string Name, class Obj>
constexpr decltype(auto) call_getattr_hook(Obj& obj) {
  return getattr_hook_of<class_of<Obj>>::function(obj, name_t<Name>{});
}

// An attribute_error raised while reading sends the read to the class's getattr_hook, as
// Python's slot_tp_getattr_hook does (when the hook's result converts to the read's type).
template <fixed_string Name, class Obj, class F>
constexpr decltype(auto) or_getattr_hook(Obj& obj, F&& read) {
  using C = class_of<Obj>;
  if constexpr (std::is_void_v<getattr_hook_of<C>>) {
    return read();
  } else {
    using R = std::decay_t<decltype(read())>;
    if constexpr (std::is_convertible_v<decltype(call_getattr_hook<Name>(obj)), R>) {
      try {
        return R(read());
      } catch (const attribute_error&) {
        return R(call_getattr_hook<Name>(obj));
      }
    } else {
      return read();
    }
  }
}

// A descriptor's get; an attribute_error it raises goes to the class's getattr_hook, if any.
template <fixed_string Name, class C, class A, class Obj>
constexpr decltype(auto) hooked_descriptor_get(Obj& obj) {
  if constexpr (std::is_void_v<getattr_hook_of<C>>) {
    return descriptor_get<C, typename A::member, typename A::owner>(obj);
  } else {
    return or_getattr_hook<Name>(obj, [&]() -> decltype(auto) {
      return descriptor_get<C, typename A::member, typename A::owner>(obj);
    });
  }
}

// Rules 3 to 5, which answer when the instance has no entry of that name.
template <fixed_string Name, class Obj>
constexpr decltype(auto) without_instance(Obj& obj) {
  using C = class_of<Obj>;
  using R = resolve<C, Name>;
  using A = typename R::found;
  if constexpr (is(R::without_instance, rule::non_data_descriptor)) {
    return hooked_descriptor_get<Name, C, A>(obj);
  } else if constexpr (is(R::without_instance, rule::class_variable)) {
    return class_attribute_object<typename A::owner, typename A::member>();
  } else {
    return call_getattr_hook<Name>(obj);
  }
}

// Python's object.__getattribute__: rules 1 to 5.
template <fixed_string Name, class Obj>
constexpr decltype(auto) generic_getattr(Obj& obj) {
  using C = class_of<Obj>;
  using R = resolve<C, Name>;
  if constexpr (is(R::value, rule::data_descriptor)) {
    return hooked_descriptor_get<Name, C, typename R::found>(obj);
  } else if constexpr (is(R::value, rule::instance)) {
    auto& c = as_cell<typename R::cell>(obj);
    if constexpr (!R::cell::may_be_absent) {
      return (c.value);
    } else if constexpr (is(R::without_instance, rule::none)) {
      // The one run-time check lookup makes: is the entry there?
      if (!c.value) throw attribute_error::no_attribute(name_of<C>, Name.view());
      return (*c.value);
    } else {
      using T = typename R::cell::value_type;
      if (c.value) return T(*c.value);
      return T(without_instance<Name>(obj));
    }
  } else {
    return without_instance<Name>(obj);
  }
}

// A read through the class's getattribute_hook.
template <fixed_string Name, class Obj>
constexpr decltype(auto) hooked_getattr(Obj& obj) {
  using C = class_of<Obj>;
  return or_getattr_hook<Name>(obj, [&]() -> decltype(auto) {
    return getattribute_hook_of<C>::function(obj, name_t<Name>{});
  });
}

}  // namespace descr::detail
