// 06_getattribute_bypass.py: overriding __getattribute__ bypasses descriptor invocation;
// object.__getattribute__ restores it.
#include <descr/descr.hpp>

#include <iostream>
#include <string>

namespace {
struct D {
  int get(auto&, auto) const { return 42; }
};

struct C : descr::object<C,
    descr::attr<"x", D{}>,    // x = D()
    descr::classvar<"y", 5>,  // y = 5
    descr::getattribute_hook<[](auto& self, auto name) -> decltype(auto) {
      if constexpr (name == "x") return std::string("bypassed");
      else return descr::generic_getattr<decltype(name)::value>(self);  // object.__getattribute__
    }>> {};
}  // namespace

int main() {
  C c;
  // print(c.x, c.y, object.__getattribute__(c, "x"))
  std::string x = descr::getattr<"x">(c);
  int y = descr::getattr<"y">(c);
  int generic_x = descr::generic_getattr<"x">(c);
  std::cout << x << ' ' << y << ' ' << generic_x << '\n';
}
