// Seed 000 (Understanding Python Descriptors), "Summary of invocation logic". Port of
// howto_detailed_descriptor.py: an instance read passes the object, a class read passes None,
// and both pass the class.
#include <descr/descr.hpp>

#include <iostream>

#include "python_repr.hpp"

struct DetailedDescriptor {
  int get(const auto& obj, auto objtype) const {
    std::cout << "__get__ called with obj=" << py::str(obj) << ", objtype=" << py::str(objtype)
              << '\n';
    return 42;
  }
};

struct Normal : descr::object<Normal, descr::attr<"x", DetailedDescriptor{}>> {};

int main() {
  Normal n;
  int x = descr::getattr<"x">(n);                     // n.x
  std::cout << x << '\n';
  x = descr::getattr<"x">(descr::type<Normal>);       // Normal.x
  std::cout << x << '\n';
}
