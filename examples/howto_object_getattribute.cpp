// The Descriptor HowTo's "Invocation from an instance": object.__getattribute__ written out.
// Port of howto_object_getattribute.py, with descr's introspection:
//
//   Python                                  descr
//   find_name_in_mro(type(obj), name, ...)  descr::hasattr<Name>(descr::type<C>) and
//                                           descr::getattr_static<Name>(descr::type<C>)
//   hasattr(type(cls_var), '__get__')       descr::HasGet<D, C>
//   ... '__set__' or '__delete__'           descr::HasSet<D, C> || descr::HasDelete<D, C>
//   name in vars(obj)                       the entry is declared (Hana's keys, a constant)
//                                           and present (descr::vars(obj).contains(name))
//
// What C++ decides sooner: whether the class has the name, and what kind of attribute it is,
// are constants, so most of the function is `if constexpr` and compiles down to one branch;
// only the presence of an instance entry is a run-time question. descr::getattr does all this
// itself (descr::resolution<A, "d"> names the rule that answers), and for a name that nothing
// answers, descr::getattr<"missing">(a) does not compile ("has no attribute":
// tests/compile_fail/no_attribute_get.cpp). This hand-written one raises AttributeError, as the
// Python does.
#include <descr/descr.hpp>
#include <descr/hana.hpp>

#include <boost/hana/at_key.hpp>
#include <boost/hana/contains.hpp>
#include <boost/hana/keys.hpp>
#include <boost/hana/string.hpp>

#include <cstddef>
#include <iostream>
#include <string>
#include <type_traits>
#include <utility>

namespace hana = boost::hana;

// The name as a Hana compile-time string, the key of a descr object's entries.
template <descr::fixed_string Name>
constexpr auto key = []<std::size_t... I>(std::index_sequence<I...>) {
  return hana::string_c<Name.data[I]...>;
}(std::make_index_sequence<Name.size()>{});

// "Emulate PyObject_GenericGetAttr() in Objects/object.c"
// tutorial: object-getattribute
template <descr::fixed_string Name, class Obj>
int object_getattribute(Obj& obj) {
  constexpr auto objtype = descr::type<Obj>;
  constexpr bool in_mro = decltype(descr::hasattr<Name>(objtype))::value;
  constexpr bool in_dict = decltype(hana::contains(hana::keys(obj), key<Name>))::value;
  if constexpr (in_mro) {
    const auto& cls_var = descr::getattr_static<Name>(objtype);
    using D = std::remove_cvref_t<decltype(cls_var)>;
    if constexpr (descr::HasGet<D, Obj> && (descr::HasSet<D, Obj> || descr::HasDelete<D, Obj>))
      return cls_var.get(obj, objtype);                         // data descriptor
    if constexpr (in_dict)
      if (descr::vars(obj).contains(Name.view()))
        return *hana::at_key(obj, key<Name>);                   // instance variable
    if constexpr (descr::HasGet<D, Obj>) return cls_var.get(obj, objtype);  // non-data descriptor
    else return cls_var;                                        // class variable
  } else {
    if constexpr (in_dict)
      if (descr::vars(obj).contains(Name.view()))
        return *hana::at_key(obj, key<Name>);                   // instance variable
    throw descr::attribute_error(std::string(Name.view()));
// tutorial end
  }
}

struct Ten {                         // a non-data descriptor
  int get(const auto& /*obj*/, auto /*objtype*/) const { return 10; }
};

struct Twenty {                      // a data descriptor
  int get(const auto& /*obj*/, auto /*objtype*/) const { return 20; }
  void set(auto& /*obj*/, int /*value*/) const { throw descr::attribute_error("read-only"); }
};

struct Base : descr::object<Base, descr::classvar<"c", 30>> {};  // found along the MRO

// The instance entries a has in the Python are declared, each may be missing.
struct A : descr::object<A, descr::bases<Base>,
    descr::attr<"d", Twenty{}>,
    descr::attr<"n", Ten{}>,
    descr::field<"d", int, descr::absentable>,
    descr::field<"n", int, descr::absentable>,
    descr::field<"i", int, descr::absentable>> {};

template <descr::fixed_string Name>
void show(A& a) {
  int emulated = object_getattribute<Name>(a);
  int real = descr::getattr<Name>(a);
  std::cout << Name.view() << ' ' << emulated << ' ' << real << '\n';
}

int main() {
  A a;
  hana::at_key(a, key<"d">) = 1;     // vars(a)['d'] = 1: hidden by the data descriptor
  hana::at_key(a, key<"i">) = 40;    // only in the instance
  show<"d">(a);
  show<"n">(a);
  show<"i">(a);
  show<"c">(a);
  hana::at_key(a, key<"n">) = 50;    // an instance variable hides the non-data descriptor
  show<"n">(a);
  try {
    object_getattribute<"missing">(a);
  } catch (const descr::attribute_error& e) {
    std::cout << "AttributeError: " << e.what() << '\n';
  }
}
