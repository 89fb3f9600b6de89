// The Descriptor HowTo's "Properties". Port of howto_property.py.
//
// descr::property{fget, fset, fdel, "doc"} is Python's property(): a data descriptor calling
// the functions it holds. Each function takes the object as `auto& self`; a part left out is
// descr::none. Reading it from the class gives the property itself (C.x.__doc__).
//
// Where C++ catches the mistake sooner: assigning a property that has no setter (b10.value = 7,
// e.ro = 1) is Python's AttributeError when the line runs; here it does not compile
// ("read-only attribute", naming the class and the attribute:
// tests/compile_fail/property_read_only.cpp, emulated_property_read_only.cpp). Reading one
// without a getter is "has no getter" (property_no_getter.cpp).
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <cstddef>
#include <iostream>
#include <map>
#include <string>
#include <type_traits>
#include <utility>

// class C: x = property(getx, setx, delx, "I'm the 'x' property.") over self.__x, which Python
// stores as _C__x.
// tutorial: property
struct C : descr::object<C,
    descr::field<"_C__x", int, descr::absentable>,     // may be missing: del removes it
    descr::attr<"x", descr::property{
        [](auto& self) { return descr::getattr<"_C__x">(self); },            // getx
        [](auto& self, int value) { descr::setattr<"_C__x">(self, value); },  // setx
        [](auto& self) { descr::delattr<"_C__x">(self); },                    // delx
        "I'm the 'x' property."}>> {};
// tutorial end

// The spreadsheet: value is a property without a setter that recalculates on every read.
std::map<std::string, int> sheet = {{"a1", 2}, {"a2", 3}};

// tutorial: cell
struct Cell : descr::object<Cell,
    descr::field<"name", std::string>,
    descr::field<"_value", int>,
    descr::attr<"recalc", descr::function{[](auto& self) {
      int total = 0;
      for (const auto& [key, v] : sheet) total += v;
      descr::setattr<"_value">(self, total);
    }}>,
    descr::attr<"value", descr::property{
        [](auto& self) {                               // getvalue
          descr::getattr<"recalc">(self)();
          return descr::getattr<"_value">(self);
        },
        descr::none, descr::none, "Recalculate the cell before returning value"}>> {
  explicit Cell(std::string name) { descr::setattr<"name">(*this, std::move(name)); }
};
// tutorial end

// The HowTo's pure Python Property, written with descr's protocol alone: nothing here is
// special to the library. Python checks `self.fget is None` when the attribute is used; here a
// missing function is known when the class is compiled, so readable/writable/deletable say
// it and the lookup turns a refused access into a compile error.
template <class Get, class Set = descr::none_t, class Del = descr::none_t, std::size_t N = 1>
struct Property {
  Get fget;
  Set fset{};
  Del fdel{};
  descr::fixed_string<N> doc{};

  static constexpr bool readable = !std::is_same_v<Get, descr::none_t>;
  static constexpr bool writable = !std::is_same_v<Set, descr::none_t>;
  static constexpr bool deletable = !std::is_same_v<Del, descr::none_t>;

  // def __get__(self, obj, objtype=None): if obj is None: return self
  template <class Cls>
  constexpr const Property& get(descr::none_t, descr::type_t<Cls>) const { return *this; }
  //     return self.fget(obj)
  template <class Obj, class Cls>
  constexpr auto get(Obj& obj, descr::type_t<Cls>) const { return fget(obj); }
  // def __set__(self, obj, value): self.fset(obj, value)
  template <class Obj, class V>
    requires std::is_invocable_v<const Set&, Obj&, V>
  constexpr void set(Obj& obj, V&& value) const { fset(obj, std::forward<V>(value)); }
  // def __delete__(self, obj): self.fdel(obj)
  template <class Obj>
  constexpr void del(Obj& obj) const { fdel(obj); }

  // def setter(self, fset): return type(self)(self.fget, fset, self.fdel, self.__doc__)
  template <class S>
  constexpr Property<Get, S, Del, N> setter(S s) const { return {fget, s, fdel, doc}; }
};
template <class G, class S = descr::none_t, class D = descr::none_t, std::size_t N = 1>
Property(G, S = {}, D = {}, descr::fixed_string<N> = {}) -> Property<G, S, D, N>;

constexpr auto getx = [](auto& self) { return descr::getattr<"_x">(self); };
constexpr auto setx = [](auto& self, int value) { descr::setattr<"_x">(self, value); };
constexpr auto delx = [](auto& self) { descr::delattr<"_x">(self); };
constexpr auto ro = Property{getx};                  // ro = Property(getx)

struct Emulated : descr::object<Emulated,
    descr::field<"_x", int, descr::absentable>,
    descr::attr<"x", Property{getx, setx, delx, descr::fixed_string{"I'm the 'x' property."}}>,
    descr::attr<"ro", ro>,
    descr::attr<"rw", ro.setter(setx)>> {};          // rw = ro.setter(setx)

int main() {
  C c;
  descr::setattr<"x">(c, 10);                          // c.x = 10
  std::cout << descr::getattr<"x">(c) << '\n';         // print(c.x)
  std::cout << descr::vars(c) << '\n';
  descr::delattr<"x">(c);                              // del c.x
  try {
    descr::getattr<"x">(c);
  } catch (const descr::attribute_error& e) {
    std::cout << "AttributeError: " << e.what() << '\n';
  }
  std::cout << descr::getattr<"x">(descr::type<C>).doc.view() << '\n';  // C.x.__doc__

  Cell b10("b10");
  std::cout << descr::getattr<"value">(b10) << '\n';
  sheet["a2"] = 30;
  std::cout << descr::getattr<"value">(b10) << '\n';
  std::cout << descr::getattr<"value">(descr::type<Cell>).doc.view() << '\n';
  // descr::setattr<"value">(b10, 7);  does not compile: read-only attribute

  Emulated e;
  descr::setattr<"x">(e, 10);
  int x = descr::getattr<"x">(e), r = descr::getattr<"ro">(e);
  std::cout << x << ' ' << r << ' ' << descr::vars(e) << '\n';
  descr::setattr<"rw">(e, 20);
  std::cout << descr::getattr<"ro">(e) << '\n';
  descr::delattr<"x">(e);
  std::cout << descr::vars(e) << ' ' << descr::getattr<"x">(descr::type<Emulated>).doc.view()
            << '\n';
  // descr::setattr<"ro">(e, 1);  does not compile: read-only attribute
}
