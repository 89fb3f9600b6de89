#pragma once
// Python's property(fget, fset, fdel, doc): descr::property{fget, fset, fdel, "doc"}, an
// ordinary data descriptor built on the public protocol. Any part may be left out, or given as
// descr::none (Python's None): descr::property{fget}, descr::property{descr::none, fset}.
//
//   struct C : descr::object<C, descr::field<"_x", int>,
//       descr::attr<"x", descr::property{
//           [](auto& self) { return descr::getattr<"_x">(self); },
//           [](auto& self, int v) { descr::setattr<"_x">(self, v); },
//           descr::none,
//           "I'm the 'x' property."}>> {};
//
// Whatever it holds, a property declares get, set and del, so it is always a data descriptor
// (an instance entry never shadows it, as in Python); the parts it lacks it refuses
// (protocol.hpp's readable / writable / deletable), which makes the access a compile error in
// Python's words: reading without fget `has no getter`, assigning without fset `read-only
// attribute`, deleting without fdel `cannot delete attribute`, each naming the object's class
// and the attribute as the access spells it. Reading it from the class gives the property
// itself. getter, setter and deleter return a new property, the original unchanged, with the
// same doc (C++ functions have no docstring to take it from, so a doc is always given).
//
// The functions receive the object (generic `auto& self` follows the MRO of its class). A
// setter with a generic value parameter declares its return type, `-> void`: the lookup probes
// whether a setter takes a value, and a deduced return type would instantiate its body with the
// probe.
#include <cstddef>
#include <type_traits>
#include <utility>

#include "../fixed_string.hpp"
#include "../protocol.hpp"

namespace descr {

template <class Get = none_t, class Set = none_t, class Del = none_t, std::size_t N = 1>
struct property {
  // Python's fget, fset, fdel (descr::none where absent) and __doc__ (empty where not given).
  Get fget;
  Set fset;
  Del fdel;
  fixed_string<N> doc;

  // The parts a property lacks are refused (protocol.hpp): the error is then Python's.
  static constexpr bool readable = !std::is_same_v<Get, none_t>;
  static constexpr bool writable = !std::is_same_v<Set, none_t>;
  static constexpr bool deletable = !std::is_same_v<Del, none_t>;

  constexpr property(Get g = Get{}, Set s = Set{}, Del d = Del{}) noexcept
    requires(N == 1)
      : fget(g), fset(s), fdel(d), doc() {}
  constexpr property(Get g, Set s, Del d, const char (&text)[N]) noexcept
      : fget(g), fset(s), fdel(d), doc(text) {}
  constexpr property(Get g, Set s, Del d, const fixed_string<N>& text) noexcept
      : fget(g), fset(s), fdel(d), doc(text) {}

  // C.x: the property itself (Python's `if obj is None: return self`).
  template <class C>
  constexpr const property& get(none_t, type_t<C>) const noexcept {
    return *this;
  }
  // obj.x: fget(obj).
  template <class Obj>
    requires(readable && !std::is_same_v<std::remove_cv_t<Obj>, none_t>)
  constexpr decltype(auto) get(Obj& obj) const {
    return fget(obj);
  }
  // obj.x = v: fset(obj, v), for a value fset takes (any other is `wrong type for attribute`).
  template <class Obj, class V>
    requires(writable && std::is_invocable_v<const Set&, Obj&, V>)
  constexpr void set(Obj& obj, V&& value) const {
    fset(obj, std::forward<V>(value));
  }
  // del obj.x: fdel(obj).
  template <class Obj>
    requires(deletable)
  constexpr void del(Obj& obj) const {
    fdel(obj);
  }

  // A new property with one function replaced; this one is unchanged.
  template <class G>
  constexpr property<G, Set, Del, N> getter(G g) const noexcept {
    return {g, fset, fdel, doc};
  }
  template <class S>
  constexpr property<Get, S, Del, N> setter(S s) const noexcept {
    return {fget, s, fdel, doc};
  }
  template <class D>
  constexpr property<Get, Set, D, N> deleter(D d) const noexcept {
    return {fget, fset, d, doc};
  }
};

property() -> property<>;
template <class G>
property(G) -> property<G>;
template <class G, class S>
property(G, S) -> property<G, S>;
template <class G, class S, class D>
property(G, S, D) -> property<G, S, D>;
template <class G, class S, class D, std::size_t N>
property(G, S, D, const char (&)[N]) -> property<G, S, D, N>;

}  // namespace descr
