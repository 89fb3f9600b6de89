#pragma once
// Attribute lookup with CPython's precedence (PyObject_GenericGetAttr), decided at compile time.
//
// For obj.x the class attribute is the first one named x along the MRO. Then:
//   1. it binds assignment (set or del) and has get      -> rule::data_descriptor
//   2. the instance has an entry x                        -> rule::instance
//   3. it has get                                         -> rule::non_data_descriptor
//   4. it exists                                          -> rule::class_variable
//   5. the class has a getattr_hook                       -> rule::getattr_hook
//   6. otherwise                                          -> rule::none (a compile error)
// Lookup uses the static type of the object, like a non-virtual call.
#include <type_traits>
#include <utility>

#include "detail/lookup_impl.hpp"

namespace descr {

// obj.x, C.x (descr::type<C>) and super(B, obj).x.
template <fixed_string Name, class Obj>
constexpr decltype(auto) getattr(Obj&& obj) {
  using T = std::remove_cvref_t<Obj>;
  if constexpr (detail::is_type_v<T>) {
    return detail::class_getattr<Name, typename T::type>();
  } else if constexpr (detail::is_super_v<T>) {
    return detail::super_getattr<Name>(obj);
  } else if constexpr (!Object<T>) {
    static_assert(Object<T>, "descr::getattr takes a descr object, descr::type<C> or descr::super");
    return detail::poison{};
  } else if constexpr (!std::is_void_v<detail::getattribute_hook_of<detail::class_of<T>>>) {
    return detail::hooked_getattr<Name>(obj);
  } else {
    return detail::generic_getattr<Name>(obj);
  }
}

// Python's object.__getattribute__(obj, 'x'): the lookup without the class's getattribute_hook.
template <fixed_string Name, Object Obj>
constexpr decltype(auto) generic_getattr(Obj& obj) {
  return detail::generic_getattr<Name>(obj);
}

// obj.x = value
template <fixed_string Name, Object Obj, class V>
constexpr void setattr(Obj& obj, V&& value) {
  detail::instance_setattr<Name>(obj, std::forward<V>(value));
}

// del obj.x
template <fixed_string Name, Object Obj>
constexpr void delattr(Obj& obj) {
  detail::instance_delattr<Name>(obj);
}

// C.x = v and del C.x: a descr class is fixed at compile time, like Python's built-in types
// ("cannot set 'x' attribute of immutable type 'C'"). State shared by the instances and
// changing at run time belongs in an attr_of descriptor.
template <fixed_string Name, class C, class V>
constexpr void setattr(type_t<C>, V&&) {
  static_assert(diagnostics::class_is_mutable<C, Name>,
                "cannot set attribute of immutable type: class attributes are compile-time");
}
template <fixed_string Name, class C>
constexpr void delattr(type_t<C>) {
  static_assert(diagnostics::class_is_mutable<C, Name>,
                "cannot delete attribute of immutable type: class attributes are compile-time");
}

// inspect.getattr_static(C, 'x'), or C.__dict__['x'] for the class that declares it: the class
// attribute itself, the first along the MRO, without calling its get (a descriptor object, a
// class variable's constant).
template <fixed_string Name, class C>
constexpr decltype(auto) getattr_static(type_t<C>) {
  using A = detail::class_attribute<Name, detail::mro_t<C>>;
  if constexpr (!A::found) {
    static_assert(diagnostics::object_has_no_attribute<type_t<C>, Name>,
                  "type object has no attribute: no class in the MRO declares this name");
    return detail::poison{};
  } else {
    return detail::class_attribute_object<typename A::owner, typename A::member>();
  }
}

// Which rule answers obj.x for an object of class C.
template <class C, fixed_string Name>
inline constexpr rule resolution = detail::resolve<C, Name>::value;

}  // namespace descr
