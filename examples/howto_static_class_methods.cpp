// The Descriptor HowTo's "Static Methods and Class Methods". Port of
// howto_static_class_methods.py.
//
//   Transformation   Called from an object   Called from a class
//   function         f(obj, args...)         f(args...)
//   staticmethod     f(args...)              f(args...)
//   classmethod      f(type<C>, args...)     f(type<C>, args...)
//
// descr::staticmethod{f} reads as f itself; descr::classmethod{f} reads as a bound method whose
// self is the class, descr::type<C>: C is the object's class, or the class the read names. A
// class is a value here (descr::type<C>), and calling it constructs a C: `klass()` in fromkeys
// builds a Dict from Dict, a Counts from Counts. Calling either with arguments f does not take
// is a compile error naming the class and the method
// (tests/compile_fail/classmethod_wrong_arguments.cpp); Python raises TypeError at the call.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// A static method is the function itself, from the class or from an object.
namespace static_demo {
struct E : descr::object<E,
    descr::attr<"f", descr::staticmethod{[](int x) { std::cout << x << '\n'; }}>> {};
}  // namespace static_demo

// erf does not depend on a sample's data: a static method of the Sample class.
// tutorial: staticmethod
struct Sample : descr::object<Sample,
    descr::field<"data", std::vector<int>>,
    descr::attr<"erf", descr::staticmethod{[](double x) { return std::erf(x); }}>> {
  explicit Sample(std::vector<int> data) { descr::setattr<"data">(*this, std::move(data)); }
};
// tutorial end

// The HowTo's pure Python StaticMethod, as a user-written descriptor: get returns f.
template <class F>
struct StaticMethod {
  F f;
  // def __get__(self, obj, objtype=None): return self.f
  constexpr const F& get(const auto& /*obj*/, auto /*objtype*/) const { return f; }
};
template <class F>
StaticMethod(F) -> StaticMethod<F>;

struct E2 : descr::object<E2,
    descr::attr<"f", StaticMethod{[](int x) { std::cout << x << '\n'; }}>> {};

// klass.__name__
constexpr std::string_view name_of_class(auto klass) {
  return descr::name_of<typename decltype(klass)::type>;
}
std::string repr(const std::pair<std::string_view, int>& t) {  // a (str, int) tuple
  return "(" + descr::repr(t.first) + ", " + descr::repr(t.second) + ")";
}

// A class method receives the class, whether called from the class or from an object.
namespace class_demo {
struct E : descr::object<E,
    descr::attr<"f", descr::classmethod{[](auto klass, int x) {
      return std::pair{name_of_class(klass), x};
    }}>> {};
}  // namespace class_demo

// Python's dict keeps insertion order: Dict holds a std::map and the order of its keys. None is
// an empty std::optional.
using Value = std::optional<int>;
struct Dict : descr::object<Dict,
    descr::field<"_data", std::map<std::string, Value>>,
    descr::field<"_order", std::vector<std::string>>,
    descr::attr<"__setitem__", descr::function{[](auto& self, std::string key, Value value) {
      auto& data = descr::getattr<"_data">(self);
      if (!data.contains(key)) descr::getattr<"_order">(self).push_back(key);
      data[key] = value;
    }}>,
    // tutorial: classmethod
    // "Emulate dict_fromkeys() in Objects/dictobject.c"
    descr::attr<"fromkeys", descr::classmethod{
        [](auto klass, std::string_view iterable, Value value = std::nullopt) {
          auto d = klass();                                  // d = klass()
          for (char key : iterable) descr::getattr<"__setitem__">(d)(std::string(1, key), value);
          return d;
        }}>,
    // tutorial end
    // def __repr__(self): a method, so that Counts inherits it (descr::bases inherits the
    // layout, not C++ members)
    descr::attr<"__repr__", descr::function{[](auto& self) {
      std::string s = "{";
      for (const auto& key : descr::getattr<"_order">(self)) {
        if (s.size() != 1) s += ", ";
        s += descr::repr(key) + ": " + descr::repr(descr::getattr<"_data">(self).at(key));
      }
      return s + "}";
    }}>> {};
struct Counts : descr::object<Counts, descr::bases<Dict>> {};  // a derived dict

// The HowTo's pure Python ClassMethod: get returns a function passing klass first.
template <class F>
struct ClassMethod {
  F f;
  // def __get__(self, obj, klass=None): ... def newfunc(*args): return self.f(klass, *args)
  // (klass is never None here: the lookup passes type(obj) for an object.)
  constexpr auto get(const auto& /*obj*/, auto klass) const {
    return [this, klass](auto... args) { return f(klass, args...); };
  }
};
template <class F>
ClassMethod(F) -> ClassMethod<F>;

struct E3 : descr::object<E3,
    descr::attr<"f", ClassMethod{[](auto klass, int x) {
      return std::pair{name_of_class(klass), x};
    }}>> {};
struct F3 : descr::object<F3, descr::bases<E3>> {};

int main() {
  using static_demo::E;
  descr::getattr<"f">(descr::type<E>)(3);       // E.f(3)
  descr::getattr<"f">(E{})(3);                  // E().f(3)

  Sample s({1, 2, 3});
  std::printf("%.4f %.4f\n", descr::getattr<"erf">(s)(1.5),
              descr::getattr<"erf">(descr::type<Sample>)(1.5));
  std::fflush(stdout);

  descr::getattr<"f">(descr::type<E2>)(4);
  descr::getattr<"f">(E2{})(4);

  std::cout << repr(descr::getattr<"f">(descr::type<class_demo::E>)(3)) << '\n';
  std::cout << repr(descr::getattr<"f">(class_demo::E{})(3)) << '\n';

  // tutorial: classmethod-use
  auto d = descr::getattr<"fromkeys">(descr::type<Dict>)("abracadabra");
  std::cout << descr::name_of<decltype(d)> << ' ' << descr::getattr<"__repr__">(d)() << '\n';
  auto c = descr::getattr<"fromkeys">(descr::type<Counts>)("abracadabra", 0);
  // tutorial end
  std::cout << descr::name_of<decltype(c)> << ' ' << descr::getattr<"__repr__">(c)() << '\n';

  std::cout << repr(descr::getattr<"f">(descr::type<E3>)(5)) << ' '
            << repr(descr::getattr<"f">(E3{})(5)) << ' '
            << repr(descr::getattr<"f">(descr::type<F3>)(6)) << ' '
            << repr(descr::getattr<"f">(F3{})(6)) << '\n';
}
