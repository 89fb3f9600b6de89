// 14_inherited_precedence.py: precedence holds across inheritance: a base's data descriptor
// beats a derived instance entry.
#include <descr/descr.hpp>
#include <descr/hana.hpp>
#include <descr/repr.hpp>

#include <boost/hana.hpp>

#include <iostream>
#include <string>

namespace hana = boost::hana;

namespace {
struct D {
  const char* get(auto&, auto) const { return "data"; }
  void set(auto&, int v) const { std::cout << "set " << v << '\n'; }
};
struct N {
  const char* get(auto&, auto) const { return "nondata"; }
};

struct Base : descr::object<Base,
    descr::attr<"d", D{}>,      // d = D()
    descr::attr<"n", N{}>> {};  // n = N()
// class Derived(Base): pass. Its instances' dict entries 'd' and 'n' are declared here.
struct Derived : descr::object<Derived, descr::bases<Base>,
    descr::field<"d", std::string, descr::absentable>,
    descr::field<"n", std::string, descr::absentable>> {};
}  // namespace

int main() {
  Derived o;
  // o.__dict__['d'] = 'inst'; o.__dict__['n'] = 'inst': written directly, past the descriptors,
  // through the Boost.Hana Struct view of the instance entries.
  hana::at_key(o, BOOST_HANA_STRING("d")) = "inst";
  hana::at_key(o, BOOST_HANA_STRING("n")) = "inst";
  // print(o.d, o.n): o.d is D's get (const char*); o.n is the entry (std::string) when
  // present and N's get (const char*) otherwise, so its read is a std::variant of the two.
  std::string d = descr::getattr<"d">(o);
  auto n = descr::getattr<"n">(o);
  std::cout << d << ' ' << descr::str(n) << '\n';
  descr::setattr<"d">(o, 5);  // o.d = 5
}
