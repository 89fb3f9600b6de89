// 25_my_prop.py: seed 003's MyProp, a user-written partial property() with a getter and a
// setter, each raising RuntimeError when missing, and MyPropTest.
//
// Python's setter() stores the setter in the same object and returns it; a constant descriptor
// cannot change type, so here setter() returns a new MyProp holding both functions, which is
// what `@prop.setter def prop` then binds to the name. A missing function is a nullptr, and the
// RuntimeError a std::runtime_error, raised at run time as Python raises it.
#include <descr/descr.hpp>

#include <cstddef>
#include <iostream>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace {
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
    descr::field<"_prop", std::string>,  // self._prop = ""
    descr::attr<"prop", MyProp{[](auto& self) {  // @MyProp def prop(self)
                          return "get " + descr::getattr<"_prop">(self);
                        }}.setter([](auto& self, const std::string& value) {  // @prop.setter
                          descr::setattr<"_prop">(self, "set " + value);
                        })>,
    descr::attr<"readonly", MyProp{[](auto& self) {
                              return "read " + descr::getattr<"_prop">(self);
                            }}>,
    descr::attr<"writeonly", MyProp<>{}.setter([](auto&, const std::string& value) {
                               std::cout << "writeonly got " << value << '\n';
                             })>> {};
}  // namespace

int main() {
  MyPropTest m;
  descr::setattr<"prop">(m, "newval");
  std::cout << descr::getattr<"prop">(m) << '\n';
  descr::setattr<"prop">(m, "new " + descr::getattr<"prop">(m));
  std::cout << descr::getattr<"prop">(m) << '\n';
  std::cout << descr::getattr<"_prop">(m) << '\n';
  std::cout << descr::getattr<"readonly">(m) << '\n';
  try {
    descr::setattr<"readonly">(m, "x");
  } catch (const std::runtime_error& e) {
    std::cout << "RuntimeError: " << e.what() << '\n';
  }
  descr::setattr<"writeonly">(m, "w");
  try {
    descr::getattr<"writeonly">(m);
  } catch (const std::runtime_error& e) {
    std::cout << "RuntimeError: " << e.what() << '\n';
  }
}
