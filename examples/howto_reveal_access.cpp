// Seed 004 (Descriptor HowTo Guide), "Descriptor Example". Port of howto_reveal_access.py:
// RevealAccess keeps a value that changes, so it is a descriptor with run-time state, declared
// with attr_of: one object per class, built when the class is first used, from the constants 10 and
// 'var "x"', as Python builds it when the class body runs.
#include <descr/descr.hpp>

#include <iostream>
#include <string>

// A data descriptor that sets and returns values normally and prints a message logging their
// access.
struct RevealAccess {
  int val;
  std::string name;

  RevealAccess(int initval, const char* name) : val(initval), name(name) {}

  int get(const auto& /*obj*/, auto /*objtype*/) const {
    std::cout << "Retrieving " << name << '\n';
    return val;
  }
  void set(const auto& /*obj*/, int new_val) {
    std::cout << "Updating " << name << '\n';
    val = new_val;
  }
};

struct MyClass : descr::object<MyClass,
    descr::attr_of<"x", RevealAccess, 10, "var \"x\"">,   // x = RevealAccess(10, 'var "x"')
    descr::classvar<"y", 5>> {};                          // y = 5

int main() {
  MyClass m;
  int x = descr::getattr<"x">(m);   // m.x
  std::cout << x << '\n';
  descr::setattr<"x">(m, 20);       // m.x = 20
  x = descr::getattr<"x">(m);       // m.x
  std::cout << x << '\n';
  std::cout << descr::getattr<"y">(m) << '\n';   // m.y
}
