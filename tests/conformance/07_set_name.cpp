// 07_set_name.py: __set_name__ is called once per descriptor at class creation, with the owner
// and name.
#include <descr/descr.hpp>

#include <iostream>
#include <string>
#include <string_view>

namespace {
// C's __set_name__ prints, so it cannot run at compile time: the descriptors are declared with
// attr_of, which builds them when the class is first used (for Python, at class creation) and calls set_name there.
struct C {
  std::string name;
  void set_name(auto owner, std::string_view n) {
    std::cout << "__set_name__ owner=" << descr::name_of<typename decltype(owner)::type>
              << " name=" << n << '\n';
    name = n;  // self.name = name
  }
  std::string get(auto&, auto) const { return name; }
};

struct A : descr::object<A,
    descr::attr_of<"x", C>,           // x = C()
    descr::attr_of<"y", C>,           // y = C()
    descr::attr_of<"bananas", C>> {};  // bananas = C()
struct B : descr::object<B, descr::bases<A>> {};  // class B(A): pass
}  // namespace

int main() {
  // print(A.x, A.y, A.bananas, B().bananas)
  std::string x = descr::getattr<"x">(descr::type<A>);
  std::string y = descr::getattr<"y">(descr::type<A>);
  std::string bananas = descr::getattr<"bananas">(descr::type<A>);
  std::string b_bananas = descr::getattr<"bananas">(B());
  std::cout << x << ' ' << y << ' ' << bananas << ' ' << b_bananas << '\n';
}
