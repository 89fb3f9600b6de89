// Seed 000 (Understanding Python Descriptors), "Invocation from super" and "Summary of
// invocation logic". Port of seed000_super_mro.py: super(A2, a).z looks after A2 in the MRO of
// a's class and calls Base's descriptor with a and A2.
#include <descr/descr.hpp>

#include <boost/hana/for_each.hpp>

#include <iostream>
#include <string>

#include "python_repr.hpp"

struct Ten2 {
  int get(const auto& obj, auto objtype) const {
    std::cout << "__get__ called with obj=" << py::str(obj) << ", objtype=" << py::str(objtype)
              << '\n';
    return 10;
  }
};

struct Base : descr::object<Base, descr::attr<"z", Ten2{}>> {};  // Descriptor in the base class

struct A2 : descr::object<A2, descr::bases<Base>,                // class A2(Base)
    descr::classvar<"x", 5>,
    descr::attr<"y", Ten2{}>,                                    // Descriptor instance in A2
    descr::attr<"show_super_lookup", descr::function{[](auto& self) {
      // super().z: the descriptor lookup through super()
      return descr::getattr<"z">(descr::super<A2>(self));
    }}>> {};

// Python's __mro__ ends with object, which descr::mro leaves out.
template <class C>
std::string mro_repr() {
  std::string s = "(";
  boost::hana::for_each(descr::mro<C>, [&](auto t) {
    s += py::repr(descr::type<typename decltype(t)::type>) + ", ";
  });
  return s + "<class 'object'>)";
}

int main() {
  A2 a;
  int v = descr::getattr<"y">(a);                          // a.y
  std::cout << v << '\n';
  v = descr::getattr<"z">(descr::super<A2>(a));            // super(A2, a).z
  std::cout << v << '\n';
  // Base.__dict__['z'].__get__(a, A2): the raw class attribute, its get called by hand.
  v = descr::getattr_static<"z">(descr::type<Base>).get(a, descr::type<A2>);
  std::cout << v << '\n';
  std::cout << mro_repr<A2>() << '\n';                     // a.__class__.__mro__
  v = descr::getattr<"show_super_lookup">(a)();            // a.show_super_lookup()
  std::cout << v << '\n';
  v = descr::generic_getattr<"y">(a);                      // a.__getattribute__('y')
  std::cout << v << '\n';
}
