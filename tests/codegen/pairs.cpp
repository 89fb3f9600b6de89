// Zero overhead: each plain_NAME below does with a plain struct what descr_NAME does with a
// descr class. compare_asm.py compiles this file at -O2 with -S and requires each pair to be
// the same instructions. extern "C" keeps the names readable in the assembly.
#include <descr/descr.hpp>
#include <descr/validators/number.hpp>

#include <optional>

namespace plain {

struct Point {
  int x;
  int y;
  static constexpr int kind = 5;
  int ten() const { return 10; }           // what a constant non-data descriptor answers
};

struct Person {
  int years;
  int age() const { return years; }        // a data descriptor's get and set, as accessors
  void set_age(int v) { years = v; }
};

struct Mixed {
  char c;
  double d;
  int i;
};

struct Base {
  int a;
  double b;
};
struct Derived : Base {
  char c;
  int d;
};

struct Counter {
  int n;
  int add(int k) { return n += k; }        // a method
  int add_diff(int k, int f) { return n += k - f; }
};

struct Temperature {
  double kelvin;
  double celsius() const { return kelvin - 273.15; }             // a property's getter
  void set_celsius(double c) { kelvin = c + 273.15; }            // and its setter
};

struct Sample {
  double scale;
  static double erf(double x) { return x * (1.0 - x * x / 3.0); }  // a static member function
};

struct Account {
  int balance;
  static constexpr int rate = 3;
  static int scaled(int x) { return x * rate; }                  // a static member using
  static Account opened(int b) {                                 // the class, and a factory
    Account a{};
    a.balance = b * rate;
    return a;
  }
};

// A cached property written by hand: an optional beside the fields, tested on every read.
struct Square {
  double side;
  std::optional<double> area_cache;
  int label;
  double area() {
    if (area_cache) return *area_cache;
    area_cache = side * side;
    return *area_cache;
  }
  void set_side(double v) {                // what a dependency costs: forgetting the cache
    side = v;
    area_cache.reset();
  }
};

// __slots__ written by hand: each value beside its presence flag.
struct Pair {
  std::optional<int> left;
  std::optional<int> right;
};

// A vetoable attribute written by hand: the value, and the class's check before each change.
struct Wallet {
  int balance;
  void set_balance(int v) {
    if (v >= 0) balance = v;
  }
};

// A validated int, checked by hand: `if (v < 0)` and the store into an entry that is absent
// until the first set (descr's private entry "_level" is one). The error path is the
// validator's own (Number::raise: the message and the throw, out of line), so that the pair
// compares the check and the store.
struct Gauge {
  std::optional<int> level;
};
inline constexpr descr::Number<int> level_check{.minvalue = 0};

}  // namespace plain

namespace dsc {

struct Ten {
  int get(auto&, auto) const { return 10; }
};

struct Age {
  int get(auto& obj) const { return descr::getattr<"years">(obj); }
  void set(auto& obj, int v) const { descr::setattr<"years">(obj, v); }
};

struct Point : descr::object<Point,
    descr::field<"x", int>,
    descr::field<"y", int>,
    descr::classvar<"kind", 5>,
    descr::attr<"ten", Ten{}>> {};

struct Person : descr::object<Person,
    descr::field<"years", int>,
    descr::attr<"age", Age{}>> {};

struct Mixed : descr::object<Mixed,
    descr::field<"c", char>,
    descr::field<"d", double>,
    descr::field<"i", int>> {};

struct Base : descr::object<Base, descr::field<"a", int>, descr::field<"b", double>> {};
struct Derived : descr::object<Derived, descr::bases<Base>,
    descr::field<"c", char>, descr::field<"d", int>> {};

struct Counter : descr::object<Counter,
    descr::field<"n", int>,
    descr::attr<"add", descr::function{[](auto& self, int k) {
      return descr::getattr<"n">(self) += k;
    }}>,
    descr::attr<"add_diff", descr::function{descr::params<"self", "k", "f">(
        [](auto& self, int k, int f) { return descr::getattr<"n">(self) += k - f; })}>> {};

struct Temperature : descr::object<Temperature,
    descr::field<"kelvin", double>,
    descr::attr<"celsius", descr::property{
        [](auto& self) { return descr::getattr<"kelvin">(self) - 273.15; },
        [](auto& self, double c) { descr::setattr<"kelvin">(self, c + 273.15); }}>> {};

struct Sample : descr::object<Sample,
    descr::field<"scale", double>,
    descr::attr<"erf", descr::staticmethod{[](double x) { return x * (1.0 - x * x / 3.0); }}>> {};

struct Account : descr::object<Account,
    descr::field<"balance", int>,
    descr::classvar<"rate", 3>,
    descr::attr<"scaled", descr::classmethod{[](auto cls, int x) {
      return x * descr::getattr<"rate">(cls);
    }}>,
    descr::attr<"opened", descr::classmethod{[](auto cls, int b) {
      auto a = cls();
      descr::setattr<"balance">(a, b * descr::getattr<"rate">(cls));
      return a;
    }}>> {};
struct Square : descr::object<Square,
    descr::field<"side", double>,
    descr::attr<"area", descr::cached_property{[](auto& self) -> double {
      return descr::getattr<"side">(self) * descr::getattr<"side">(self);
    }, descr::depends_on<"side">}>,
    descr::field<"label", int>> {};

struct Pair : descr::object<Pair, descr::member<"left", int>, descr::member<"right", int>> {};

struct Wallet : descr::object<Wallet,
    descr::attr<"balance", descr::vetoable<int>([](auto&, const int&, const int& v) {
      return v >= 0;
    })>> {};

struct Gauge : descr::object<Gauge, descr::attr<"level", descr::Number<int>{.minvalue = 0}>> {};

}  // namespace dsc

extern "C" {

// A field read.
int plain_field_get(const plain::Point& p) { return p.y; }
int descr_field_get(const dsc::Point& p) { return descr::getattr<"y">(p); }

// A field write.
void plain_field_set(plain::Point& p, int v) { p.y = v; }
void descr_field_set(dsc::Point& p, int v) { descr::setattr<"y">(p, v); }

// A class variable, read from an instance and from the class.
int plain_classvar(const plain::Point& p) { return p.kind; }
int descr_classvar(const dsc::Point& p) { return descr::getattr<"kind">(p); }
int plain_classvar_class() { return plain::Point::kind; }
int descr_classvar_class() { return descr::getattr<"kind">(descr::type<dsc::Point>); }

// A constant non-data descriptor (Ten: get returns 10).
int plain_nondata(const plain::Point& p) { return p.ten(); }
int descr_nondata(const dsc::Point& p) { return descr::getattr<"ten">(p); }

// A constant data descriptor whose get and set go to a field.
int plain_data_get(const plain::Person& p) { return p.age(); }
int descr_data_get(const dsc::Person& p) { return descr::getattr<"age">(p); }
void plain_data_set(plain::Person& p, int v) { p.set_age(v); }
void descr_data_set(dsc::Person& p, int v) { descr::setattr<"age">(p, v); }

// A loop summing a field over an array of objects.
long plain_sum(const plain::Point* ps, long n) {
  long s = 0;
  for (long i = 0; i != n; ++i) s += ps[i].y;
  return s;
}
long descr_sum(const dsc::Point* ps, long n) {
  long s = 0;
  for (long i = 0; i != n; ++i) s += descr::getattr<"y">(ps[i]);
  return s;
}

// Fields after padding, and fields of a base class.
double plain_mixed(const plain::Mixed& m) { return m.d + m.i + m.c; }
double descr_mixed(const dsc::Mixed& m) {
  return descr::getattr<"d">(m) + descr::getattr<"i">(m) + descr::getattr<"c">(m);
}
double plain_inherited(plain::Derived& d, int v) {
  d.d = v;
  return d.a + d.b + d.c;
}
double descr_inherited(dsc::Derived& d, int v) {
  descr::setattr<"d">(d, v);
  return descr::getattr<"a">(d) + descr::getattr<"b">(d) + descr::getattr<"c">(d);
}

// A method call through a bound method.
int plain_method(plain::Counter& c, int k) { return c.add(k); }
int descr_method(dsc::Counter& c, int k) { return descr::getattr<"add">(c)(k); }

// Method calls in a loop over objects picked by index: the object's address is computed once
// per call, as for the plain member function (the benchmarks' method workload).
int plain_method_loop(plain::Counter* cs, const int* at, const int* ks, int n) {
  int s = 0;
  for (int i = 0; i != n; ++i) s += cs[at[i]].add(ks[i]);
  return s;
}
int descr_method_loop(dsc::Counter* cs, const int* at, const int* ks, int n) {
  int s = 0;
  for (int i = 0; i != n; ++i) s += descr::getattr<"add">(cs[at[i]])(ks[i]);
  return s;
}

// A method call with keyword arguments, given out of order.
int plain_keyword_call(plain::Counter& c, int k, int f) { return c.add_diff(k, f); }
int descr_keyword_call(dsc::Counter& c, int k, int f) {
  return descr::getattr<"add_diff">(c)(descr::kw<"f"> = f, descr::kw<"k"> = k);
}

// A property read and a property write.
double plain_property_get(const plain::Temperature& t) { return t.celsius(); }
double descr_property_get(const dsc::Temperature& t) { return descr::getattr<"celsius">(t); }
void plain_property_set(plain::Temperature& t, double c) { t.set_celsius(c); }
void descr_property_set(dsc::Temperature& t, double c) { descr::setattr<"celsius">(t, c); }

// A staticmethod called from an instance and from the class.
double plain_staticmethod(const plain::Sample& s, double x) { return s.erf(x) * s.scale; }
double descr_staticmethod(const dsc::Sample& s, double x) {
  return descr::getattr<"erf">(s)(x) * descr::getattr<"scale">(s);
}
double plain_staticmethod_class(double x) { return plain::Sample::erf(x); }
double descr_staticmethod_class(double x) {
  return descr::getattr<"erf">(descr::type<dsc::Sample>)(x);
}

// A classmethod called from the class and from an instance, and one that constructs cls().
int plain_classmethod(int x) { return plain::Account::scaled(x); }
int descr_classmethod(int x) { return descr::getattr<"scaled">(descr::type<dsc::Account>)(x); }
int plain_classmethod_instance(const plain::Account& a) { return a.scaled(a.balance); }
int descr_classmethod_instance(const dsc::Account& a) {
  return descr::getattr<"scaled">(a)(descr::getattr<"balance">(a));
}
int plain_classmethod_factory(int b) { return plain::Account::opened(b).balance; }
int descr_classmethod_factory(int b) {
  return descr::getattr<"balance">(descr::getattr<"opened">(descr::type<dsc::Account>)(b));
}
// A cached_property: a hit is one test of the presence flag and one load; a miss computes and
// stores, as the hand-written cache does.
double plain_cached(plain::Square& s) { return s.area(); }
double descr_cached(dsc::Square& s) { return descr::getattr<"area">(s); }

// Setting an attribute that the cache depends on forgets the cache; setting one that nothing
// depends on, in the same class, is a plain store.
void plain_dependency_set(plain::Square& s, double v) { s.set_side(v); }
void descr_dependency_set(dsc::Square& s, double v) { descr::setattr<"side">(s, v); }
void plain_no_dependents_set(plain::Square& s, int v) { s.label = v; }
void descr_no_dependents_set(dsc::Square& s, int v) { descr::setattr<"label">(s, v); }

// A member (slot): a read tests the flag and raises Python's AttributeError when it is unset;
// the hand-written read raises the same error, with the class's name as descr spells it.
int plain_member_get(const plain::Pair& p) {
  if (!p.left) throw descr::attribute_error::no_attribute(descr::name_of<dsc::Pair>, "left");
  return *p.left;
}
int descr_member_get(const dsc::Pair& p) { return descr::getattr<"left">(p); }
void plain_member_set(plain::Pair& p, int v) { p.right = v; }
void descr_member_set(dsc::Pair& p, int v) { descr::setattr<"right">(p, v); }

// An observed attribute: a read is a load, a write the check and the store.
int plain_observed_get(const plain::Wallet& a) { return a.balance; }
int descr_observed_get(const dsc::Wallet& a) { return descr::getattr<"balance">(a); }
void plain_vetoable_set(plain::Wallet& a, int v) { a.set_balance(v); }
void descr_vetoable_set(dsc::Wallet& a, int v) { descr::setattr<"balance">(a, v); }

// A validated set (issue 15, point 10): Number<int>{.minvalue = 0} costs `if (v < 0)` and the
// store, as by hand; its bounds are constants, folded, and its message is made out of line.
void plain_validated_set(plain::Gauge& g, int v) {
  if (v < 0) [[unlikely]]
    plain::level_check.raise<int>(v, 2);
  g.level = v;
}
void descr_validated_set(dsc::Gauge& g, int v) { descr::setattr<"level">(g, v); }

}  // extern "C"
