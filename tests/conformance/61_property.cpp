// 61_property.py: the HowTo's managed attribute x, each part of a property left out,
// getter/setter/deleter making new properties, and a property among classes.
#include <descr/descr.hpp>
#include <descr/hana.hpp>
#include <descr/repr.hpp>

#include <boost/hana.hpp>

#include <iostream>
#include <string>
#include <type_traits>
#include <vector>

namespace hana = boost::hana;

namespace {

// print(x.__doc__): C++ functions have no docstring, so a property without a doc holds an
// empty one, which Python spells None.
std::string doc_repr(std::string_view doc) { return doc.empty() ? "None" : std::string(doc); }
// print(p.fget is None)
template <class T>
constexpr bool is_none(const T&) {
  return std::is_same_v<T, descr::none_t>;
}
// isinstance(v, property)
template <class T>
constexpr bool is_property = false;
template <class G, class S, class D, std::size_t N>
constexpr bool is_property<descr::property<G, S, D, N>> = true;

// class C: getx, setx, delx over self.__x (mangled to _C__x), and the doc.
constexpr auto getx = [](auto& self) { return descr::getattr<"_C__x">(self); };
constexpr auto setx = [](auto& self, int value) { descr::setattr<"_C__x">(self, value); };
constexpr auto delx = [](auto& self) { descr::delattr<"_C__x">(self); };
struct C : descr::object<C,
    descr::field<"_C__x", int, descr::absentable>,
    descr::attr<"x", descr::property{getx, setx, delx, "I'm the 'x' property."}>> {};

// class D: ro without setter, wo without getter; an instance entry "ro" beside them.
struct D : descr::object<D,
    descr::field<"_y", int>,
    descr::field<"ro", std::string, descr::absentable>,
    descr::attr<"ro", descr::property{[](auto& self) { return descr::getattr<"_y">(self) * 2; }}>,
    descr::attr<"wo", descr::property{descr::none,
                                      [](auto& self, int v) { descr::setattr<"_y">(self, v); }}>> {
  D() { descr::setattr<"_y">(*this, 1); }
};

// p, q = p.getter(...), r = q.setter(...): each a constant, built at compile time.
constexpr auto p = descr::property{descr::none, descr::none, descr::none, "the doc"};
constexpr auto q = p.getter([](auto&) { return "got"; });
constexpr auto r = q.setter([](auto&, int v) { std::cout << "set " << v << '\n'; });
struct E : descr::object<E, descr::attr<"z", r>> {};

// Base.p, hidden in Derived by a plain class variable; Base.calls records each call of _get.
std::vector<std::string> calls;
struct Base : descr::object<Base,
    descr::attr<"p", descr::property{[](auto& self) {
      std::string name(descr::name_of<std::remove_cvref_t<decltype(self)>>);
      calls.push_back(name);
      return "base property of " + name;
    }}>> {};
struct Derived : descr::object<Derived, descr::bases<Base>,
    descr::classvar<"p", descr::fixed_string{"derived class variable"}>> {};
struct Leaf : descr::object<Leaf, descr::bases<Derived>> {};

// counter, bound as Two.first and Two.second.
constexpr auto counter = descr::property{[](auto& self) {
  return descr::name_of<std::remove_cvref_t<decltype(self)>>.size();
}};
struct Two : descr::object<Two, descr::attr<"first", counter>, descr::attr<"second", counter>> {};

}  // namespace

int main() {
  C c;
  try {
    descr::getattr<"x">(c);  // c.x
  } catch (const descr::attribute_error& e) {
    std::cout << "AttributeError: " << e.what() << '\n';
  }
  descr::setattr<"x">(c, 10);
  int x = descr::getattr<"x">(c);
  std::cout << x << ' ' << descr::vars(c) << '\n';  // print(c.x, vars(c))
  descr::delattr<"x">(c);
  std::cout << descr::vars(c) << '\n';
  // print(type(C.x).__name__, C.x.__doc__): C.x is the property itself.
  const auto& cx = descr::getattr<"x">(descr::type<C>);
  std::cout << "property " << cx.doc.view() << '\n';
  // print(isinstance(C.__dict__['x'], property), C.__dict__['x'] is C.x)
  const auto& static_x = descr::getattr_static<"x">(descr::type<C>);
  std::cout << descr::repr(is_property<std::remove_cvref_t<decltype(static_x)>>) << ' '
            << descr::repr(&static_x == &cx) << '\n';

  D d;
  hana::at_key(d, BOOST_HANA_STRING("ro")) = "entry";  // d.__dict__['ro'] = 'entry'
  int ro = descr::getattr<"ro">(d);
  std::cout << ro << ' ' << descr::vars(d) << '\n';
  descr::setattr<"wo">(d, 5);
  ro = descr::getattr<"ro">(d);
  std::cout << ro << ' ' << descr::repr(descr::hasattr<"wo">(d)) << ' '
            << descr::str(descr::getattr<"wo">(d, "default")) << '\n';
  const auto& dro = descr::getattr<"ro">(descr::type<D>);
  const auto& dwo = descr::getattr<"wo">(descr::type<D>);
  std::cout << descr::repr(is_none(dro.fset)) << ' ' << descr::repr(is_none(dro.fdel)) << ' '
            << descr::repr(is_none(dwo.fget)) << ' ' << doc_repr(dro.doc.view()) << '\n';

  // print(p is q, p.fget is None, q.fget is not None, q.fset is None, r.fset is not None)
  std::cout << descr::repr(static_cast<const void*>(&p) == static_cast<const void*>(&q)) << ' '
            << descr::repr(is_none(p.fget)) << ' ' << descr::repr(!is_none(q.fget)) << ' '
            << descr::repr(is_none(q.fset)) << ' ' << descr::repr(!is_none(r.fset)) << '\n';
  std::cout << p.doc.view() << ' ' << q.doc.view() << ' ' << r.doc.view() << '\n';

  E e;
  descr::setattr<"z">(e, 3);
  std::cout << descr::getattr<"z">(e) << '\n';

  Leaf leaf;
  Base base;
  std::cout << descr::getattr<"p">(base) << '\n';
  Derived derived;
  std::cout << descr::getattr<"p">(leaf).view() << ' ' << descr::getattr<"p">(derived).view()
            << '\n';
  std::cout << descr::getattr<"p">(descr::super<Derived>(leaf)) << '\n';
  std::cout << descr::repr(calls) << '\n';

  Two two;
  std::cout << descr::getattr<"first">(two) << ' ' << descr::getattr<"second">(two) << '\n';
}
