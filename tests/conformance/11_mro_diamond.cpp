// 11_mro_diamond.py: C3 linearization in a diamond, and lookup follows it.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <boost/hana.hpp>

#include <iostream>
#include <string_view>
#include <vector>

namespace hana = boost::hana;

namespace {
// A string class variable is a constant template argument: a fixed_string (a string literal
// cannot be one).
struct A : descr::object<A, descr::classvar<"x", descr::fixed_string{"A"}>> {};  // class A: x = "A"
struct B : descr::object<B, descr::bases<A>> {};  // class B(A): pass
struct C : descr::object<C, descr::bases<A>,      // class C(A): x = "C"
    descr::classvar<"x", descr::fixed_string{"C"}>> {};
struct D : descr::object<D, descr::bases<B, C>> {};  // class D(B, C): pass
}  // namespace

int main() {
  // print([k.__name__ for k in D.__mro__])
  std::vector<std::string_view> names;
  hana::for_each(descr::mro<D>, [&](auto k) {
    names.push_back(descr::name_of<typename decltype(k)::type>);
  });
  names.push_back("object");  // descr::mro leaves out Python's implicit root, `object`
  std::cout << descr::repr(names) << '\n';
  // print(D().x)
  auto x = descr::getattr<"x">(D());  // a copy of the class's constant fixed_string
  std::cout << x.view() << '\n';
}
