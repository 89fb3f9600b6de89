// Introspection (reflect.hpp): vars(obj), the entries present, and dir<C>(), the names along the
// MRO. Printing vars is repr_test's.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/reflect.hpp>

#include <descr/access.hpp>
#include <descr/layout.hpp>
#include <descr/object.hpp>
#include <descr/slot.hpp>

#include <doctest/doctest.h>

#include "person.hpp"

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {

template <class V>
std::vector<std::string> names(const V& v) {
  std::vector<std::string> out;
  v.for_each([&](std::string_view n, const auto&) { out.emplace_back(n); });
  return out;
}
}  // namespace

TEST_CASE("vars lists present entries in declaration order, with descriptor slots") {
  // class Stored:
  //     def __set_name__(self, owner, name): self.private = '_' + name
  //     def __get__(self, obj, objtype=None): return getattr(obj, self.private)
  //     def __set__(self, obj, value): setattr(obj, self.private, value)
  // class P: species = 1; age = Stored()
  // p = P(); p.name = 'Pete'; print(vars(p))   # {'name': 'Pete'}
  // p.age = 10; p.nick = 'P'
  // print(vars(p), len(vars(p)), '_age' in vars(p), p._age)
  //                           # {'name': 'Pete', '_age': 10, 'nick': 'P'} 3 True 10
  // descr lists entries in declaration order, Python's vars in insertion order.
  P p;
  descr::setattr<"name">(p, "Pete");
  CHECK(names(descr::vars(p)) == std::vector<std::string>{"name"});
  descr::setattr<"age">(p, 10);
  descr::setattr<"nick">(p, "P");
  CHECK(names(descr::vars(p)) == std::vector<std::string>{"name", "nick", "_age"});
  CHECK(descr::vars(p).size() == 3);
  CHECK(descr::vars(p).contains("_age"));
  CHECK_FALSE(descr::vars(p).contains("age"));
  CHECK_FALSE(descr::vars(p).contains("species"));
  CHECK(descr::getattr<"_age">(p) == 10);
}

TEST_CASE("vars gives the entries themselves: writable through an object, const through a const one") {
  P p;
  descr::vars(p).for_each([](std::string_view, auto& value) {
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(value)>, std::string>) value = "set";
  });
  CHECK(descr::getattr<"name">(p) == "set");
  const P& cp = p;
  descr::vars(cp).for_each([](std::string_view, auto& value) {
    static_assert(std::is_const_v<std::remove_reference_t<decltype(value)>>);
  });
}

TEST_CASE("dir is sorted and lists class attributes and declared entries once") {
  // class PS:
  //     __slots__ = ('name', 'nick', '_age')   # declared entries, as dir lists slots
  //     species = 1; age = Stored()
  // print([n for n in dir(PS) if not n.startswith('__')])
  //                                     # ['_age', 'age', 'name', 'nick', 'species']
  constexpr auto& names = descr::dir<P>();
  static_assert(names.size() == 5);
  CHECK(names[0] == "_age");
  CHECK(names[1] == "age");
  CHECK(names[2] == "name");
  CHECK(names[3] == "nick");
  CHECK(names[4] == "species");
}

namespace {
struct B : descr::object<B, descr::field<"b", int>, descr::classvar<"cv", 1>> {};
struct C : descr::object<C, descr::bases<B>, descr::field<"z", int>, descr::field<"a", int>,
                         descr::classvar<"x", 2>, descr::classvar<"cv", 3>> {};
}  // namespace

TEST_CASE("dir merges the names of the whole MRO, each once") {
  // class B:
  //     __slots__ = ('b',); cv = 1
  // class C(B):
  //     __slots__ = ('z', 'a'); x = 2; cv = 3
  // print([n for n in dir(C) if not n.startswith('__')])   # ['a', 'b', 'cv', 'x', 'z']
  constexpr auto& names = descr::dir<C>();
  static_assert(names.size() == 5);
  static_assert(names[0] == "a" && names[1] == "b" && names[2] == "cv" && names[3] == "x" &&
                names[4] == "z");
}

namespace {
// A user-written slot: its storage has a hidden name (descr::hidden_name_of), so it is not an
// instance __dict__ entry, as Python's __slots__ are not.
struct Slot {
  using storage_type = int;
  static constexpr auto storage_name(auto name) { return descr::hidden_name_of(name); }
  int get(auto&, descr::slot<int> s) const { return s.get(); }
  void set(auto&, int v, descr::slot<int> s) const { s.set(v); }
};
struct Half : descr::object<Half, descr::attr<"s", Slot{}>, descr::field<"d", int>> {};
}  // namespace

TEST_CASE("hidden storage is neither in vars nor in dir; the attribute is in dir") {
  // class Open: pass
  // class Half(Open): __slots__ = ('s',)
  // h = Half(); h.s = 1; h.d = 2; print(vars(h), [n for n in dir(Half) if n in 'sd'])
  //                                                  # {'d': 2} ['s']
  // (descr's dir lists the declared entry d too, as for any class.)
  Half h;
  descr::setattr<"s">(h, 1);
  descr::setattr<"d">(h, 2);
  CHECK(names(descr::vars(h)) == std::vector<std::string>{"d"});
  CHECK(descr::getattr<"s">(h) == 1);
  constexpr auto& dir = descr::dir<Half>();
  static_assert(dir.size() == 2 && dir[0] == "d" && dir[1] == "s");
}
