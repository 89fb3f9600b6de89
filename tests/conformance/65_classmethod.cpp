// 65_classmethod.py: the HowTo's E.f(klass, x), Dict.fromkeys as an alternate constructor of
// the class it is called on, the class attribute staying the classmethod, super binding the
// original class, and a subclass replacing a base's staticmethod by a classmethod.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

// Python's repr of a (str, int) tuple.
std::string repr(const std::pair<std::string_view, int>& t) {
  return "(" + descr::repr(t.first) + ", " + descr::repr(t.second) + ")";
}
template <class Cls>
constexpr std::string_view name_of_cls(Cls) {
  return descr::name_of<typename Cls::type>;
}

struct E : descr::object<E,
    descr::attr<"f", descr::classmethod{[](auto klass, int x) {
      return std::pair{name_of_cls(klass), x};
    }}>> {};
struct F : descr::object<F, descr::bases<E>> {};

template <class T>
constexpr bool is_classmethod = false;
template <class G>
constexpr bool is_classmethod<descr::classmethod<G>> = true;

// Dict wraps a std::map; Python's dict keeps its keys in insertion order, so the order is kept
// beside it, for printing as Python prints the dict. None is an empty std::optional.
using Value = std::optional<int>;
struct Dict : descr::object<Dict,
    descr::field<"_data", std::map<std::string, Value>>,
    descr::field<"_order", std::vector<std::string>>,
    descr::attr<"__setitem__", descr::function{[](auto& self, std::string key, Value value) {
      auto& data = descr::getattr<"_data">(self);
      if (!data.contains(key)) descr::getattr<"_order">(self).push_back(key);
      data[key] = value;
    }}>,
    descr::attr<"__repr__", descr::function{[](auto& self) {
      std::string s = "{";
      for (const auto& key : descr::getattr<"_order">(self)) {
        if (s.size() != 1) s += ", ";  // not `>`: g++ 12 ends the template argument there
        s += descr::repr(key) + ": " + descr::repr(descr::getattr<"_data">(self).at(key));
      }
      return s + "}";
    }}>,
    // "Emulate dict_fromkeys() in Objects/dictobject.c"
    descr::attr<"fromkeys", descr::classmethod{
        [](auto klass, std::string_view iterable, Value value = std::nullopt) {
          auto d = klass();
          for (char key : iterable) descr::getattr<"__setitem__">(d)(std::string(1, key), value);
          return d;
        }}>> {};
struct Counts : descr::object<Counts, descr::bases<Dict>> {};

template <class D>
void print_dict(D& d) {
  std::cout << descr::name_of<D> << ' ' << descr::getattr<"__repr__">(d)() << '\n';
}

struct Shape : descr::object<Shape,
    descr::attr<"make", descr::staticmethod{[](int size) {
      return std::pair{std::string_view("static"), size};
    }}>,
    descr::attr<"build", descr::function{[](auto& self, int size) {
      return descr::getattr<"make">(self)(size);   // self.make(size), along type(self)'s MRO
    }}>> {};
struct Square : descr::object<Square, descr::bases<Shape>,
    descr::attr<"make", descr::classmethod{[](auto cls, int size) {
      return std::pair{name_of_cls(cls), size};
    }}>> {};
struct Big : descr::object<Big, descr::bases<Square>> {};

}  // namespace

int main() {
  E e;
  F f;
  std::cout << repr(descr::getattr<"f">(descr::type<E>)(3)) << ' '
            << repr(descr::getattr<"f">(e)(3)) << '\n';
  std::cout << repr(descr::getattr<"f">(descr::type<F>)(4)) << ' '
            << repr(descr::getattr<"f">(f)(5)) << '\n';
  // print(isinstance(E.__dict__['f'], classmethod), E.f.__self__ is E, F().f.__self__ is F)
  const auto& cm = descr::getattr_static<"f">(descr::type<E>);
  std::cout << descr::repr(is_classmethod<std::remove_cvref_t<decltype(cm)>>) << ' '
            << descr::repr(descr::getattr<"f">(descr::type<E>).self == &descr::type<E>) << ' '
            << descr::repr(descr::getattr<"f">(f).self == &descr::type<F>) << '\n';
  std::cout << repr(descr::getattr<"f">(descr::super<F>(f))(6)) << ' '
            << repr(descr::getattr<"f">(descr::super<F>(descr::type<F>))(7)) << '\n';

  auto d = descr::getattr<"fromkeys">(descr::type<Dict>)("abracadabra");
  print_dict(d);
  auto c = descr::getattr<"fromkeys">(descr::type<Counts>)("abracadabra", 0);
  print_dict(c);
  Counts counts;
  auto from_instance = descr::getattr<"fromkeys">(counts)("ab");
  auto from_super = descr::getattr<"fromkeys">(descr::super<Counts>(counts))("xy");
  std::cout << descr::name_of<decltype(from_instance)> << ' '
            << descr::name_of<decltype(from_super)> << '\n';

  Shape shape;
  Square square;
  Big big;
  std::cout << repr(descr::getattr<"build">(shape)(1)) << ' '
            << repr(descr::getattr<"build">(square)(2)) << ' '
            << repr(descr::getattr<"build">(big)(3)) << '\n';
  std::cout << repr(descr::getattr<"make">(descr::type<Shape>)(4)) << ' '
            << repr(descr::getattr<"make">(descr::type<Square>)(5)) << ' '
            << repr(descr::getattr<"make">(descr::type<Big>)(6)) << '\n';
}
