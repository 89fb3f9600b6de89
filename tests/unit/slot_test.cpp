// Per-instance storage for descriptors (slot.hpp) and set_name (compile time and run time).
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {
struct Validated {
  using storage_type = int;
  int min = 0;
  int get(auto&, descr::slot<int> s) const { return s.get(); }
  void set(auto&, int v, descr::slot<int> s) const {
    if (v < min) throw descr::value_error("Expected " + std::to_string(v) + " to be at least " + std::to_string(min));
    s.set(v);
  }
  void del(auto&, descr::slot<int> s) const { s.del(); }
};

struct Item : descr::object<Item, descr::attr<"quantity", Validated{.min = 0}>> {};
}  // namespace

TEST_CASE("a descriptor's slot is absent until set, under the private name") {
  Item i;
  CHECK_THROWS_WITH_AS(descr::getattr<"quantity">(i), "'Item' object has no attribute '_quantity'",
                       descr::attribute_error);
  descr::setattr<"quantity">(i, 5);
  CHECK(descr::getattr<"quantity">(i) == 5);
  CHECK(descr::repr(descr::vars(i)) == "{'_quantity': 5}");
}

TEST_CASE("a failed set leaves the old value") {
  Item i;
  descr::setattr<"quantity">(i, 5);
  CHECK_THROWS_WITH_AS(descr::setattr<"quantity">(i, -1), "Expected -1 to be at least 0",
                       descr::value_error);
  CHECK(descr::getattr<"quantity">(i) == 5);
}

TEST_CASE("del goes through the descriptor to the slot") {
  Item i;
  descr::setattr<"quantity">(i, 5);
  descr::delattr<"quantity">(i);
  CHECK(descr::vars(i).size() == 0);
  CHECK_THROWS_AS(descr::delattr<"quantity">(i), descr::attribute_error);
}

namespace {
// A constant descriptor's set_name runs at compile time. Constants must be structural types,
// so the names are kept as pointer and length, not std::string_view.
struct Named {
  const char* name = nullptr;
  std::size_t size = 0;
  const char* owner = nullptr;
  constexpr void set_name(auto owner_type, std::string_view n) {
    name = n.data();
    size = n.size();
    owner = descr::name_of<typename decltype(owner_type)::type>.data();
  }
  constexpr std::string_view get(auto&) const { return {name, size}; }
};
struct N : descr::object<N, descr::attr<"x", Named{}>, descr::attr<"bananas", Named{}>> {};
struct M : descr::object<M, descr::bases<N>> {};

std::vector<std::string> calls;
struct Recorded {
  std::string name;
  explicit Recorded(const char* tag) { calls.push_back(std::string("init ") + tag); }
  void set_name(auto owner, std::string_view n) {
    name = n;
    calls.push_back(std::string(descr::name_of<typename decltype(owner)::type>) + "." + name);
  }
  std::string get(auto&, auto) const { return name; }
};
struct R : descr::object<R, descr::attr_of<"x", Recorded, "1">, descr::attr_of<"y", Recorded, "2">,
                         descr::attr_of<"bananas", Recorded, "3">> {};
struct S : descr::object<S, descr::bases<R>> {};
}  // namespace

TEST_CASE("set_name of a constant descriptor runs at compile time with owner and name") {
  static_assert(descr::getattr<"bananas">(descr::type<N>) == std::string_view("bananas"));
  static_assert(descr::getattr<"bananas">(descr::type<M>) == std::string_view("bananas"));
  N n;
  CHECK(descr::getattr<"x">(n) == "x");
  M m;
  CHECK(descr::getattr<"bananas">(m) == "bananas");
}

TEST_CASE("run-time descriptors are built once per class, in declaration order, with set_name") {
  R r;
  CHECK(descr::getattr<"y">(r) == "y");
  S s;
  CHECK(descr::getattr<"bananas">(s) == "bananas");  // S inherits R's: no second set_name
  CHECK(calls == std::vector<std::string>{"init 1", "R.x", "init 2", "R.y", "init 3", "R.bananas"});
}
