// The entry points of access.hpp: getattr (instance and class access), setattr, delattr,
// hasattr, getattr_static and generic_getattr. Which rule answers a read is lookup_test's.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/access.hpp>

#include <descr/layout.hpp>
#include <descr/object.hpp>
#include <descr/slot.hpp>

#include <doctest/doctest.h>

#include <string>
#include <type_traits>

namespace {
struct Plain : descr::object<Plain,
    descr::field<"plain", int>> {};
}  // namespace

TEST_CASE("getattr gives a plain field by reference, const through a const object") {
  Plain c;
  descr::getattr<"plain">(c) = 9;
  CHECK(descr::getattr<"plain">(c) == 9);
  const Plain& cc = c;
  static_assert(std::is_same_v<decltype(descr::getattr<"plain">(cc)), const int&>);
  static_assert(std::is_same_v<decltype(descr::getattr<"plain">(c)), int&>);
}

namespace {
struct Stored {
  using storage_type = int;
  int get(auto&, descr::slot<int> s) const { return s.get(); }
  void set(auto&, int v, descr::slot<int> s) const { s.set(v); }
};
struct P : descr::object<P,
    descr::field<"name", std::string>,
    descr::field<"nick", std::string, descr::absentable>,
    descr::attr<"age", Stored{}>,
    descr::classvar<"species", 1>> {};
}  // namespace

TEST_CASE("hasattr is a constant where the rules decide it") {
  // class Stored:
  //     def __set_name__(self, owner, name): self.private = '_' + name
  //     def __get__(self, obj, objtype=None): return getattr(obj, self.private)
  //     def __set__(self, obj, value): setattr(obj, self.private, value)
  // class P:
  //     age = Stored(); species = 1
  //     def __init__(self): self.name = ''
  // p = P()
  // print(hasattr(p, 'name'), hasattr(p, 'species'), hasattr(p, 'nothing'),
  //       hasattr(P, 'species'), hasattr(P, 'name'))   # True True False True False
  // print(hasattr(p, 'nick'), hasattr(p, 'age'))       # False False
  // p.age = 1; p.nick = 'x'
  // print(hasattr(p, 'nick'), hasattr(p, 'age'))       # True True
  P p;
  static_assert(std::is_same_v<decltype(descr::hasattr<"name">(p)), std::true_type>);
  static_assert(std::is_same_v<decltype(descr::hasattr<"species">(p)), std::true_type>);
  static_assert(std::is_same_v<decltype(descr::hasattr<"nothing">(p)), std::false_type>);
  static_assert(descr::hasattr<"species">(descr::type<P>));
  static_assert(!descr::hasattr<"name">(descr::type<P>));
  CHECK_FALSE(descr::hasattr<"nick">(p));
  CHECK_FALSE(descr::hasattr<"age">(p));  // its slot is empty: get raises AttributeError
  descr::setattr<"age">(p, 1);
  // A std::string, not "x": g++ 12.2 at -O2 reports a false -Wrestrict in std::string's
  // assignment from a one-character literal (GCC bug 105329), depending on what is inlined.
  descr::setattr<"nick">(p, std::string("x"));
  CHECK(descr::hasattr<"nick">(p));
  CHECK(descr::hasattr<"age">(p));
}

namespace {
struct NonData {
  const char* get(auto&, auto) const { return "descriptor"; }
};
struct Data {
  const char* get(auto&) const { return "data"; }
  void set(auto&, int) const {}
};
struct S : descr::object<S, descr::classvar<"cv", 5>, descr::attr<"nd", NonData{}>> {};
struct Base : descr::object<Base, descr::attr<"a", Data{}>> {};
struct Mid : descr::object<Mid, descr::bases<Base>> {};
struct Leaf : descr::object<Leaf, descr::bases<Mid>, descr::classvar<"a", 3>> {};
}  // namespace

TEST_CASE("getattr_static gives the raw class attribute, without binding") {
  // import inspect
  // class C: cv = 5; nd = NonData()
  // print(type(inspect.getattr_static(C, 'nd')).__name__, inspect.getattr_static(C, 'cv'))
  //                                                                     # NonData 5
  // class Base: a = Data()
  // class Mid(Base): pass
  // class Leaf(Mid): a = 3
  // print(inspect.getattr_static(Leaf, 'a'),
  //       inspect.getattr_static(Mid, 'a').__get__(Leaf()))             # 3 data
  static_assert(std::is_same_v<std::remove_cvref_t<decltype(descr::getattr_static<"nd">(descr::type<S>))>,
                               NonData>);
  CHECK(descr::getattr_static<"cv">(descr::type<S>) == 5);
  Leaf l;
  CHECK(descr::getattr_static<"a">(descr::type<Leaf>) == 3);
  CHECK(std::string(descr::getattr_static<"a">(descr::type<Mid>).get(l)) == "data");
}
