// Seed 002 (Python Descriptor Protocol Inside-out), "Descriptor Protocol". Port of
// seed002_mytest.py: get sees instance = None on a class read, the object on an instance read,
// and the owner class both times. Python's format() evaluates its arguments before printing,
// so each value is read first and printed after.
#include <descr/descr.hpp>

#include <iostream>

#include "python_repr.hpp"

struct Descriptor {
  int value = 0;  // self.__value = 0

  int get(const auto& instance, auto owner) const {
    std::cout << "self: " << py::str(*this) << '\n';
    std::cout << "instance: " << py::str(instance) << '\n';
    std::cout << "owner: " << py::str(owner) << '\n';
    return 1;
  }
};

struct MyTest : descr::object<MyTest,
    descr::attr<"d", Descriptor{}>> {};  // d is a Descriptor, an attribute of class MyTest

int main() {
  std::cout << "======== Class Access ========\n";
  int d = descr::getattr<"d">(descr::type<MyTest>);
  std::cout << "MyTest.d: " << d << '\n';

  std::cout << "======== Instance Access ========\n";
  MyTest t;
  d = descr::getattr<"d">(t);
  std::cout << "t.d: " << d << '\n';
}
