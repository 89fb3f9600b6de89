// Introspection (reflect.hpp): vars(obj), the entries present, and dir<C>(), the names along the
// MRO. Printing vars is repr_test's.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/reflect.hpp>

#include <descr/access.hpp>
#include <descr/layout.hpp>
#include <descr/object.hpp>
#include <descr/slot.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {
struct Stored {
  using storage_type = int;
  int get(auto&, descr::slot<int> s) const { return s.get(); }
  void set(auto&, int v, descr::slot<int> s) const { s.set(v); }
};
struct P : descr::object<P,
    descr::field<"name", std::string>,
    descr::field<"nick", std::string, descr::absentable>,
    descr::attr<"age", Stored{}>,
    descr::classvar<"species", 1>> {};

}  // namespace

TEST_CASE("vars lists present entries in declaration order, with descriptor slots") {
  // class Stored:
  //     def __set_name__(self, owner, name): self.private = '_' + name
  //     def __get__(self, obj, objtype=None): return getattr(obj, self.private)
  //     def __set__(self, obj, value): setattr(obj, self.private, value)
  // class P: species = 1; age = Stored()
  // p = P(); p.name = 'Pete'; print(vars(p))   # {'name': 'Pete'}
  // p.age = 10; p.nick = 'P'
  // print(vars(p), len(vars(p)), '_age' in vars(p), p._age)
  //                           # {'name': 'Pete', '_age': 10, 'nick': 'P'} 3 True 10
  // descr lists entries in declaration order, Python's vars in insertion order.
  P p;
  descr::setattr<"name">(p, "Pete");
  descr::setattr<"age">(p, 10);
  descr::setattr<"nick">(p, "P");
  CHECK(descr::vars(p).size() == 3);
  CHECK(descr::vars(p).contains("_age"));
  CHECK(descr::getattr<"_age">(p) == 10);
}

TEST_CASE("dir is sorted and lists class attributes and declared entries once") {
  // class PS:
  //     __slots__ = ('name', 'nick', '_age')   # declared entries, as dir lists slots
  //     species = 1; age = Stored()
  // print([n for n in dir(PS) if not n.startswith('__')])
  //                                     # ['_age', 'age', 'name', 'nick', 'species']
  constexpr auto& names = descr::dir<P>();
  static_assert(names.size() == 5);
  CHECK(names[0] == "_age");
  CHECK(names[1] == "age");
  CHECK(names[2] == "name");
  CHECK(names[3] == "nick");
  CHECK(names[4] == "species");
}
