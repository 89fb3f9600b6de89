#pragma once
// functools.cached_property: descr::cached_property{f} computes f(self) on the first read and
// stores the value in the instance under the attribute's own name, where it answers every later
// read (vars shows it) until delattr forgets it; setattr stores a value of its own, so that f
// never runs. Built on the public protocol: a non-data descriptor with absentable storage named
// like the attribute (slot.hpp's storage_name), so the lookup's instance rule answers a hit
// with one test of the presence flag.
//
//   struct Square : descr::object<Square,
//       descr::field<"side", double>,
//       descr::attr<"area", descr::cached_property{[](auto& self) -> double {
//         return descr::getattr<"side">(self) * descr::getattr<"side">(self);
//       }}>> {};
//
// f must declare its return type (`-> double`, not depending on self): the cache is stored in
// the object, so its type is needed before the class is complete, when f's body cannot be
// compiled yet.
//
// Beyond Python, dependencies: descr::cached_property{f, descr::depends_on<"side">} forgets its
// value whenever descr::setattr or descr::delattr changes `side` (protocol.hpp). Classes and
// attributes without dependents pay nothing for it.
//
// Threads: no lock, as CPython 3.12 dropped its own (gh-87634): two threads reading an empty
// cache may both compute it, and reads and writes of one object need the caller's
// synchronization, as for any field. A read through a const reference fills the cache (Python
// has no const; the cache is logically mutable); an object *defined* const must not be read
// before its cache is filled, which would write to a const object.
#include <type_traits>
#include <utility>

#include "../protocol.hpp"
#include "../slot.hpp"

namespace descr {

namespace detail {
// What a cached_property's function is called with to learn its declared return type. A
// function whose return type is deduced gets its body compiled with this type as self, and
// the errors then name it: declare the return type.
struct cached_property_function_must_declare_its_return_type {};

template <class F>
using cached_type = std::remove_cvref_t<decltype(std::declval<const F&>()(
    std::declval<cached_property_function_must_declare_its_return_type&>()))>;

// Declares `dependencies` only when there are some: no class without dependents looks further.
template <class Deps>
struct cached_dependencies {
  using dependencies = Deps;
};
template <>
struct cached_dependencies<depends_on_t<>> {};
}  // namespace detail

template <class F, class Deps = depends_on_t<>>
struct cached_property : detail::cached_dependencies<Deps> {
  using storage_type = detail::cached_type<F>;
  static_assert(!std::is_void_v<storage_type>, "a cached_property's function returns a value");
  // Stored under the attribute's own name, as Python stores it in the instance __dict__.
  static constexpr auto storage_name(auto name) noexcept { return name; }

  F func;

  constexpr cached_property(F f) noexcept(std::is_nothrow_copy_constructible_v<F>) : func(f) {}
  constexpr cached_property(F f, Deps) noexcept(std::is_nothrow_copy_constructible_v<F>)
      : func(f) {}

  // Called by the lookup only when the instance has no value yet (a hit never gets here); the
  // test below is the same flag, which the compiler folds into the lookup's.
  template <class Obj>
  constexpr std::conditional_t<std::is_const_v<Obj>, const storage_type&, storage_type&> get(
      Obj& obj, slot<storage_type> cache) const {
    if (cache.has_value()) return cache.get();
    return cache.set(func(obj));
  }

  // After a write to an attribute it depends on.
  template <class Obj>
  constexpr void forget(Obj&, slot<storage_type> cache) const {
    cache.reset();
  }
};

}  // namespace descr
