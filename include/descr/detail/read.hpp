#pragma once
// The read paths of getattr, once the entry point has checked the access: rules 1 to 5 of
// lookup.hpp, the hooks, and class access.
#include <type_traits>

#include "../errors.hpp"
#include "../layout.hpp"
#include "../lookup.hpp"
#include "../name_of.hpp"
#include "call.hpp"
#include "either.hpp"

namespace descr::detail {

template <fixed_string Name, class Obj>
constexpr decltype(auto) call_getattr_hook(Obj& obj) {
  return getattr_hook_of<class_of<Obj>>::function(obj, name_t<Name>{});
}

// An attribute_error raised while reading sends the read to the class's getattr_hook, as
// Python's slot_tp_getattr_hook does; the read then has either answer's type (either.hpp).
// A read that returns nothing (a getattribute_hook branch that only throws) leaves the answer
// to the hook. Other exceptions propagate. Without exceptions (-fno-exceptions) nothing is
// caught: the read's attribute_error ends the program (detail/raise.hpp), and the answer keeps
// the type it has with exceptions.
template <fixed_string Name, class Obj, class F>
constexpr decltype(auto) or_getattr_hook(Obj& obj, F&& read) {
  if constexpr (!hook_answers<class_of<Obj>, Name, true>) {
    return read();
  } else if constexpr (std::is_void_v<decltype(read())>) {
#if defined(__cpp_exceptions)
    try {
      read();
    } catch (const attribute_error&) {
    }
#else
    read();
#endif
    return call_getattr_hook<Name>(obj);
  } else {
    using R = either<decltype(read()), decltype(call_getattr_hook<Name>(obj))>;
#if defined(__cpp_exceptions)
    try {
      return widen<R>(read());
    } catch (const attribute_error&) {
      return widen<R>(call_getattr_hook<Name>(obj));
    }
#else
    return widen<R>(read());
#endif
  }
}

// A descriptor's get; an attribute_error it raises goes to the class's getattr_hook, if any.
// A get that refuses every read (`readable = false`) is reached only where the hook answers
// (get_misuse): the hook answers at once, as __getattr__ does after the get's AttributeError.
template <fixed_string Name, class C, class A, class Obj>
constexpr decltype(auto) hooked_descriptor_get(Obj& obj) {
  if constexpr (refuses_get<typename A::value_type>) {
    return call_getattr_hook<Name>(obj);
  } else if constexpr (!hook_answers<C, Name, true>) {
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

// Whether two answers are lvalues of one class type, whatever their const.
template <class A, class B>
concept same_object_kind = std::is_lvalue_reference_v<A> && std::is_lvalue_reference_v<B> &&
                           std::is_same_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>> &&
                           !std::is_scalar_v<std::remove_cvref_t<A>>;
template <class A, class B>
using common_lvalue = std::conditional_t<std::is_const_v<std::remove_reference_t<A>> ||
                                             std::is_const_v<std::remove_reference_t<B>>,
                                         const std::remove_cvref_t<A>&, std::remove_cvref_t<A>&>;

// Python's object.__getattribute__: rules 1 to 5.
template <fixed_string Name, class Obj>
constexpr decltype(auto) generic_getattr(Obj& obj) {
  using C = class_of<Obj>;
  using R = resolve<C, Name>;
  if constexpr (is(R::value, rule::data_descriptor)) {
    return hooked_descriptor_get<Name, C, typename R::found>(obj);
  } else if constexpr (is(R::value, rule::instance)) {
    auto& value = value_in<typename R::cell>(obj);
    if constexpr (!R::cell::may_be_absent) {
      return (value);
    } else if constexpr (is(R::without_instance, rule::none)) {
      // The one run-time check lookup makes: is the entry there?
      if (!value) DESCR_DETAIL_RAISE(attribute_error::no_attribute(name_of<C>, Name.view()));
      return (*value);
    } else if constexpr (same_object_kind<decltype(*value),
                                          decltype(without_instance<Name>(obj))>) {
      // Both answers are lvalues of the entry's class type (a cache its descriptor's get
      // fills): a reference to either, as a field read is, not a copy of the object. A scalar
      // is copied in each branch instead: free, and it lets the compiler reuse a value that
      // was just computed rather than load it again after the branches join.
      using Ref = common_lvalue<decltype(*value), decltype(without_instance<Name>(obj))>;
      if (value) return static_cast<Ref>(*value);
      return static_cast<Ref>(without_instance<Name>(obj));
    } else {
      // A missing entry falls through to rules 3 to 5: either answer, never converted.
      using Answer = either<typename R::cell::value_type, decltype(without_instance<Name>(obj))>;
      if (value) return widen<Answer>(*value);
      return widen<Answer>(without_instance<Name>(obj));
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
