// A class's run-time set-up (detail/class_state.hpp): bases first, set_name errors wrapped as
// CPython 3.11 does, a failed set-up run again by the next use, and shared descriptors
// (attr<"x", &obj>).
#include <descr/descr.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <exception>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {
std::vector<std::string> events;

// Each test case uses its own classes: a class is set up once per program.
struct Logged {
  Logged() { events.push_back("built"); }
  Logged(const Logged&) = delete;
  ~Logged() { events.push_back("destroyed"); }
  void set_name(auto owner, std::string_view name) {
    events.push_back(std::string(descr::name_of<typename decltype(owner)::type>) + "." +
                     std::string(name));
  }
  int get(auto&, auto) const { return 1; }
};

std::vector<std::string> set_names() {
  std::vector<std::string> names;
  for (const auto& e : events)
    if (e != "built" && e != "destroyed") names.push_back(e);
  return names;
}

using strings = std::vector<std::string>;
}  // namespace

namespace chain {
struct A : descr::object<A, descr::attr_of<"a", Logged>> {};
// B has nothing to set up itself, but its first use still sets up A.
struct B : descr::object<B, descr::bases<A>, descr::classvar<"k", 1>> {};
struct C : descr::object<C, descr::bases<B>, descr::attr_of<"c", Logged>> {};
}  // namespace chain

TEST_CASE("the first instance sets up the bases first, through a class with nothing of its own") {
  events.clear();
  chain::C c;
  CHECK(set_names() == strings{"A.a", "C.c"});
  chain::C again;
  chain::B b;
  CHECK(set_names() == strings{"A.a", "C.c"});  // each class once
}

namespace access {
struct E : descr::object<E, descr::attr_of<"e", Logged>> {};
struct F : descr::object<F, descr::bases<E>, descr::attr_of<"f", Logged>> {};
}  // namespace access

TEST_CASE("an access through a derived class is a use of that class") {
  events.clear();
  // F's first use reads an attribute that E declares: F is set up too, as Python created it.
  CHECK(descr::getattr<"e">(descr::type<access::F>) == 1);
  CHECK(set_names() == strings{"E.e", "F.f"});
}

namespace diamond {
struct Top : descr::object<Top, descr::attr_of<"t", Logged>> {};
struct Left : descr::object<Left, descr::bases<Top>, descr::attr_of<"l", Logged>> {};
struct Right : descr::object<Right, descr::bases<Top>, descr::attr_of<"r", Logged>> {};
struct Bottom : descr::object<Bottom, descr::bases<Left, Right>, descr::attr_of<"b", Logged>> {};
}  // namespace diamond

TEST_CASE("a diamond sets up its bases depth first, in the order they are listed, each once") {
  events.clear();
  diamond::Bottom b;
  // Python's order when Left is defined before Right, as the class lists them; the reverse
  // of the MRO (Bottom, Left, Right, Top) would put Right before Left.
  CHECK(set_names() == strings{"Top.t", "Left.l", "Right.r", "Bottom.b"});
}

TEST_CASE("a class with nothing to set up anywhere in its MRO has a trivial constructor") {
  // (No fields: those are value-initialized.)
  struct Plain : descr::object<Plain, descr::classvar<"k", 2>> {};
  struct Derived : descr::object<Derived, descr::bases<Plain>> {};
  CHECK(std::is_trivially_default_constructible_v<Plain>);
  CHECK(std::is_trivially_default_constructible_v<Derived>);
  CHECK(!std::is_trivially_default_constructible_v<chain::B>);  // A has something
}

namespace failing {
int tries = 0;
struct Flaky {
  Flaky() { events.push_back("built"); }
  ~Flaky() { events.push_back("destroyed"); }
  void set_name(auto, std::string_view) {
    if (++tries == 1) throw descr::value_error("not yet");
  }
};
struct Base : descr::object<Base, descr::attr_of<"base", Logged>> {};
struct Retried : descr::object<Retried, descr::bases<Base>,
    descr::attr_of<"before", Logged>,
    descr::attr_of<"flaky", Flaky>,
    descr::attr_of<"after", Logged>> {};

struct Other : std::exception {
  const char* what() const noexcept override { return "not a descr error"; }
};
struct Refuses {
  void set_name(auto, std::string_view) { throw Other(); }
};
struct BrokenBase : descr::object<BrokenBase, descr::attr_of<"x", Refuses>> {};
struct OnBrokenBase : descr::object<OnBrokenBase, descr::bases<BrokenBase>,
                                    descr::attr_of<"y", Logged>> {};
}  // namespace failing

TEST_CASE("a failing set_name throws runtime_error with the original nested") {
  events.clear();
  try {
    failing::Retried r;
    FAIL("the set-up should have thrown");
  } catch (const descr::runtime_error& e) {
    CHECK(std::string_view(e.what()) ==
          "Error calling __set_name__ on 'Flaky' instance 'flaky' in 'Retried'");
    CHECK(dynamic_cast<const descr::error*>(&e) != nullptr);
    CHECK_THROWS_WITH_AS(std::rethrow_if_nested(e), "not yet", descr::value_error);
  }
  // Nothing half-built is kept: what was built is destroyed, in reverse order; the base stays.
  CHECK(events == strings{"built", "Base.base", "built", "Retried.before", "built",
                          "destroyed", "destroyed"});

  events.clear();
  failing::Retried r;  // the next use runs the class's set-up again, whole; not the base's
  CHECK(events == strings{"built", "Retried.before", "built", "built", "Retried.after"});
  CHECK(descr::getattr<"before">(r) == 1);
}

TEST_CASE("a base whose set-up fails stops the derived class's, and is retried with it") {
  events.clear();
  for (int attempt = 0; attempt != 2; ++attempt) {
    try {
      static_cast<void>(descr::getattr<"y">(descr::type<failing::OnBrokenBase>));
      FAIL("the set-up should have thrown");
    } catch (const descr::runtime_error& e) {
      CHECK(std::string_view(e.what()) ==
            "Error calling __set_name__ on 'Refuses' instance 'x' in 'BrokenBase'");
      CHECK_THROWS_WITH_AS(std::rethrow_if_nested(e), "not a descr error", failing::Other);
    }
  }
  CHECK(events.empty());  // OnBrokenBase's own descriptor was never built
}

namespace shared {
struct Tracker {
  std::vector<std::string> bindings;
  int reads = 0;
  int value = 0;
  void set_name(auto owner, std::string_view name) {
    bindings.push_back(std::string(descr::name_of<typename decltype(owner)::type>) + "." +
                       std::string(name));
  }
  int get(auto&, auto) { return ++reads; }
  void set(auto&, int v) { value = v; }
};
Tracker tracker;

struct P : descr::object<P, descr::attr<"x", &tracker>, descr::attr<"y", &tracker>> {};
struct Q : descr::object<Q, descr::bases<P>, descr::classvar<"z", &tracker>> {};

// Without set_name nothing needs a set-up: the class reaches the object directly.
struct Ten {
  int get(auto&) const { return 10; }
};
const Ten ten;
struct Counter {
  int n = 0;
  int get(auto&) { return ++n; }
};
Counter counter;
struct Direct : descr::object<Direct, descr::attr<"ten", &ten>, descr::attr<"count", &counter>> {};

// A plain object bound by address is a class variable: the object itself.
struct Point {
  int x = 1, y = 2;
};
Point origin;
struct Holder : descr::object<Holder, descr::attr<"origin", &origin>, descr::field<"v", int>> {};

// A shared descriptor with per-instance storage: each owner holds its own slot.
struct Stored {
  using storage_type = int;
  int get(auto&, descr::slot<int> s) const { return s.get(); }
  void set(auto&, int v, descr::slot<int> s) const { s.set(v); }
};
Stored stored;
struct S1 : descr::object<S1, descr::attr<"s", &stored>> {};
struct S2 : descr::object<S2, descr::attr<"s", &stored>> {};

struct Refuses {
  void set_name(auto, std::string_view) { throw descr::type_error("no"); }
};
Refuses refuses;
struct Refused : descr::object<Refused, descr::attr<"r", &refuses>> {};
}  // namespace shared

TEST_CASE("a shared descriptor is one object: one set_name per binding, shared state") {
  using namespace shared;
  static_assert(descr::resolution<P, "x"> == descr::rule::data_descriptor);
  static_assert(descr::resolution<Q, "z"> == descr::rule::data_descriptor);
  Q q;  // sets up P, then Q
  CHECK(tracker.bindings == strings{"P.x", "P.y", "Q.z"});
  P p;
  CHECK(descr::getattr<"x">(p) == 1);
  CHECK(descr::getattr<"y">(p) == 2);
  CHECK(descr::getattr<"z">(q) == 3);
  CHECK(descr::getattr<"x">(descr::type<Q>) == 4);
  descr::setattr<"y">(q, 7);
  CHECK(tracker.value == 7);
  CHECK(&descr::getattr_static<"x">(descr::type<P>) == &tracker);
  CHECK(tracker.bindings.size() == 3);
  const auto& names = descr::dir<Q>();
  CHECK(std::find(names.begin(), names.end(), "z") != names.end());
}

TEST_CASE("a shared object is classified by what it declares, const or not") {
  using namespace shared;
  static_assert(descr::resolution<Direct, "ten"> == descr::rule::non_data_descriptor);
  static_assert(descr::resolution<Holder, "origin"> == descr::rule::class_variable);
  CHECK(std::is_trivially_default_constructible_v<Direct>);
  Direct d;
  CHECK(descr::getattr<"ten">(d) == 10);
  CHECK(descr::getattr<"count">(d) == 1);
  CHECK(descr::getattr<"count">(Direct{}) == 2);
  CHECK(counter.n == 2);
  Holder h;
  Point& o = descr::getattr<"origin">(h);
  CHECK(&o == &origin);
  CHECK(descr::getattr<"origin">(descr::type<Holder>).y == 2);
}

TEST_CASE("a shared descriptor's storage is per instance, in each owner") {
  using namespace shared;
  S1 a;
  S2 b;
  descr::setattr<"s">(a, 1);
  descr::setattr<"s">(b, 2);
  CHECK(descr::getattr<"s">(a) == 1);
  CHECK(descr::getattr<"s">(b) == 2);
  CHECK_THROWS_WITH_AS(descr::getattr<"s">(S1{}), "'S1' object has no attribute '_s'",
                       descr::attribute_error);
}

TEST_CASE("a shared descriptor's failing set_name is wrapped too") {
  try {
    shared::Refused r;
    FAIL("the set-up should have thrown");
  } catch (const descr::runtime_error& e) {
    CHECK(std::string_view(e.what()) ==
          "Error calling __set_name__ on 'Refuses' instance 'r' in 'Refused'");
    CHECK_THROWS_WITH_AS(std::rethrow_if_nested(e), "no", descr::type_error);
  }
}
