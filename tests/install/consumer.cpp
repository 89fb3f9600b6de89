// Built against the installed copy of descr, found through pkg-config.
#include <descr/descr.hpp>

#include <iostream>

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
