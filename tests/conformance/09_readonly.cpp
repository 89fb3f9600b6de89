// 09_readonly.py: a data descriptor whose __set__ raises is read-only; it still beats instance
// entries.
#include <descr/descr.hpp>
#include <descr/hana.hpp>

#include <boost/hana.hpp>

#include <iostream>
#include <string>

namespace hana = boost::hana;

namespace {
// Python's RO defines __set__ (so it is a data descriptor) and raises from it at run time: the
// port keeps that. (A descriptor with no set at all would make c.x = 1 a compile error,
// "read-only attribute"; that is a different script.)
struct RO {
  const char* get(auto&, auto) const { return "ro"; }
  void set(auto&, int) const { throw descr::attribute_error("can't set attribute"); }
};

struct C : descr::object<C,
    descr::attr<"x", RO{}>,                                   // x = RO()
    descr::field<"x", std::string, descr::absentable>> {};    // c.__dict__['x']
}  // namespace

int main() {
  C c;
  try {
    descr::setattr<"x">(c, 1);  // c.x = 1
  } catch (const descr::attribute_error& e) {
    std::cout << "AttributeError " << e.what() << '\n';
  }
  // c.__dict__['x'] = "instance": written directly, past the data descriptor, through the
  // Boost.Hana Struct view of the instance entries.
  hana::at_key(c, BOOST_HANA_STRING("x")) = "instance";
  // print(c.x)
  std::string x = descr::getattr<"x">(c);
  std::cout << x << '\n';
}
