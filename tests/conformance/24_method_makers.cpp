// 24_method_makers.py: seed 003's InstanceMethodMaker and ClassMethodMaker, user-written
// descriptors that do what functions and classmethod do: get returns a callable that passes
// the instance (or the class) before the caller's arguments.
//
// Python's callfunc takes *args; here a generic lambda takes a pack. my_method prints its
// arguments as Python's repr of a tuple: an instance as MyClass's repr, a class as
// <class '__main__.Name'>, None, and strings quoted.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>
#include <type_traits>

namespace {
template <class F>
struct InstanceMethodMaker {
  F func;  // self.__func__

  auto get(auto& instance, auto /*owner*/) const {
    return [func = func, &instance](const auto&... args) { return func(instance, args...); };
  }
};

template <class F>
struct ClassMethodMaker {
  F func;

  auto get(auto& /*instance*/, auto owner) const {
    return [func = func, owner](const auto&... args) { return func(owner, args...); };
  }
};

template <class T>
std::string py_repr(const T& v) {
  return descr::repr(v);
}
template <class C>
std::string py_repr(descr::type_t<C>) {
  return "<class '__main__." + std::string(descr::name_of<C>) + "'>";
}

// def my_method(*args): print("my_method got called with args %s" % repr(args))
constexpr auto my_method = [](const auto&... args) {
  std::string r;
  ((r += (r.empty() ? "" : ", ") + py_repr(args)), ...);
  std::cout << "my_method got called with args (" << r << ")\n";
};

struct MyClass : descr::object<MyClass,
    descr::attr<"instance_method", InstanceMethodMaker{my_method}>,
    descr::attr<"class_method", ClassMethodMaker{my_method}>> {
  std::string repr() const { return "<MyClass instance>"; }
};

struct MySubclass : descr::object<MySubclass, descr::bases<MyClass>> {};
}  // namespace

int main() {
  MyClass my_instance;
  auto instance_method = descr::getattr<"instance_method">(my_instance);
  std::cout << descr::repr(std::is_invocable_v<decltype(instance_method), const char*>) << '\n';
  instance_method("hi there");

  auto class_method = descr::getattr<"class_method">(my_instance);
  std::cout << descr::repr(std::is_invocable_v<decltype(class_method), const char*>) << '\n';
  class_method("hi there");
  descr::getattr<"class_method">(descr::type<MyClass>)("hi there");

  MySubclass sub;
  descr::getattr<"class_method">(sub)("from a subclass");
  descr::getattr<"instance_method">(descr::type<MyClass>)("from the class");  // instance is None
}
