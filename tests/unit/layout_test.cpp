// The members a class declares (layout.hpp): field, classvar, attr, attr_of and its arg, and
// name_t, the name handed to the hooks. bases is mro_test's; the hooks' behaviour lookup_test's.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/layout.hpp>

#include <descr/access.hpp>
#include <descr/name_of.hpp>
#include <descr/object.hpp>
#include <descr/reflect.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {
struct Fields : descr::object<Fields,
    descr::field<"n", int>,
    descr::field<"s", std::string>,
    descr::field<"p", const char*>,
    descr::field<"maybe", int, descr::absentable>> {};
}  // namespace

TEST_CASE("a field is present from the start and value-initialized; an absentable one is absent") {
  Fields f;
  CHECK(descr::getattr<"n">(f) == 0);
  CHECK(descr::getattr<"s">(f).empty());
  CHECK(descr::getattr<"p">(f) == nullptr);
  CHECK(descr::vars(f).size() == 3);
  CHECK_FALSE(descr::vars(f).contains("maybe"));
}

namespace {
struct Ten {
  int get(auto&, auto) const { return 10; }
};
struct A : descr::object<A, descr::classvar<"x", 5>, descr::classvar<"y", Ten{}>> {};
}  // namespace

TEST_CASE("a classvar holding a descriptor acts as the descriptor, as in Python's class dict") {
  // class Ten:
  //     def __get__(self, obj, objtype=None): return 10
  // class A: x = 5; y = Ten()
  // print(A().x, A().y, A.y)   # 5 10 10
  A a;
  CHECK(descr::getattr<"x">(a) == 5);
  CHECK(descr::getattr<"y">(a) == 10);
  CHECK(descr::getattr<"y">(descr::type<A>) == 10);
}

namespace {
// A constant descriptor's set_name runs at compile time. Constants must be structural types,
// so the names are kept as pointer and length, not std::string_view.
struct Named {
  const char* name = nullptr;
  std::size_t size = 0;
  const char* owner = nullptr;
  std::size_t owner_size = 0;
  constexpr void set_name(auto owner_type, std::string_view n) {
    name = n.data();
    size = n.size();
    owner = descr::name_of<typename decltype(owner_type)::type>.data();
    owner_size = descr::name_of<typename decltype(owner_type)::type>.size();
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
  constexpr const Named& inherited = descr::getattr_static<"x">(descr::type<M>);
  static_assert(std::string_view(inherited.owner, inherited.owner_size) == "N");
  N n;
  CHECK(descr::getattr<"x">(n) == "x");
  M m;
  CHECK(descr::getattr<"bananas">(m) == "bananas");
}

namespace {
struct Count {
  int n = 0;
  int get(auto&) { return ++n; }  // not const: a constant descriptor runs it on a copy
};
struct Counter {
  int n = 0;
  int get(auto&, auto) { return ++n; }
};
struct Constant : descr::object<Constant, descr::attr<"c", Count{}>> {};
struct Shared : descr::object<Shared, descr::attr_of<"c", Counter>> {};
}  // namespace

TEST_CASE("an attr is a constant: a get that is not const runs on a copy") {
  Constant a;
  CHECK(descr::getattr<"c">(a) == 1);
  CHECK(descr::getattr<"c">(a) == 1);
}

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

namespace {
int built = 0;
struct Built {
  Built() { ++built; }
  int get(auto&, auto) const { return built; }
};
struct Lazy : descr::object<Lazy, descr::attr_of<"b", Built>> {};
struct LazyToo : descr::object<LazyToo, descr::attr_of<"b", Built>> {};
}  // namespace

TEST_CASE("a class's run-time descriptors are built at its first use: first instance or first access") {
  CHECK(built == 0);
  CHECK(descr::getattr<"b">(descr::type<Lazy>) == 1);
  Lazy a, b;
  CHECK(descr::getattr<"b">(a) == 1);
  LazyToo c;
  CHECK(built == 2);
  CHECK(descr::getattr<"b">(c) == 2);
}

namespace {
struct Args {
  long long i;
  double f;
  bool b;
  std::string s;
  long long c;
  template <class I, class F, class B, class S, class C>
  Args(I i_, F f_, B b_, S s_, C c_) : i(i_), f(f_), b(b_), s(s_), c(c_) {
    static_assert(std::is_same_v<I, long long> && std::is_same_v<F, double> &&
                  std::is_same_v<B, bool> && std::is_same_v<S, const char*> &&
                  std::is_same_v<C, long long>);
  }
  const Args& get(auto&, auto) const { return *this; }
};
struct WithArgs : descr::object<WithArgs, descr::attr_of<"a", Args, 7, 2.5f, true, "seven", 'c'>> {};
}  // namespace

TEST_CASE("attr_of's constant arguments reach the constructor as long long, double, bool or const char*") {
  const Args& a = descr::getattr<"a">(descr::type<WithArgs>);
  CHECK(a.i == 7);
  CHECK(a.f == 2.5);
  CHECK(a.b);
  CHECK(a.s == "seven");
  CHECK(a.c == 'c');
}

TEST_CASE("arg records which kind of constant it was given") {
  using kind = descr::arg::kind_t;
  static_assert(descr::arg(7).kind == kind::integer && descr::arg(7).integer == 7);
  static_assert(descr::arg(7u).kind == kind::integer);
  static_assert(descr::arg(0.5f).kind == kind::floating && descr::arg(0.5f).floating == 0.5);
  static_assert(descr::arg(false).kind == kind::boolean && descr::arg(true).integer == 1);
  static_assert(descr::arg("ab").kind == kind::string && descr::arg("ab").string[1] == 'b' &&
                descr::arg("ab").string[2] == '\0');
}

TEST_CASE("a name_t compares with a string literal, converts to string_view and prints") {
  static_assert(descr::name_t<"abc">{} == "abc");
  static_assert(!(descr::name_t<"abc">{} == "ab"));
  static_assert(!(descr::name_t<"abc">{} == "abcd"));
  static_assert(std::string_view(descr::name_t<"abc">{}) == "abc");
  std::ostringstream os;
  os << descr::name_t<"abc">{};
  CHECK(os.str() == "abc");
}
