#pragma once
// Which rule answers obj.x: CPython's PyObject_GenericGetAttr, decided at compile time.
//
// The class attribute is the first one named x along the MRO (a derived class's plain class
// variable hides a base's descriptor). Then, for an instance read:
//   1. it is a DataDescriptor (get, and set or del)  -> rule::data_descriptor: its get answers
//   2. the instance has an entry x                   -> rule::instance
//   3. it is a NonDataDescriptor (get only)          -> rule::non_data_descriptor: its get
//   4. it exists at all (a set-only descriptor too)  -> rule::class_variable: the object itself
//   5. the class has a getattr_hook that takes x      -> rule::getattr_hook: hook(self, name)
//   6. nothing                                       -> rule::none: a compile error
// Around that rule, as in Python:
//   - a getattribute_hook (__getattribute__) sees every instance read first and replaces the
//     rule; descr::generic_getattr is the rule itself (object.__getattribute__);
//   - an attribute_error thrown by a descriptor's get, or by the getattribute_hook, sends the
//     read to the getattr_hook, if the class has one;
//   - an absentable entry (rule 2) may be missing at run time: the read then falls through
//     to rules 3 to 5, or throws attribute_error. It is the one run-time check lookup makes.
// setattr and delattr: a class attribute with set or del binds the assignment (rule 1, even
// without get, as CPython's PyDescr_IsData); otherwise the instance entry takes it.
// A descriptor may refuse a member it declares (protocol.hpp: readable, writable, deletable,
// Python's property without fget, fset or fdel): the rule is unchanged, and the access is a
// compile error, or for a read the getattr_hook's answer, as after __get__'s AttributeError.
// Lookup uses the static type of the object, like a non-virtual call.
#include <type_traits>

#include "detail/cells.hpp"
#include "detail/class_attributes.hpp"
#include "protocol.hpp"

namespace descr {

enum class rule { data_descriptor, instance, non_data_descriptor, class_variable, getattr_hook, none };

namespace detail {

template <class C, fixed_string Name>
struct resolve {
  using found = class_attribute<Name, mro_t<C>>;
  using D = typename found::value_type;  // void when no class of the MRO declares Name
  static constexpr bool binds = HasSet<D, C> || HasDelete<D, C>;
  static constexpr bool has_set = HasSet<D, C>;
  static constexpr bool has_del = HasDelete<D, C>;
  using cell = cell_t<Name, C>;  // the instance entry, or void
  static constexpr bool has_entry = !std::is_void_v<cell>;

  // Rules 3 to 6: what answers when the instance has no entry (none declared, or absent).
  static constexpr bool non_data = NonDataDescriptor<D, C>;
  static constexpr rule without_instance =
      non_data                                             ? rule::non_data_descriptor
      : found::found                                       ? rule::class_variable
      : hook_answers<C, Name, !non_data && !found::found> ? rule::getattr_hook
                                                           : rule::none;
  static constexpr rule value = DataDescriptor<D, C> ? rule::data_descriptor
                                : has_entry          ? rule::instance
                                                     : without_instance;
};

// Rules are compared through this function: a dependent `a == b` on enum operands costs clang
// an overload resolution over the built-in candidates at every instantiation (about 0.5 M
// instructions each, measured with callgrind), a call nothing.
constexpr bool is(rule a, rule b) noexcept { return a == b; }

}  // namespace detail

// Which rule answers obj.x for an object of class C: static_assert on it in your CI.
template <class C, fixed_string Name>
inline constexpr rule resolution = detail::resolve<C, Name>::value;

}  // namespace descr
