// CPython's precedence, decided at compile time (lookup.hpp).
#include <descr/descr.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {
using descr::rule;

struct NonData {
  const char* get(auto&, auto) const { return "descriptor"; }
};
struct Data {
  const char* get(auto&) const { return "data"; }
  void set(auto& obj, int v) const { descr::setattr<"log">(obj, v); }
};
struct GetDelOnly {
  int get(auto&) const { return 7; }
  void del(auto& obj) const { descr::setattr<"log">(obj, -1); }
};
struct SetOnly {
  void set(auto& obj, int v) const { descr::setattr<"log">(obj, v * 10); }
};

struct C : descr::object<C,
    descr::field<"log", int>,
    descr::field<"plain", int>,
    descr::classvar<"cv", 5>,
    descr::attr<"nd", NonData{}>,
    descr::field<"nd", std::string, descr::absentable>,
    descr::attr<"d", Data{}>,
    descr::field<"d", std::string, descr::absentable>,
    descr::attr<"ro", GetDelOnly{}>,
    descr::attr<"so", SetOnly{}>,
    descr::field<"so", int, descr::absentable>,
    descr::field<"cvshadow", int, descr::absentable>,
    descr::classvar<"cvshadow", 1>,
    descr::field<"maybe", int, descr::absentable>> {};
}  // namespace

TEST_CASE("resolution follows CPython's order") {
  static_assert(descr::resolution<C, "d"> == rule::data_descriptor);
  static_assert(descr::resolution<C, "nd"> == rule::instance);  // when present; see below
  static_assert(descr::resolution<C, "plain"> == rule::instance);
  static_assert(descr::resolution<C, "cv"> == rule::class_variable);
  static_assert(descr::resolution<C, "ro"> == rule::data_descriptor);
  static_assert(descr::resolution<C, "missing"> == rule::none);
}

TEST_CASE("a data descriptor beats an instance entry of the same name") {
  C c;
  CHECK(std::string(descr::getattr<"d">(c)) == "data");
  descr::setattr<"d">(c, 4);
  CHECK(descr::getattr<"log">(c) == 4);
  CHECK_FALSE(descr::vars(c).contains("d"));
}

TEST_CASE("an instance entry shadows a non-data descriptor; del re-exposes it") {
  C c;
  CHECK(descr::getattr<"nd">(c) == std::string("descriptor"));
  descr::setattr<"nd">(c, "instance");
  CHECK(descr::getattr<"nd">(c) == std::string("instance"));
  CHECK(descr::getattr<"nd">(descr::type<C>) == std::string("descriptor"));
  descr::delattr<"nd">(c);
  CHECK(descr::getattr<"nd">(c) == std::string("descriptor"));
  CHECK_THROWS_WITH_AS(descr::delattr<"nd">(c), "'C' object has no attribute 'nd'",
                       descr::attribute_error);
}

TEST_CASE("class variables answer after instance entries") {
  C c;
  CHECK(descr::getattr<"cv">(c) == 5);
  CHECK(descr::getattr<"cvshadow">(c) == 1);
  descr::setattr<"cvshadow">(c, 2);
  CHECK(descr::getattr<"cvshadow">(c) == 2);
  CHECK(descr::getattr<"cvshadow">(descr::type<C>) == 1);
  descr::delattr<"cvshadow">(c);
  CHECK(descr::getattr<"cvshadow">(c) == 1);
}

TEST_CASE("a plain field is a reference to the stored value") {
  C c;
  descr::getattr<"plain">(c) = 9;
  CHECK(descr::getattr<"plain">(c) == 9);
  const C& cc = c;
  static_assert(std::is_same_v<decltype(descr::getattr<"plain">(cc)), const int&>);
  static_assert(std::is_same_v<decltype(descr::getattr<"plain">(c)), int&>);
}

TEST_CASE("an absent entry with nothing behind it throws Python's AttributeError") {
  C c;
  CHECK_THROWS_WITH_AS(descr::getattr<"maybe">(c), "'C' object has no attribute 'maybe'",
                       descr::attribute_error);
  descr::setattr<"maybe">(c, 3);
  CHECK(descr::getattr<"maybe">(c) == 3);
  descr::delattr<"maybe">(c);
  CHECK_THROWS_AS(descr::getattr<"maybe">(c), descr::attribute_error);
}

TEST_CASE("a descriptor with del but no set is still a data descriptor") {
  C c;
  CHECK(descr::getattr<"ro">(c) == 7);
  descr::delattr<"ro">(c);
  CHECK(descr::getattr<"log">(c) == -1);
}

TEST_CASE("a descriptor with set but no get: set binds, get finds the instance entry") {
  // Python: with only __set__, reading falls through to the instance dict, then to the
  // descriptor object itself.
  C c;
  descr::setattr<"so">(c, 2);
  CHECK(descr::getattr<"log">(c) == 20);
  CHECK_FALSE(descr::vars(c).contains("so"));
  static_assert(std::is_same_v<std::remove_cvref_t<decltype(descr::getattr<"so">(descr::type<C>))>,
                               SetOnly>);
}

namespace {
struct Base : descr::object<Base, descr::attr<"a", Data{}>, descr::field<"log", int>> {};
struct Mid : descr::object<Mid, descr::bases<Base>> {};
struct Leaf : descr::object<Leaf, descr::bases<Mid>, descr::classvar<"a", 3>> {};
}  // namespace

TEST_CASE("the first class attribute along the MRO decides: a derived class variable hides a base's data descriptor") {
  static_assert(descr::resolution<Mid, "a"> == rule::data_descriptor);
  static_assert(descr::resolution<Leaf, "a"> == rule::class_variable);
  Leaf l;
  CHECK(descr::getattr<"a">(l) == 3);
  Mid m;
  CHECK(descr::getattr<"a">(m) == std::string("data"));
}

namespace {
struct Counter {
  int n = 0;
  int get(auto&, auto) { return ++n; }
};
struct Shared : descr::object<Shared, descr::attr_of<"c", Counter>> {};
}  // namespace

TEST_CASE("a run-time descriptor is one object per class, shared by all instances") {
  Shared a, b;
  int x = descr::getattr<"c">(a);
  int y = descr::getattr<"c">(b);
  int z = descr::getattr<"c">(descr::type<Shared>);
  CHECK(y == x + 1);
  CHECK(z == y + 1);
}

TEST_CASE("getattr_static gives the raw class attribute, without binding") {
  static_assert(std::is_same_v<std::remove_cvref_t<decltype(descr::getattr_static<"nd">(descr::type<C>))>,
                               NonData>);
  CHECK(descr::getattr_static<"cv">(descr::type<C>) == 5);
  Leaf l;
  CHECK(descr::getattr_static<"a">(descr::type<Leaf>) == 3);
  CHECK(std::string(descr::getattr_static<"a">(descr::type<Mid>).get(l)) == "data");
}

// A value handed to a descriptor's set follows the rule a field's follows: implicit conversions,
// except floating to integral and a number to bool (those are compile errors: see
// compile_fail/wrong_type_descriptor_narrowing.cpp). The conversions a field allows still work.
namespace {
struct TakesDouble {
  double get(auto& obj) const { return descr::getattr<"real">(obj); }
  void set(auto& obj, double v) const { descr::setattr<"real">(obj, v); }
};
struct TakesLong {
  long get(auto& obj) const { return descr::getattr<"wide">(obj); }
  void set(auto& obj, const long& v) const { descr::setattr<"wide">(obj, v); }
};
struct TakesAnything {  // a generic set takes the value as it is
  double get(auto& obj) const { return descr::getattr<"real">(obj); }
  void set(auto& obj, auto v) const { descr::setattr<"real">(obj, v * 2); }
};
struct Overloaded {  // C++ picks the overload; descr does not second-guess an overload set
  std::string get(auto& obj) const { return descr::getattr<"which">(obj); }
  void set(auto& obj, int) const { descr::setattr<"which">(obj, std::string("int")); }
  void set(auto& obj, long) const { descr::setattr<"which">(obj, std::string("long")); }
  void set(auto& obj, double) const { descr::setattr<"which">(obj, std::string("double")); }
};
struct StoredDouble {
  using storage_type = double;
  double get(auto&, descr::slot<double> s) const { return s.get(); }
  void set(auto&, double v, descr::slot<double> s) const { s.set(v); }
};
struct Conv : descr::object<Conv,
    descr::field<"real", double>,
    descr::field<"wide", long>,
    descr::field<"which", std::string>,
    descr::attr<"d", TakesDouble{}>,
    descr::attr<"l", TakesLong{}>,
    descr::attr<"any", TakesAnything{}>,
    descr::attr<"over", Overloaded{}>,
    descr::attr<"stored", StoredDouble{}>> {};
}  // namespace

TEST_CASE("a descriptor's set takes the values a field of its parameter's type takes") {
  Conv c;
  descr::setattr<"d">(c, 3);  // int -> double
  CHECK(descr::getattr<"d">(c) == 3.0);
  descr::setattr<"d">(c, 2.5f);  // float -> double
  CHECK(descr::getattr<"d">(c) == 2.5);
  descr::setattr<"l">(c, 4);  // int -> long
  CHECK(descr::getattr<"l">(c) == 4L);
  descr::setattr<"l">(c, 'a');  // char -> long
  CHECK(descr::getattr<"l">(c) == 97L);
  descr::setattr<"any">(c, 1.25);  // a generic set: no conversion at all
  CHECK(descr::getattr<"any">(c) == 2.5);
  descr::setattr<"stored">(c, 7);  // int -> double, through the slot
  CHECK(descr::getattr<"stored">(c) == 7.0);
  descr::setattr<"over">(c, 1);
  CHECK(descr::getattr<"over">(c) == "int");
  descr::setattr<"over">(c, 1L);
  CHECK(descr::getattr<"over">(c) == "long");
  descr::setattr<"over">(c, 1.5);
  CHECK(descr::getattr<"over">(c) == "double");
  descr::setattr<"over">(c, short{1});  // promotion to int
  CHECK(descr::getattr<"over">(c) == "int");
}
