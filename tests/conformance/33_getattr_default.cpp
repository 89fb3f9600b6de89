// 33_getattr_default.py: getattr<"x">(obj, default) gives the default where the read throws
// attribute_error, and is the default itself, decided at compile time, where no rule answers
// the name; a getattr_hook constrained to some names (descr::NameIn) leaves the others missing.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>
#include <type_traits>

namespace {
struct C : descr::object<C,
    descr::classvar<"x", 5>,
    descr::field<"y", int, descr::absentable>> {};

struct D : descr::object<D,
    descr::getattr_hook<[](auto&, descr::NameIn<"alpha", "beta"> auto name) {
      std::string s(name);
      for (auto& ch : s) ch = static_cast<char>(ch - 'a' + 'A');
      return s;
    }>> {};
}  // namespace

int main() {
  C c;
  std::cout << descr::repr(descr::getattr<"x">(c, 0)) << '\n';
  std::cout << descr::repr(descr::getattr<"y">(c, 0)) << '\n';
  descr::setattr<"y">(c, 3);
  std::cout << descr::repr(descr::getattr<"y">(c, 0)) << '\n';
  descr::delattr<"y">(c);
  std::cout << descr::repr(descr::getattr<"y">(c, 0)) << '\n';
  // No rule answers 'nothing': the answer is the default, a constant decision.
  static_assert(std::is_same_v<decltype(descr::getattr<"nothing">(c, "none here")), const char*>);
  std::cout << descr::repr(descr::getattr<"nothing">(c, "none here")) << '\n';
  std::cout << descr::repr(descr::hasattr<"x">(c)) << ' ' << descr::repr(descr::hasattr<"nothing">(c))
            << '\n';

  D d;
  // getattr(d, "beta", None): the hook answers beta, so the default never applies.
  std::cout << descr::repr(descr::getattr<"alpha">(d)) << ' '
            << descr::repr(descr::getattr<"beta">(d, descr::none)) << '\n';
  static_assert(descr::resolution<D, "gamma"> == descr::rule::none);
  std::cout << descr::repr(descr::hasattr<"alpha">(d)) << ' ' << descr::repr(descr::hasattr<"gamma">(d))
            << '\n';
  std::cout << descr::repr(descr::getattr<"gamma">(d, "default")) << '\n';
}
