// 04_class_var.py: class variables are found after instance entries; instance assignment
// shadows them.
#include <descr/descr.hpp>

#include <iostream>

namespace {
struct C : descr::object<C,
    descr::classvar<"v", 1>,                          // v = 1
    descr::field<"v", int, descr::absentable>> {};    // the instance's own 'v', if any
}  // namespace

int main() {
  C c;
  // print(c.v)
  int v = descr::getattr<"v">(c);
  std::cout << v << '\n';
  // c.v = 2
  descr::setattr<"v">(c, 2);
  // print(c.v, C.v)
  v = descr::getattr<"v">(c);
  int cv = descr::getattr<"v">(descr::type<C>);
  std::cout << v << ' ' << cv << '\n';
  // del c.v
  descr::delattr<"v">(c);
  // print(c.v)
  v = descr::getattr<"v">(c);
  std::cout << v << '\n';
}
