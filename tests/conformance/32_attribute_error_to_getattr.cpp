// 32_attribute_error_to_getattr.py: an attribute_error thrown while reading (by a descriptor's
// get, or by the getattribute_hook) sends the read to the getattr_hook, whatever type the hook
// returns (the read is then a std::variant of both answers); other exceptions propagate.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>

namespace {
struct Flaky {
  int get(auto& obj, auto) const {
    if (descr::getattr<"broken">(obj)) throw descr::attribute_error("flaky");
    return 10;
  }
};
struct Strict {
  int get(auto&, auto) const { throw descr::value_error("strict says no"); }
};

struct C : descr::object<C,
    descr::attr<"value", Flaky{}>,
    descr::attr<"strict", Strict{}>,
    descr::field<"broken", bool>,
    descr::getattr_hook<[](auto&, auto name) { return "fallback for " + std::string(name); }>> {};

struct G : descr::object<G,
    descr::getattribute_hook<[](auto&, auto name) {
      // A branch that only throws: its answer comes from the getattr_hook.
      if constexpr (name == "hidden") throw descr::attribute_error(std::string(name));
      else return 1;
    }>,
    descr::getattr_hook<[](auto&, auto name) { return "hook answers " + std::string(name); }>> {};
}  // namespace

int main() {
  C c;
  std::cout << descr::repr(descr::getattr<"value">(c)) << '\n';
  descr::setattr<"broken">(c, true);
  std::cout << descr::repr(descr::getattr<"value">(c)) << '\n';
  std::cout << descr::repr(descr::hasattr<"value">(c)) << '\n';
  try {
    static_cast<void>(descr::getattr<"strict">(c));
  } catch (const descr::value_error& e) {
    std::cout << "ValueError: " << e.what() << '\n';
  }

  G g;
  std::cout << descr::repr(descr::getattr<"shown">(g)) << '\n';
  std::cout << descr::repr(descr::getattr<"hidden">(g)) << '\n';
  std::cout << descr::repr(descr::hasattr<"hidden">(g)) << '\n';
}
