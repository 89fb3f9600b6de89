// 03_instance_beats_nondata.py: instance entries shadow non-data descriptors; assignment creates
// an instance entry.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>

namespace {
struct N {
  const char* get(auto&, auto) const { return "descriptor"; }
};

struct C : descr::object<C,
    descr::attr<"x", N{}>,                                    // x = N()
    descr::field<"x", std::string, descr::absentable>> {};    // the instance's own 'x', if any
}  // namespace

// The entry is a std::string and N's get returns const char*: a read of c.x is a
// std::variant of the two (never a conversion), and descr::str prints the one it holds.
int main() {
  C c;
  // print(c.x)
  auto x = descr::getattr<"x">(c);
  std::cout << descr::str(x) << '\n';
  // c.x = "instance"
  descr::setattr<"x">(c, "instance");
  // print(c.x, C.x)
  x = descr::getattr<"x">(c);
  std::string cx = descr::getattr<"x">(descr::type<C>);
  std::cout << descr::str(x) << ' ' << cx << '\n';
  // del c.x
  descr::delattr<"x">(c);
  // print(c.x)
  x = descr::getattr<"x">(c);
  std::cout << descr::str(x) << '\n';
}
