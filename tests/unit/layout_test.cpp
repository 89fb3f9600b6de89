// The members a class declares (layout.hpp): field, classvar, attr, attr_of and its arg, and
// name_t, the name handed to the hooks. bases is mro_test's; the hooks' behaviour lookup_test's.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/layout.hpp>

#include <descr/access.hpp>
#include <descr/name_of.hpp>
#include <descr/object.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

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
}  // namespace

TEST_CASE("set_name of a constant descriptor runs at compile time with owner and name") {
  // class Named:
  //     def __set_name__(self, owner, name): self.name = name; self.owner = owner.__name__
  //     def __get__(self, obj, objtype=None): return self.name
  // class N: x = Named(); bananas = Named()
  // class M(N): pass
  // print(N.bananas, M.bananas, N().x, M().bananas, N.__dict__['x'].owner)
  //                                                # bananas bananas x bananas N
  static_assert(descr::getattr<"bananas">(descr::type<N>) == std::string_view("bananas"));
  static_assert(descr::getattr<"bananas">(descr::type<M>) == std::string_view("bananas"));
  N n;
  CHECK(descr::getattr<"x">(n) == "x");
  M m;
  CHECK(descr::getattr<"bananas">(m) == "bananas");
}

namespace {
struct Counter {
  int n = 0;
  int get(auto&, auto) { return ++n; }
};
struct Shared : descr::object<Shared, descr::attr_of<"c", Counter>> {};
}  // namespace

TEST_CASE("a run-time descriptor is one object per class, shared by all instances") {
  // class Counter:
  //     def __init__(self): self.n = 0
  //     def __get__(self, obj, objtype=None): self.n += 1; return self.n
  // class Shared: c = Counter()
  // a, b = Shared(), Shared(); print(a.c, b.c, Shared.c)   # 1 2 3
  Shared a, b;
  int x = descr::getattr<"c">(a);
  int y = descr::getattr<"c">(b);
  int z = descr::getattr<"c">(descr::type<Shared>);
  CHECK(y == x + 1);
  CHECK(z == y + 1);
}

namespace {
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

TEST_CASE("run-time descriptors are built once per class, in declaration order, with set_name") {
  // class R: x = Recorded('1'); y = Recorded('2'); bananas = Recorded('3')
  // class S(R): pass
  // print(calls, S().bananas, R().y)
  //   # ['init 1', 'init 2', 'init 3', 'R.x', 'R.y', 'R.bananas'] bananas y
  // Python runs the whole class body, then every __set_name__; descr calls each set_name
  // right after its descriptor's constructor (layout.hpp), hence the interleaved order.
  R r;
  CHECK(descr::getattr<"y">(r) == "y");
  S s;
  CHECK(descr::getattr<"bananas">(s) == "bananas");  // S inherits R's: no second set_name
  CHECK(calls == std::vector<std::string>{"init 1", "R.x", "init 2", "R.y", "init 3", "R.bananas"});
}

TEST_CASE("a hook's name prints on a stream") {
  std::ostringstream os;
  os << descr::name_t<"abc">{};
  CHECK(os.str() == "abc");
}
