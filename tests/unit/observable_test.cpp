// Observed attributes (builtins/observable.hpp): observable calls the class's callback after a
// change with the old and new value; vetoable lets it refuse the change. Kotlin's
// Delegates.observable / vetoable; the Python below writes the same descriptors by hand.
//
// class observable:
//     def __init__(self, callback): self.callback = callback
//     def __set_name__(self, owner, name): self.private = '_' + name
//     def __get__(self, obj, objtype=None): return getattr(obj, self.private)
//     def __set__(self, obj, value):
//         old = getattr(obj, self.private)
//         setattr(obj, self.private, value)
//         self.callback(obj, old, value)
// class vetoable(observable):
//     def __set__(self, obj, value):
//         if self.callback(obj, getattr(obj, self.private), value):
//             setattr(obj, self.private, value)
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/builtins/observable.hpp>

#include <descr/access.hpp>
#include <descr/errors.hpp>
#include <descr/layout.hpp>
#include <descr/lookup.hpp>
#include <descr/object.hpp>
#include <descr/reflect.hpp>
#include <descr/repr.hpp>

#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <vector>

// class Person:
//     def __init__(self): self._name = ''; self._age = 0; self.log = []
//     name = observable(lambda self, old, new: self.log.append(f'{old!r} -> {new!r}'))
//     age = vetoable(lambda self, old, new: new >= old)
namespace {
struct Person : descr::object<Person,
    descr::field<"log", std::vector<std::string>>,
    descr::attr<"name", descr::observable<std::string>(
        [](auto& self, const std::string& old, const std::string& now) {
          descr::getattr<"log">(self).push_back(descr::repr(old) + " -> " + descr::repr(now));
        })>,
    descr::attr<"age", descr::vetoable<int>(
        [](auto&, const int& old, const int& proposed) { return proposed >= old; })>> {};
}  // namespace

TEST_CASE("observable: the callback runs after each change, with the old and the new value") {
  // p = Person(); p.name = 'Ann'; p.name = 'Bea'; print(p.name, p.log)
  //                                            # Bea ["'' -> 'Ann'", "'Ann' -> 'Bea'"]
  Person p;
  descr::setattr<"name">(p, "Ann");
  descr::setattr<"name">(p, "Bea");
  CHECK(descr::getattr<"name">(p) == "Bea");
  CHECK(descr::getattr<"log">(p) == std::vector<std::string>{"'' -> 'Ann'", "'Ann' -> 'Bea'"});
  static_assert(descr::resolution<Person, "name"> == descr::rule::data_descriptor);
  // Reads give a const reference: every change goes through setattr, and so through the callback.
  static_assert(std::is_same_v<decltype(descr::getattr<"name">(p)), const std::string&>);
  // Class access gives the descriptor (Person.name is the observable object).
  CHECK(&descr::getattr<"name">(descr::type<Person>) ==
        &descr::getattr_static<"name">(descr::type<Person>));
}

TEST_CASE("vetoable: the callback may refuse a change; the value then stays as it was") {
  // p.age = 5; p.age = 3; print(p.age); p.age = 7; print(p.age)   # 5 / 7
  Person p;
  descr::setattr<"age">(p, 5);
  descr::setattr<"age">(p, 3);
  CHECK(descr::getattr<"age">(p) == 5);
  descr::setattr<"age">(p, 7);
  CHECK(descr::getattr<"age">(p) == 7);
}

TEST_CASE("the values live in the object under private names, always present") {
  // print(vars(p))   # {'_name': '', '_age': 0, 'log': []}   (descr: declaration order)
  Person p;
  CHECK(descr::repr(descr::vars(p)) == "{'log': [], '_name': '', '_age': 0}");
  // Setting the entry itself does not notify, as Kotlin's initial value does not.
  descr::setattr<"_name">(p, "Cy");
  CHECK(descr::getattr<"name">(p) == "Cy");
  CHECK(descr::getattr<"log">(p).empty());
}

namespace {
// Zero bytes beyond the values: the callbacks are constants of the class.
struct Plain {
  int a;
  double b;
};
struct Observed : descr::object<Observed,
    descr::attr<"a", descr::observable<int>([](auto& self, const int&, const int& now) {
      descr::setattr<"last">(self, now);
    })>,
    descr::attr<"b", descr::vetoable<double>([](auto&, const double&, const double& v) {
      return v > 0;
    })>,
    descr::field<"last", int>> {};
struct PlainWithLast {
  int a;
  double b;
  int last;
};
static_assert(sizeof(Observed) == sizeof(PlainWithLast));
static_assert(alignof(Observed) == alignof(PlainWithLast));
}  // namespace

TEST_CASE("copies keep observing: the callback takes the object it is called for") {
  // o = Observed(); o.a = 1; c = copy.copy(o); c.a = 2; print(o.last, c.last)   # 1 2
  Observed o;
  descr::setattr<"a">(o, 1);
  Observed c = o;
  descr::setattr<"a">(c, 2);
  CHECK(descr::getattr<"last">(o) == 1);
  CHECK(descr::getattr<"last">(c) == 2);
  descr::setattr<"b">(c, -1.0);
  CHECK(descr::getattr<"b">(c) == 0.0);
}

namespace {
struct Strict : descr::object<Strict,
    descr::attr<"n", descr::vetoable<int>([](auto&, const int&, const int& v) -> bool {
      if (v < 0) throw descr::value_error("Expected " + std::to_string(v) + " to be at least 0");
      return true;
    })>> {};
}  // namespace

TEST_CASE("a callback that throws refuses loudly; the value stays") {
  Strict s;
  descr::setattr<"n">(s, 4);
  CHECK_THROWS_WITH_AS(descr::setattr<"n">(s, -1), "Expected -1 to be at least 0",
                       descr::value_error);
  CHECK(descr::getattr<"n">(s) == 4);
}
