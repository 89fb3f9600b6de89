#pragma once
// Python's __slots__: descr::member<"left", T> declares a member object (Python's
// member_descriptor) and its value's storage inside the object. Built on the public protocol:
// a data descriptor whose storage (slot.hpp) has a hidden name, so that vars, dir and the Hana
// adapter leave it out, as Python keeps slots out of the instance __dict__.
//
//   struct Pair : descr::object<Pair, descr::member<"left", int>, descr::member<"right", int>> {};
//   Pair p;
//   descr::getattr<"left">(p);     // attribute_error: 'Pair' object has no attribute 'left'
//   descr::setattr<"left">(p, 1);
//   descr::getattr<"left">(descr::type<Pair>).repr()   // <member 'left' of 'Pair' objects>
//
// Layout: each member is a std::optional<T> in declaration order, base-most class first, as
// fields are: its value, then its presence flag, padded to T's alignment; sizeof(Pair) is that
// of struct { int left; bool left_set; int right; bool right_set; }. A base's members are
// inherited, not copied. A member is a data descriptor, so it wins over a field of its name.
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../errors.hpp"
#include "../fixed_string.hpp"
#include "../layout.hpp"
#include "../name_of.hpp"
#include "../protocol.hpp"
#include "../slot.hpp"

namespace descr {

namespace detail {
template <class C>
constexpr std::string_view name_of_class() noexcept {
  return name_of<C>;
}
}  // namespace detail

// The member object of a slot, one per class that declares it: Python's member_descriptor.
// Class access (descr::getattr<"left">(descr::type<Pair>)) gives it; name() is its __name__,
// objclass_name() the __name__ of its __objclass__ (the declaring class, also for a subclass).
template <fixed_string Name, class T>
struct member_descriptor {
  using storage_type = T;
  static constexpr auto storage_name(auto name) noexcept { return hidden_name_of(name); }

  // Set by set_name: a function, since the declaring class is still incomplete when it runs.
  // Public only because a constant template argument's members must be.
  std::string_view (*objclass_name)() = nullptr;

  template <class Owner>
  constexpr void set_name(type_t<Owner>, std::string_view) noexcept {
    objclass_name = &detail::name_of_class<Owner>;
  }

  static constexpr std::string_view name() noexcept { return Name.view(); }

  // An unset member: Python's "'Pair' object has no attribute 'left'".
  template <class Obj, class C>
  constexpr std::conditional_t<std::is_const_v<Obj>, const T&, T&> get(Obj&, type_t<C>,
                                                                        slot<T> s) const {
    if (!s.has_value()) DESCR_DETAIL_RAISE(attribute_error::no_attribute(name_of<C>, Name.view()));
    return s.get();
  }
  template <class Obj>
  constexpr void set(Obj&, T value, slot<T> s) const {
    s.set(std::move(value));
  }
  // Deleting an unset member: Python's AttributeError whose message is the name alone.
  template <class Obj>
  constexpr void del(Obj&, slot<T> s) const {
    if (!s.has_value()) DESCR_DETAIL_RAISE(attribute_error(std::string(Name.view())));
    s.del();
  }

  std::string repr() const {
    std::string r("<member '");
    r.append(Name.view()).append("' of '");
    if (objclass_name) r.append(objclass_name());
    return r.append("' objects>");
  }
};

// A slot: `__slots__ = ('left',)` is descr::member<"left", T>. A layout member, given among
// fields and attributes; it is an attr whose descriptor is the member object.
template <fixed_string Name, class T>
struct member : attr<Name, member_descriptor<Name, T>{}> {
  static_assert(!std::is_reference_v<T>, "a member holds a value, not a reference");
};

}  // namespace descr
