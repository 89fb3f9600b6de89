#pragma once
// Python's classmethod(f): descr::classmethod{f}, a non-data descriptor whose get binds the
// class: reading it gives a descr::method whose self is descr::type<C>, so that calling it calls
// f(cls, args...). C is the class the read starts from: the object's class on an instance read,
// the class itself on C.f, and on a super read the original class, never the base that defines
// the method. Calling cls(args...) constructs a C, so an alternate constructor builds an
// object of the class it is called on (the HowTo's Dict.fromkeys):
//
//   struct Dict : descr::object<Dict, ...,
//       descr::attr<"fromkeys", descr::classmethod{[](auto cls, std::string_view keys) {
//         auto d = cls();
//         for (char k : keys) descr::getattr<"__setitem__">(d)(std::string(1, k), descr::none);
//         return d;
//       }}>> {};
//
// The class attribute itself (descr::getattr_static) stays the classmethod object; `func` is
// Python's __func__. As for functions, the bound method knows its attribute's name, so a call
// with arguments f does not take is one compile error naming the class and the method.
#include <type_traits>

#include "../fixed_string.hpp"
#include "../protocol.hpp"
#include "function.hpp"

namespace descr {

template <class F>
struct classmethod {
  F func;

  // obj.f and C.f, as the lookup reads them (get<"f">): bound to type<C>, named.
  template <fixed_string Name, class Obj, class C>
  constexpr method<F, const type_t<C>, Name> get(const Obj&, type_t<C>) const noexcept {
    return {func, &type<C>};
  }
  // cm.__get__(obj, C), cm.__get__(None, C) and cm.__get__(obj) (C = type(obj)), by hand.
  template <class Obj, class C>
  constexpr method<F, const type_t<C>> get(const Obj&, type_t<C>) const noexcept {
    return {func, &type<C>};
  }
  template <detail::not_none Obj>
  constexpr method<F, const type_t<std::remove_cv_t<Obj>>> get(Obj&) const noexcept {
    return {func, &type<std::remove_cv_t<Obj>>};
  }
};

template <class F>
classmethod(F) -> classmethod<F>;

}  // namespace descr
