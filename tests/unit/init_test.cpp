// Construction by keyword (init.hpp): descr::kw, descr::make, descr::init, field defaults, and
// what a construction that fails leaves behind (nothing).
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/init.hpp>

#include <descr/descr.hpp>
#include <descr/repr.hpp>
#include <descr/validators.hpp>

#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using descr::kw;

namespace {
// @dataclass-like: name (required), kind (required), quantity = Number(minvalue=0)
struct Component : descr::object<Component,
    descr::attr<"name", descr::String{.minsize = 3, .maxsize = 10, .predicate = descr::isupper}>,
    descr::attr<"kind", descr::OneOf{"wood", "metal", "plastic"}>,
    descr::attr<"quantity", descr::Number{.minvalue = 0}>> {};

struct Settings : descr::object<Settings,
    descr::field<"count", int, descr::defaults_to<3>>,
    descr::field<"label", std::string, descr::defaults_to<"none">>,
    descr::field<"ratio", double, descr::defaults_to<0.25>>,
    descr::field<"tags", std::vector<std::string>,
                 descr::default_factory<[] { return std::vector<std::string>{"a"}; }>>,
    descr::field<"note", std::string, descr::absentable>,
    descr::field<"plain", int>,
    descr::attr<"area", descr::cached_property{[](auto&) { return 1; }}>> {};
}  // namespace

TEST_CASE("keywords in any order; each value goes through its validator, in declaration order") {
  // Component(quantity=5, name='WIDGET', kind='metal')
  auto c = descr::make<Component>(kw<"quantity"> = 5, kw<"name"> = "WIDGET", kw<"kind"> = "metal");
  CHECK(descr::repr(descr::vars(c)) == "{'_name': 'WIDGET', '_kind': 'metal', '_quantity': 5}");
  // Component(name='Widget', kind='metle', quantity=-5)   the first parameter reports
  CHECK_THROWS_WITH_AS(descr::make<Component>(kw<"name"> = "Widget", kw<"kind"> = "metle",
                                              kw<"quantity"> = -5),
                       "Expected <method 'isupper' of 'str' objects> to be true for 'Widget'",
                       descr::value_error);
  CHECK_THROWS_WITH_AS(descr::make<Component>(kw<"quantity"> = -5, kw<"name"> = "WIDGET",
                                              kw<"kind"> = "metal"),
                       "Expected -5 to be at least 0", descr::value_error);
  std::string name = "BOLT";  // an lvalue is referred to, not moved from
  auto d = descr::make<Component>(kw<"name"> = name, kw<"kind"> = "wood", kw<"quantity"> = 1.5);
  CHECK(name == "BOLT");
  CHECK(descr::getattr<"name">(d) == "BOLT");
}

TEST_CASE("the parameters: fields and validated attributes, not a cache; their defaults") {
  using P = descr::parameters_t<Settings>;
  static_assert(P::size == 6);
  auto s = descr::make<Settings>(kw<"plain"> = 9);
  CHECK(descr::repr(descr::vars(s)) ==
        "{'count': 3, 'label': 'none', 'ratio': 0.25, 'tags': ['a'], 'plain': 9}");
  auto t = descr::make<Settings>(kw<"plain"> = 1, kw<"note"> = "n", kw<"count"> = 4);
  CHECK(descr::repr(descr::vars(t)) ==
        "{'count': 4, 'label': 'none', 'ratio': 0.25, 'tags': ['a'], 'note': 'n', 'plain': 1}");
}

namespace {
struct Base : descr::object<Base, descr::field<"id", int>,
                            descr::field<"tag", std::string, descr::defaults_to<"base">>> {};
struct Derived : descr::object<Derived, descr::bases<Base>,
                               descr::attr<"size", descr::Number<int>{.minvalue = 0}>,
                               descr::field<"tag", std::string, descr::defaults_to<"derived">>> {};
}  // namespace

TEST_CASE("inherited parameters come first; a class that redeclares one gives its default") {
  auto d = descr::make<Derived>(kw<"size"> = 2, kw<"id"> = 7);
  CHECK(descr::repr(descr::vars(d)) == "{'id': 7, 'tag': 'derived', '_size': 2}");
  using P = descr::parameters_t<Derived>;
  static_assert(P::size == 3);
}

namespace {
// A keyword constructor, Python's __init__(self, *, name, kind, quantity).
struct Widget : descr::object<Widget, descr::attr<"name", descr::String{.minsize = 1}>,
                              descr::attr<"quantity", descr::Number<int>{.minvalue = 0}>> {
  template <descr::keyword_argument... K>
  constexpr Widget(K&&... kw) {
    descr::init(*this, std::forward<K>(kw)...);
  }
};
}  // namespace

TEST_CASE("a class with a keyword constructor: Widget(name=..., quantity=...)") {
  Widget w(kw<"quantity"> = 2, kw<"name"> = "x");
  CHECK(descr::repr(descr::vars(w)) == "{'_name': 'x', '_quantity': 2}");
  CHECK_THROWS_WITH_AS(Widget(kw<"quantity"> = -2, kw<"name"> = "x"), "Expected -2 to be at least 0",
                       descr::value_error);
  auto v = descr::make<Widget>(kw<"name"> = "y", kw<"quantity"> = 1);  // by its keyword constructor
  CHECK(descr::repr(descr::vars(v)) == "{'_name': 'y', '_quantity': 1}");
}

namespace {
// A value that counts its live copies, and whose copy throws when asked to.
int live = 0;
bool copy_throws = false;
struct Counted {
  int v = 0;
  Counted(int x = 0) : v(x) { ++live; }
  Counted(const Counted& o) : v(o.v) {
    if (copy_throws) throw std::runtime_error("copy failed");
    ++live;
  }
  Counted(Counted&& o) noexcept : v(o.v) { ++live; }
  Counted& operator=(const Counted& o) {
    if (copy_throws) throw std::runtime_error("copy failed");
    v = o.v;
    return *this;
  }
  Counted& operator=(Counted&& o) noexcept {
    v = o.v;
    return *this;
  }
  ~Counted() { --live; }
};
struct Positive : descr::Validator<Positive, Counted> {
  void validate(const Counted& c) const {
    if (c.v <= 0) throw descr::value_error("Expected " + std::to_string(c.v) + " to be positive");
  }
};
struct Triple : descr::object<Triple, descr::attr<"a", Positive{}>, descr::attr<"b", Positive{}>,
                              descr::attr<"c", Positive{}>> {};
}  // namespace

TEST_CASE("a construction that fails on the third value leaves nothing: the first two are released") {
  live = 0;
  Counted one(1), two(2), bad(-3);
  CHECK(live == 3);
  CHECK_THROWS_WITH_AS(descr::make<Triple>(kw<"a"> = one, kw<"b"> = two, kw<"c"> = bad),
                       "Expected -3 to be positive", descr::value_error);
  CHECK(live == 3);  // the copies of one and two stored in the half-built object are gone
  {
    auto t = descr::make<Triple>(kw<"a"> = one, kw<"b"> = two, kw<"c"> = Counted(3));
    CHECK(live == 6);
  }
  CHECK(live == 3);
}

TEST_CASE("a value whose copy throws: the set fails and the old value stays") {
  live = 0;
  Triple t = descr::make<Triple>(kw<"a"> = Counted(1), kw<"b"> = Counted(2), kw<"c"> = Counted(3));
  Counted big(40);
  copy_throws = true;
  CHECK_THROWS_AS(descr::setattr<"a">(t, big), std::runtime_error);
  CHECK_THROWS_AS(descr::make<Triple>(kw<"a"> = Counted(1), kw<"b"> = big, kw<"c"> = Counted(3)),
                  std::runtime_error);
  copy_throws = false;
  CHECK(descr::getattr<"a">(t).v == 1);
  CHECK(live == 4);  // t's three values and big
  descr::setattr<"a">(t, big);
  CHECK(descr::getattr<"a">(t).v == 40);
}

namespace {
// Constant evaluation: a class of Number<int> built by keyword in a constexpr function.
struct Gauge : descr::object<Gauge, descr::attr<"level", descr::Number<int>{.minvalue = 0, .maxvalue = 10}>,
                             descr::field<"scale", int, descr::defaults_to<2>>> {};
constexpr int scaled(int level) {
  auto g = descr::make<Gauge>(kw<"level"> = level);
  return descr::getattr<"level">(g) * descr::getattr<"scale">(g);
}
template <class F>
concept constant_evaluable = requires { typename std::integral_constant<int, (F{}(), 0)>; };
}  // namespace

TEST_CASE("in constant evaluation a valid construction is a constant, a rejected one is not") {
  static_assert(scaled(4) == 8);
  static_assert(constant_evaluable<decltype([] { return scaled(10); })>);
  static_assert(!constant_evaluable<decltype([] { return scaled(11); })>);
  static_assert(!constant_evaluable<decltype([] { return scaled(-1); })>);
  constexpr Gauge g = descr::make<Gauge>(kw<"level"> = 3, kw<"scale"> = 5);
  static_assert(descr::getattr<"level">(g) == 3 && descr::getattr<"scale">(g) == 5);
}
