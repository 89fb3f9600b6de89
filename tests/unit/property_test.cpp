// descr::property (builtins/property.hpp): Python's property, an ordinary data descriptor.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
// Misuse (assigning without fset, deleting without fdel, reading without fget, a value the
// setter does not take) is in tests/compile_fail/property_*.cpp.
#include <descr/builtins/property.hpp>

#include <descr/access.hpp>
#include <descr/layout.hpp>
#include <descr/lookup.hpp>
#include <descr/name_of.hpp>
#include <descr/object.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <type_traits>

#include "builtins_in_a_header.hpp"

namespace {
constexpr auto getx = [](auto& self) { return descr::getattr<"_x">(self); };
constexpr auto setx = [](auto& self, int v) { descr::setattr<"_x">(self, v); };
constexpr auto delx = [](auto& self) { descr::setattr<"_x">(self, -1); };

// class C:
//     def getx(self): return self._x
//     def setx(self, v): self._x = v
//     def delx(self): self._x = -1
//     x = property(getx, setx, delx, "I'm the 'x' property.")
//     ro = property(getx)
struct C : descr::object<C,
    descr::field<"_x", int>,
    descr::attr<"x", descr::property{getx, setx, delx, "I'm the 'x' property."}>,
    descr::attr<"ro", descr::property{getx}>,
    descr::field<"ro", int, descr::absentable>> {};
}  // namespace

TEST_CASE("get, set and del call fget, fset and fdel with the object") {
  // c = C(); c.x = 4; print(c.x); del c.x; print(c.x, c.ro)   # 4 / -1 -1
  C c;
  descr::setattr<"x">(c, 4);
  CHECK(descr::getattr<"x">(c) == 4);
  descr::delattr<"x">(c);
  CHECK(descr::getattr<"x">(c) == -1);
  CHECK(descr::getattr<"ro">(c) == -1);
}

TEST_CASE("class access gives the property itself, with its doc and its functions") {
  // print(type(C.x).__name__, C.x.__doc__, C.__dict__['x'] is C.x, C.ro.__doc__)
  // property I'm the 'x' property. True None
  const auto& x = descr::getattr<"x">(descr::type<C>);
  static_assert(std::is_same_v<decltype(descr::getattr<"x">(descr::type<C>)),
                               const std::remove_cvref_t<decltype(x)>&>);
  CHECK(x.doc == "I'm the 'x' property.");
  CHECK(&x == &descr::getattr_static<"x">(descr::type<C>));
  CHECK(descr::getattr<"ro">(descr::type<C>).doc.view().empty());  // no doc: empty (None)
  C c;
  x.fset(c, 9);  // C.x.fset(c, 9); print(C.x.fget(c))   # 9
  CHECK(x.fget(c) == 9);
}

TEST_CASE("a property without setter or deleter is still a data descriptor") {
  // c = C(); c._x = 1; c.__dict__['ro'] = 100; print(c.ro)   # 1: the property, not the entry
  // (tests/conformance/61_property writes such an entry and reads the property).
  using RO = decltype(descr::property{getx});
  static_assert(descr::DataDescriptor<RO, C>);
  static_assert(!RO::writable && !RO::deletable && RO::readable);
  static_assert(descr::resolution<C, "ro"> == descr::rule::data_descriptor);
  using WO = decltype(descr::property{descr::none, setx});
  static_assert(descr::DataDescriptor<WO, C>);
  static_assert(!WO::readable && WO::writable);
  using Empty = decltype(descr::property{});
  static_assert(descr::DataDescriptor<Empty, C>);
  static_assert(!Empty::readable && !Empty::writable && !Empty::deletable);
}

namespace {
// class W:
//     wo = property(None, setx)
//     def __getattr__(self, name): return 'hook ' + name
struct W : descr::object<W,
    descr::field<"_x", int>,
    descr::attr<"wo", descr::property{descr::none, setx}>> {};
struct Hooked : descr::object<Hooked, descr::bases<W>,
    descr::getattr_hook<[](auto&, auto name) { return "hook " + std::string(name); }>> {};
}  // namespace

TEST_CASE("a property without getter: hasattr is false, a default or a getattr_hook answers") {
  // w = W(); w.wo = 5; print(w._x, hasattr(w, 'wo'), getattr(w, 'wo', 'default'))
  // 5 False default
  W w;
  descr::setattr<"wo">(w, 5);
  CHECK(descr::getattr<"_x">(w) == 5);
  static_assert(std::is_same_v<decltype(descr::hasattr<"wo">(w)), std::false_type>);
  CHECK(std::string(descr::getattr<"wo">(w, "default")) == "default");
  // h = Hooked(); print(h.wo)   # hook wo: property's AttributeError goes to __getattr__
  Hooked h;
  CHECK(descr::getattr<"wo">(h) == "hook wo");
  descr::setattr<"wo">(h, 6);
  CHECK(descr::getattr<"_x">(h) == 6);
}

namespace {
// p = property(None, None, None, "doc"); q = p.getter(getx); r = q.setter(setx)
// s = r.deleter(delx)
constexpr auto p = descr::property{descr::none, descr::none, descr::none, "doc"};
constexpr auto q = p.getter(getx);
constexpr auto r = q.setter(setx);
constexpr auto s = r.deleter(delx);
struct K : descr::object<K, descr::field<"_x", int>, descr::attr<"k", s>> {};
}  // namespace

TEST_CASE("getter, setter and deleter return a new property, at compile time") {
  // print(p.fget is None, q.fget is getx, q.fset is None, r.fset is setx, r.__doc__)
  // True True True True doc
  static_assert(!p.readable && q.readable && !q.writable && r.writable && s.deletable);
  static_assert(std::is_same_v<decltype(p.fget), descr::none_t>);  // p is unchanged
  static_assert(std::is_same_v<decltype(q.fset), descr::none_t>);
  static_assert(p.doc == "doc" && q.doc == "doc" && r.doc == "doc" && s.doc == "doc");
  // property(getx).setter(setx) has no doc, as property(getx) has none.
  static_assert(descr::property{getx}.setter(setx).doc.view().empty());
  K k;
  descr::setattr<"k">(k, 7);
  CHECK(descr::getattr<"k">(k) == 7);
  descr::delattr<"k">(k);
  CHECK(descr::getattr<"k">(k) == -1);
}

namespace {
int base_reads = 0;
// class Base:
//     p = property(lambda self: type(self).__name__)
// class Derived(Base): p = 'plain'
// class Leaf(Derived): pass
struct Base : descr::object<Base,
    descr::attr<"p", descr::property{[](auto& self) {
      ++base_reads;
      return std::string(descr::name_of<std::remove_cvref_t<decltype(self)>>);
    }}>> {};
struct Derived : descr::object<Derived, descr::bases<Base>, descr::classvar<"p", 42>> {};
struct Leaf : descr::object<Leaf, descr::bases<Derived>> {};
}  // namespace

TEST_CASE("a property hidden by a derived class variable is never called; super reaches it") {
  // leaf = Leaf(); print(leaf.p, super(Derived, leaf).p, Base().p)   # plain Leaf Base
  Leaf leaf;
  CHECK(descr::getattr<"p">(leaf) == 42);
  CHECK(descr::getattr<"p">(Derived{}) == 42);
  CHECK(base_reads == 0);
  CHECK(descr::getattr<"p">(descr::super<Derived>(leaf)) == "Leaf");  // fget(leaf)
  CHECK(descr::getattr<"p">(Base{}) == "Base");
  CHECK(base_reads == 2);
  static_assert(descr::resolution<Leaf, "p"> == descr::rule::class_variable);
}

namespace {
constexpr auto shared = descr::property{[](auto& self) { return descr::getattr<"_x">(self) * 10; }};
struct Two : descr::object<Two, descr::field<"_x", int>,
    descr::attr<"first", shared>, descr::attr<"second", shared>> {};

// A generic setter declares its return type (property.hpp): `-> void`.
struct Generic : descr::object<Generic, descr::field<"_s", std::string>,
    descr::attr<"s", descr::property{
        [](auto& self) { return descr::getattr<"_s">(self); },
        [](auto& self, const auto& v) -> void { descr::setattr<"_s">(self, std::string(v)); }}>> {};
}  // namespace

TEST_CASE("one property under two names; a generic setter") {
  Two t;
  descr::setattr<"_x">(t, 2);
  CHECK(descr::getattr<"first">(t) == 20);
  CHECK(descr::getattr<"second">(t) == 20);
  Generic g;
  descr::setattr<"s">(g, "text");
  CHECK(descr::getattr<"s">(g) == "text");
  descr::setattr<"s">(g, std::string_view("view"));
  CHECK(descr::getattr<"s">(g) == "view");
}

TEST_CASE("built-ins of a class declared in a header (builtins_in_a_header.hpp)") {
  auto sq = descr::getattr<"make">(descr::type<HeaderSquare>)(3);
  CHECK(descr::getattr<"side">(sq) == 3);
  CHECK(descr::getattr<"scaled">(sq)(2) == 6);
  CHECK(descr::getattr<"unit">(sq)() == 1);
}
