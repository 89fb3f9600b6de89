// Seed 000 (Understanding Python Descriptors), "Summary of invocation logic": overriding
// __getattribute__ prevents automatic descriptor calls. Port of
// seed000_override_getattribute.py: descr::getattribute_hook sees every instance read, and
// descr::generic_getattr is object.__getattribute__.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>
#include <string_view>

struct MyDescriptor {
  int get(const auto& /*obj*/, auto /*objtype*/) const {
    std::cout << "Descriptor __get__ called!\n";
    return 42;
  }
};

struct Normal : descr::object<Normal, descr::attr<"x", MyDescriptor{}>> {};

struct OverrideGetattribute : descr::object<OverrideGetattribute,
    descr::attr<"x", MyDescriptor{}>,
    descr::classvar<"y", 5>,
    descr::getattribute_hook<[](auto& self, auto name) -> decltype(auto) {
      std::cout << "Custom __getattribute__ called for " << std::string_view(name) << '\n';
      // The name is a constant, so each branch may answer with its own type.
      if constexpr (name == "x") return std::string("Bypassed descriptor");
      else return descr::generic_getattr<decltype(name)::value>(self);
    }>> {};

int main() {
  Normal n;
  int x = descr::getattr<"x">(n);                // n.x
  std::cout << x << '\n';

  OverrideGetattribute o;
  std::string bypassed = descr::getattr<"x">(o);  // o.x
  std::cout << descr::repr(bypassed) << '\n';
  int y = descr::getattr<"y">(o);                 // o.y
  std::cout << y << '\n';
}
