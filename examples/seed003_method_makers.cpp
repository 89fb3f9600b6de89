// Seed 003 (Descriptors, a notebook), "What Do These Methods Do?". Port of
// seed003_method_makers.py: what functions, classmethod, staticmethod and property do,
// synthesized by hand with user-written descriptors.
//
// InstanceMethodMaker's and ClassMethodMaker's get return a callable that passes the instance
// (or the owner class, descr::type<MyClass>) before the caller's arguments; Python's
// callfunc(*args, **kwargs) is a generic lambda taking a pack. MyProp raises RuntimeError at
// run time, as in Python, when a function is missing.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <cstddef>
#include <iostream>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "python_repr.hpp"

template <class F>
struct InstanceMethodMaker {
  F func;  // self.__func__

  auto get(auto& instance, auto /*owner*/) const {
    // def callfunc(*args, **kwargs): return self.__func__(instance, *args, **kwargs)
    return [func = func, &instance](const auto&... args) { return func(instance, args...); };
  }
};

template <class F>
struct ClassMethodMaker {
  F func;

  auto get(const auto& /*instance*/, auto owner) const {
    return [func = func, owner](const auto&... args) { return func(owner, args...); };
  }
};

// def my_method(*args): print("my_method got called with args %s" % repr(args))
constexpr auto my_method = [](const auto&... args) {
  std::cout << "my_method got called with args " << py::tuple_repr(args...) << '\n';
};

// MyClass.instance_method = ...; MyClass.class_method = ...: a C++ class is complete once
// defined, so both are declared with it.
struct MyClass : descr::object<MyClass,
    descr::attr<"instance_method", InstanceMethodMaker{my_method}>,
    descr::attr<"class_method", ClassMethodMaker{my_method}>> {
  std::string repr() const { return "<MyClass instance>"; }
};

// def orig_teststaticmethod(): pass
constexpr auto orig_teststaticmethod = [] {};
constexpr descr::staticmethod teststaticmethod{orig_teststaticmethod};

// A partial property(): a getter and a setter, each a RuntimeError when missing. Python's
// setter() stores the setter in the same object and returns it; a constant descriptor cannot
// change its type, so here setter() returns a new MyProp holding both functions, which is what
// `@prop.setter def prop` then binds to the name. A missing function is a nullptr.
template <class G = std::nullptr_t, class S = std::nullptr_t>
struct MyProp {
  G getx = nullptr;
  S setx = nullptr;

  std::string get(auto& inst, auto /*owner*/) const {
    if constexpr (std::is_null_pointer_v<G>) throw std::runtime_error("non-readable property");
    else return getx(inst);
  }
  void set(auto& inst, const std::string& value) const {
    if constexpr (std::is_null_pointer_v<S>) throw std::runtime_error("non-writable property");
    else setx(inst, value);
  }
  template <class F>
  constexpr MyProp<G, F> setter(F f) const {
    return {getx, f};
  }
};
template <class G>
MyProp(G) -> MyProp<G>;

struct MyPropTest : descr::object<MyPropTest,
    descr::field<"_prop", std::string>,                   // self._prop = ""
    descr::attr<"prop", MyProp{[](auto& self) {            // @MyProp def prop(self)
                          return "get " + descr::getattr<"_prop">(self);
                        }}.setter([](auto& self, const std::string& value) {  // @prop.setter
                          descr::setattr<"_prop">(self, "set " + value);
                        })>> {};

int main() {
  MyClass my_instance;
  auto instance_method = descr::getattr<"instance_method">(my_instance);
  std::cout << descr::repr(std::is_invocable_v<decltype(instance_method), const char*>) << '\n';
  instance_method("hi there");

  auto class_method = descr::getattr<"class_method">(my_instance);
  std::cout << descr::repr(std::is_invocable_v<decltype(class_method), const char*>) << '\n';
  class_method("hi there");

  auto from_class = descr::getattr<"class_method">(descr::type<MyClass>);
  std::cout << descr::repr(std::is_invocable_v<decltype(from_class), const char*>) << '\n';
  from_class("hi there");

  // teststaticmethod.__get__("dummy") is orig_teststaticmethod: a C++ staticmethod holds its
  // own copy of the function (a value, where Python holds a reference), and get returns that
  // very object, unchanged.
  std::cout << descr::repr(static_cast<const void*>(&teststaticmethod.get("dummy")) ==
                           static_cast<const void*>(&teststaticmethod.func))
            << '\n';

  MyPropTest m;
  descr::setattr<"prop">(m, "newval");
  std::cout << descr::getattr<"prop">(m) << '\n';
  descr::setattr<"prop">(m, "new " + descr::getattr<"prop">(m));
  std::cout << descr::getattr<"prop">(m) << '\n';
  std::cout << descr::repr(descr::getattr<"_prop">(m)) << '\n';
}
