// A class's run-time set-up (detail/class_state.hpp): bases first, set_name errors wrapped as
// CPython 3.11 does, a failed set-up run again by the next use.
#include <descr/descr.hpp>

#include <doctest/doctest.h>

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
