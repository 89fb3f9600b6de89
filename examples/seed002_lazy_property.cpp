// Seed 002 (Python Descriptor Protocol Inside-out), "Lazy Property". Port of
// seed002_lazy_property.py: lazy_property is a non-data descriptor whose get stores the value
// in the instance entry of the same name; that entry then answers every later read.
//
// Python finds the name to store under as fget.__name__. A C++ function has no name, and
// descr::setattr needs the name as a constant, so lazy_property takes it as a parameter, next
// to the function. The entry it fills is declared in the class, absentable (missing until the
// first read).
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>

template <descr::fixed_string Name, auto Fget>
struct lazy_property {
  // only define get to make it a non-data descriptor
  auto get(auto& instance, auto /*cls*/) const {
    auto value = Fget(instance);
    descr::setattr<Name>(instance, value);  // setattr(instance, self.fget.__name__, value)
    return value;
  }
};

struct MyTest : descr::object<MyTest,
    descr::attr<"lp", lazy_property<"lp", [](auto& /*self*/) {  // @lazy_property def lp(self)
      std::cout << "Initialize lp\n";
      return std::string("I am lazy property");
    }>{}>,
    descr::field<"lp", std::string, descr::absentable>> {};   // instance __dict__['lp']

int main() {
  MyTest obj;
  std::cout << "======== Before access lp ========\n";
  std::cout << "instance __dict__: " << descr::vars(obj) << '\n';
  std::cout << "======== First time access lp  ========\n";
  std::string lp = descr::getattr<"lp">(obj);
  std::cout << lp << '\n';
  std::cout << "instance __dict__: " << descr::vars(obj) << '\n';
  std::cout << "======== Second time access lp  ========\n";
  lp = descr::getattr<"lp">(obj);
  std::cout << lp << '\n';
}
