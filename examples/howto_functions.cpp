// The Descriptor HowTo's "Functions and Methods", seed 000's walk-through of it (the MethodType
// emulation, binding by hand with __get__) and seed 003's TestClass1. Port of
// howto_functions.py.
//
// A method is declared as descr::attr<"f", descr::function{[](auto& self, ...) {...}}>: a
// non-data descriptor. Read from the class it gives the function object; read from an
// instance, a descr::method: Python's bound method, whose `func` is the class's function
// object (__func__) and `self` a pointer to the instance (__self__). Calling it passes *self
// first. Calling it with arguments the function does not take is a compile error naming the
// class and the method (tests/compile_fail/method_wrong_arguments.cpp), where Python raises
// TypeError when the call runs.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <sstream>
#include <string>
#include <type_traits>

#include "python_repr.hpp"

// tutorial: functions-class
struct D : descr::object<D,
    descr::attr<"f", descr::function{[](auto& /*self*/, int x) { return x; }}>> {};
// tutorial end

// f.__qualname__: a C++ lambda has no name of its own; a function in a class is named by the
// class and the attribute, both known to the compiler.
template <class C, descr::fixed_string Name>
std::string qualname() {
  return std::string(descr::name_of<C>) + "." + std::string(Name.view());
}

std::string address(const void* p) {
  std::ostringstream os;
  os << p;
  return os.str();
}

// repr(D.f): <function D.f at 0x...>
template <class C, descr::fixed_string Name, class F>
std::string function_repr(const F& f) {
  return "<function " + qualname<C, Name>() + " at " + address(&f) + ">";
}

// repr(d.f): a method read as d.f knows its class and its name.
template <class F, class Self, descr::fixed_string Name>
std::string method_repr(const descr::method<F, Self, Name>& m) {
  return "<bound method " + qualname<std::remove_cv_t<Self>, Name>() + " of " +
         py::repr(*m.self) + ">";
}

// Seed 000's MethodType: "Emulate PyMethod_Type in Objects/classobject.c".
template <class F, class Obj>
struct MethodType {
  const F& func;  // self.__func__
  Obj* self;      // self.__self__

  // def __call__(self, *args, **kwargs): return func(obj, *args, **kwargs)
  decltype(auto) operator()(auto&&... args) const { return func(*self, args...); }
};
template <class F, class Obj>
MethodType(const F&, Obj*) -> MethodType<F, Obj>;

struct Me : descr::object<Me,
    descr::attr<"f", descr::function{[](auto& self) -> auto& { return self; }}>> {};

struct TestClass1 : descr::object<TestClass1,
    descr::attr<"test_method", descr::function{[](auto& /*self*/) {}}>> {};

// isinstance(x, types.MethodType)
template <class T>
constexpr bool is_method = false;
template <class F, class S, descr::fixed_string N>
constexpr bool is_method<descr::method<F, S, N>> = true;
// isinstance(x, types.FunctionType): x is the function object the class holds.
template <class T>
constexpr bool is_function = std::is_same_v<
    std::remove_cvref_t<T>,
    decltype(descr::getattr_static<"test_method">(descr::type<TestClass1>).func)>;

int main() {
  // tutorial: functions
  D d;
  const auto& in_dict = descr::getattr_static<"f">(descr::type<D>);  // D.__dict__['f']
  std::cout << function_repr<D, "f">(in_dict.func) << '\n';
  const auto& f = descr::getattr<"f">(descr::type<D>);                // D.f: the function
  std::cout << function_repr<D, "f">(f) << '\n';
  std::cout << qualname<D, "f">() << '\n';
  auto bound = descr::getattr<"f">(d);                                // d.f: a bound method
  std::cout << method_repr(bound) << '\n';
  std::cout << function_repr<D, "f">(bound.func) << '\n';             // d.f.__func__
  std::cout << py::repr(*bound.self) << '\n';                         // d.f.__self__
  std::cout << descr::getattr<"f">(d)(3) << ' ' << f(d, 4) << '\n';   // d.f(3), D.f(d, 4)
  // tutorial end

  MethodType m(f, &d);                                                // MethodType(D.f, d)
  std::cout << m(5) << ' ' << descr::repr(&m.func == &f) << ' ' << descr::repr(m.self == &d)
            << '\n';

  // Me.__dict__['f'].__get__(me): the descriptor's get, called by hand, binds f to me.
  Me me;
  auto by_hand = descr::getattr_static<"f">(descr::type<Me>).get(me);
  std::cout << "<bound method " << qualname<Me, "f">() << " of " << py::repr(*by_hand.self)
            << ">\n";
  std::cout << descr::repr(&by_hand() == &me) << '\n';

  TestClass1 test_inst;
  std::cout << "function is of FunctionType?  "
            << descr::repr(is_function<decltype(descr::getattr<"test_method">(
                                   descr::type<TestClass1>))>)
            << '\n';
  std::cout << "instance method is of FunctionType?  "
            << descr::repr(is_function<decltype(descr::getattr<"test_method">(test_inst))>)
            << '\n';
  std::cout << "instance method is of MethodType?  "
            << descr::repr(is_method<decltype(descr::getattr<"test_method">(test_inst))>) << '\n';
  // Each read makes a new method object: two reads are two objects...
  auto m1 = descr::getattr<"test_method">(test_inst);
  auto m2 = descr::getattr<"test_method">(test_inst);
  std::cout << "same method object each time?  " << descr::repr(&m1 == &m2) << '\n';
  // ...equal, as Python's are: the same function bound to the same object.
  std::cout << "equal method object each time?  " << descr::repr(m1 == m2) << '\n';
  std::cout << "method objects have same __func__? " << descr::repr(&m1.func == &m2.func) << '\n';
}
