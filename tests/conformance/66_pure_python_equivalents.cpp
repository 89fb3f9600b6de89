// 66_pure_python_equivalents.py: the HowTo's pure Python Property, StaticMethod and
// ClassMethod, written here as user descriptors on descr's public protocol (nothing of
// builtins/), used side by side with descr::property, descr::staticmethod and
// descr::classmethod: each pair behaves alike.
//
// Lines 8 to 11 of the expected output are not printed: assigning a property without fset
// and reading one without fget raise AttributeError in Python, and are compile errors here,
// for the built-in and the emulation alike (read-only attribute, has no getter):
// tests/compile_fail/emulated_property_read_only.cpp and emulated_property_no_getter.cpp.
#include <descr/descr.hpp>
#include <descr/hana.hpp>
#include <descr/repr.hpp>

#include <boost/hana.hpp>

#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "pure_python_equivalents.hpp"

namespace hana = boost::hana;

namespace {

constexpr auto getx = [](auto& self) { return descr::getattr<"_x">(self); };
constexpr auto setx = [](auto& self, int value) { descr::setattr<"_x">(self, value); };
constexpr auto delx = [](auto& self) {
  std::cout << "delx " << descr::name_of<std::remove_cvref_t<decltype(self)>> << '\n';
  descr::setattr<"_x">(self, 0);
};
constexpr auto twice = [](int a) { return a * 2; };
constexpr auto named = [](auto klass, int a) {
  return std::pair{descr::name_of<typename decltype(klass)::type>, a};
};

struct C : descr::object<C,
    descr::field<"_x", int>,
    descr::field<"x", std::string, descr::absentable>,           // c.__dict__['x']
    descr::field<"x_emulated", std::string, descr::absentable>,
    descr::attr<"x", descr::property{getx, setx, delx, "the x property"}>,
    descr::attr<"x_emulated", Property{getx, setx, delx, "the x property"}>,
    descr::attr<"ro", descr::property{getx}>,
    descr::attr<"ro_emulated", Property{getx}>,
    descr::attr<"wo", descr::property{descr::none, setx}>,
    descr::attr<"wo_emulated", Property{descr::none, setx}>,
    descr::attr<"s", descr::staticmethod{twice}>,
    descr::attr<"s_emulated", StaticMethod{twice}>,
    descr::attr<"k", descr::classmethod{named}>,
    descr::attr<"k_emulated", ClassMethod{named}>> {};
struct D : descr::object<D, descr::bases<C>> {};

// p = C.__dict__['ro'].setter(setx); q = C.__dict__['ro_emulated'].setter(setx)
constexpr auto p = descr::getattr_static<"ro">(descr::type<C>).setter(setx);
constexpr auto q = descr::getattr_static<"ro_emulated">(descr::type<C>).setter(setx);
struct E : descr::object<E, descr::field<"_x", int>, descr::attr<"p", p>, descr::attr<"q", q>> {
  E() { descr::setattr<"_x">(*this, 1); }
};

std::string repr(const std::pair<std::string_view, int>& t) {
  return "(" + descr::repr(t.first) + ", " + descr::repr(t.second) + ")";
}

}  // namespace

int main() {
  C c;
  descr::setattr<"x">(c, 5);
  int x = descr::getattr<"x">(c), ro = descr::getattr<"ro">(c);
  std::cout << x << ' ' << ro << '\n';
  descr::setattr<"x_emulated">(c, 6);
  x = descr::getattr<"x_emulated">(c), ro = descr::getattr<"ro_emulated">(c);
  std::cout << x << ' ' << ro << '\n';
  descr::delattr<"x">(c);
  descr::delattr<"x_emulated">(c);
  // Entries of the same names never answer: both are data descriptors.
  hana::at_key(c, BOOST_HANA_STRING("x")) = "entry";
  hana::at_key(c, BOOST_HANA_STRING("x_emulated")) = "entry";
  descr::setattr<"wo">(c, 7);
  std::cout << descr::getattr<"x">(c) << ' ' << descr::getattr<"x_emulated">(c) << '\n';
  descr::setattr<"wo_emulated">(c, 8);
  std::cout << descr::getattr<"x">(c) << ' ' << descr::getattr<"x_emulated">(c) << '\n';
  std::cout << descr::getattr<"x">(descr::type<C>).doc.view() << ' '
            << descr::getattr<"x_emulated">(descr::type<C>).doc.view() << '\n';

  E e;
  descr::setattr<"p">(e, 2);
  std::cout << descr::getattr<"p">(e) << ' ' << descr::getattr<"q">(e) << '\n';
  descr::setattr<"q">(e, 3);
  std::cout << descr::getattr<"p">(e) << ' ' << descr::getattr<"q">(e) << '\n';

  std::cout << descr::getattr<"s">(descr::type<C>)(3) << ' ' << descr::getattr<"s">(C{})(3) << ' '
            << descr::getattr<"s_emulated">(descr::type<C>)(3) << ' '
            << descr::getattr<"s_emulated">(C{})(3) << '\n';
  D d;
  std::cout << repr(descr::getattr<"k">(descr::type<D>)(1)) << ' '
            << repr(descr::getattr<"k">(d)(2)) << ' '
            << repr(descr::getattr<"k">(descr::super<D>(d))(3)) << '\n';
  std::cout << repr(descr::getattr<"k_emulated">(descr::type<D>)(1)) << ' '
            << repr(descr::getattr<"k_emulated">(d)(2)) << ' '
            << repr(descr::getattr<"k_emulated">(descr::super<D>(d))(3)) << '\n';
}
