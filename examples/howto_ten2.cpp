// Seed 000 (Understanding Python Descriptors), "Modifying Ten a bit to visualize this" and
// "Invocation from an instance". Port of howto_ten2.py: Ten2 prints the arguments of __get__.
// The HowTo emulates PyObject_GenericGetAttr in Python to show which rule answers; descr decides
// that rule at compile time, and descr::resolution names it, so the emulation prints the rule
// descr chose and then reads through descr, which takes that same rule.
#include <descr/descr.hpp>

#include <iostream>

#include "python_repr.hpp"

struct Ten2 {
  int get(const auto& obj, auto objtype) const {
    std::cout << "__get__ called with obj=" << py::str(obj) << ", objtype=" << py::str(objtype)
              << '\n';
    return 10;
  }
};

struct A2 : descr::object<A2,
    descr::classvar<"x", 5>,
    descr::attr<"y", Ten2{}>> {};   // y = Ten2()   Descriptor instance

// object_getattribute(obj, name): "Emulate PyObject_GenericGetAttr() in Objects/object.c"
template <descr::fixed_string Name, class Obj>
decltype(auto) object_getattribute(Obj& obj) {
  constexpr descr::rule rule = descr::resolution<Obj, Name>;
  if constexpr (rule == descr::rule::data_descriptor)
    std::cout << "returning data descriptor set/delete\n";
  else if constexpr (rule == descr::rule::instance)
    std::cout << "returning instance variable\n";
  else if constexpr (rule == descr::rule::non_data_descriptor)
    std::cout << "returning descr_get\n";
  else if constexpr (rule == descr::rule::class_variable)
    std::cout << "returning class variable\n";
  // rule::none, Python's `raise AttributeError(name)`, does not compile.
  return descr::generic_getattr<Name>(obj);
}

// getattr_hook(obj, name): "Emulate slot_tp_getattr_hook() in Objects/typeobject.c". A2 has no
// __getattr__ (no descr::getattr_hook), so Python's except branch would re-raise: an
// attribute_error from the read propagates here too.
template <descr::fixed_string Name, class Obj>
decltype(auto) getattr_hook(Obj& obj) {
  std::cout << "__getattribute__\n";
  return descr::generic_getattr<Name>(obj);  // obj.__getattribute__(name)
}

int main() {
  A2 a2;
  int y = descr::getattr<"y">(a2);  // a2.y
  std::cout << y << '\n';

  int v = object_getattribute<"y">(a2);
  std::cout << v << '\n';
  v = object_getattribute<"x">(a2);
  std::cout << v << '\n';

  v = getattr_hook<"y">(a2);
  std::cout << v << '\n';
  v = getattr_hook<"x">(a2);
  std::cout << v << '\n';
}
