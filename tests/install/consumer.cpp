// Built against descr the ways the README gives (tests/install/): prints "5 10".
#include <descr/descr.hpp>

#include <iostream>

// A consumer asking for a newer standard gets it: descr adds no -std of its own.
#ifdef DESCR_EXPECT_NEWER_THAN_CXX20
static_assert(__cplusplus > 202002L, "built as C++20, not the newer standard asked for");
#endif

struct Ten {
  int get(auto&, auto) const { return 10; }
};
struct A : descr::object<A, descr::classvar<"x", 5>, descr::attr<"y", Ten{}>> {};

int main() {
  A a;
  int x = descr::getattr<"x">(a), y = descr::getattr<"y">(a);
  std::cout << x << ' ' << y << '\n';
  return x == 5 && y == 10 ? 0 : 1;
}
