// 02_data_beats_instance.py: data descriptors take precedence over instance entries of the
// same name.
#include <descr/descr.hpp>
#include <descr/hana.hpp>

#include <boost/hana.hpp>

#include <iostream>
#include <string>

namespace hana = boost::hana;

namespace {
struct D {
  const char* get(auto&, auto) const { return "descriptor"; }
  void set(auto&, int v) const { std::cout << "D.__set__ " << v << '\n'; }
};

// Python's instance dict may hold 'x' beside the class's x; here that entry is declared, and it
// may be missing (it is, until c.__dict__['x'] is written).
struct C : descr::object<C,
    descr::attr<"x", D{}>,                                    // x = D()
    descr::field<"x", std::string, descr::absentable>> {};    // c.__dict__['x']
}  // namespace

int main() {
  C c;
  // c.__dict__['x'] = "instance": setattr would go through the data descriptor, so the entry is
  // written directly, through the Boost.Hana Struct view of the instance entries (absentable
  // entries appear there as std::optional).
  hana::at_key(c, BOOST_HANA_STRING("x")) = "instance";
  // print(c.x)
  std::string x = descr::getattr<"x">(c);
  std::cout << x << '\n';
  // c.x = 1
  descr::setattr<"x">(c, 1);
  // print(c.__dict__['x'], c.x)
  std::string entry = hana::at_key(c, BOOST_HANA_STRING("x")).value();
  x = descr::getattr<"x">(c);
  std::cout << entry << ' ' << x << '\n';
}
