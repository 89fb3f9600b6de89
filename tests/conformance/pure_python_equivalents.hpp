#pragma once
// The Descriptor HowTo's pure Python equivalents of property, staticmethod and classmethod,
// written as a user would write them with descr's public protocol alone (get/set/del, the
// readable/writable/deletable constants of protocol.hpp, descr::type_t), as in the HowTo:
// they are not descr's built-ins (builtins/), and conformance case 66 shows that they behave
// like them. Python's `None` for a missing function is descr::none.
#include <descr/descr.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

// class Property: "Emulate PyProperty_Type() in Objects/descrobject.c"
template <class Get = descr::none_t, class Set = descr::none_t, class Del = descr::none_t,
          std::size_t N = 1>
struct Property {
  Get fget;
  Set fset;
  Del fdel;
  descr::fixed_string<N> doc;

  // `if self.fget is None: raise AttributeError(...)`: known when the class is compiled, so
  // said as constants, and the access is a compile error in Python's words.
  static constexpr bool readable = !std::is_same_v<Get, descr::none_t>;
  static constexpr bool writable = !std::is_same_v<Set, descr::none_t>;
  static constexpr bool deletable = !std::is_same_v<Del, descr::none_t>;

  constexpr Property(Get g, Set s = {}, Del d = {}) : fget(g), fset(s), fdel(d), doc() {}
  constexpr Property(Get g, Set s, Del d, const char (&text)[N])
      : fget(g), fset(s), fdel(d), doc(text) {}
  constexpr Property(Get g, Set s, Del d, const descr::fixed_string<N>& text)
      : fget(g), fset(s), fdel(d), doc(text) {}

  // def __get__(self, obj, objtype=None): if obj is None: return self; return self.fget(obj)
  template <class C>
  constexpr const Property& get(descr::none_t, descr::type_t<C>) const {
    return *this;
  }
  template <class Obj, class C>
    requires(readable)
  constexpr decltype(auto) get(Obj& obj, descr::type_t<C>) const {
    return fget(obj);
  }
  // def __set__(self, obj, value): self.fset(obj, value)
  template <class Obj, class V>
    requires(writable && std::is_invocable_v<const Set&, Obj&, V>)
  constexpr void set(Obj& obj, V&& value) const {
    fset(obj, std::forward<V>(value));
  }
  // def __delete__(self, obj): self.fdel(obj)
  template <class Obj>
    requires(deletable)
  constexpr void del(Obj& obj) const {
    fdel(obj);
  }

  // def getter(self, fget): return type(self)(fget, self.fset, self.fdel, self.__doc__)
  template <class G>
  constexpr Property<G, Set, Del, N> getter(G g) const {
    return {g, fset, fdel, doc};
  }
  template <class S>
  constexpr Property<Get, S, Del, N> setter(S s) const {
    return {fget, s, fdel, doc};
  }
  template <class D>
  constexpr Property<Get, Set, D, N> deleter(D d) const {
    return {fget, fset, d, doc};
  }
};
template <class G>
Property(G) -> Property<G>;
template <class G, class S>
Property(G, S) -> Property<G, S>;
template <class G, class S, class D>
Property(G, S, D) -> Property<G, S, D>;
template <class G, class S, class D, std::size_t N>
Property(G, S, D, const char (&)[N]) -> Property<G, S, D, N>;

// class StaticMethod: "Emulate PyStaticMethod_Type() in Objects/funcobject.c"
template <class F>
struct StaticMethod {
  F f;
  // def __get__(self, obj, objtype=None): return self.f
  template <class Obj, class C>
  constexpr const F& get(const Obj&, descr::type_t<C>) const {
    return f;
  }
};
template <class F>
StaticMethod(F) -> StaticMethod<F>;

// class ClassMethod: "Emulate PyClassMethod_Type() in Objects/funcobject.c"
template <class F>
struct ClassMethod {
  F f;
  // def __get__(self, obj, klass=None):
  //     def newfunc(*args): return self.f(klass, *args)
  //     return newfunc
  // (klass is never None here: the lookup always passes the class, type(obj) for an object.)
  template <class Obj, class C>
  constexpr auto get(const Obj&, descr::type_t<C> klass) const {
    return [this, klass](auto&&... args) -> decltype(auto) {
      return f(klass, std::forward<decltype(args)>(args)...);
    };
  }
};
template <class F>
ClassMethod(F) -> ClassMethod<F>;
