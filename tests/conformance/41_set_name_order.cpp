// 41_set_name_order.py: a class is created after its bases, so the __set_name__ calls of a
// base's descriptors come before those of the classes derived from it; each class's own in the
// order of its body.
//
// Python calls them when each class statement runs; descr when a class is first used, after
// setting up its bases (each once, depth first in the order the bases are listed). The port
// uses each hierarchy's most derived class first, where the script reads from it.
#include <descr/descr.hpp>

#include <boost/hana.hpp>

#include <iostream>
#include <string>
#include <string_view>

namespace hana = boost::hana;

namespace {
// Named's set_name prints, so it runs at run time: attr_of.
struct Named {
  void set_name(auto owner, std::string_view name) {
    std::cout << "set_name " << descr::name_of<typename decltype(owner)::type> << '.' << name
              << '\n';
  }
  template <class C>
  std::string get(auto&, descr::type_t<C>) const {
    return std::string(descr::name_of<C>) + " reads a Named";
  }
};

struct A : descr::object<A, descr::attr_of<"a", Named>> {};
struct B : descr::object<B, descr::bases<A>,
    descr::attr_of<"b1", Named>,
    descr::attr_of<"b2", Named>> {};
struct C : descr::object<C, descr::bases<B>, descr::attr_of<"c", Named>> {};

struct Top : descr::object<Top, descr::attr_of<"t", Named>> {};
struct Left : descr::object<Left, descr::bases<Top>, descr::attr_of<"l", Named>> {};
struct Right : descr::object<Right, descr::bases<Top>, descr::attr_of<"r", Named>> {};
struct Bottom : descr::object<Bottom, descr::bases<Left, Right>, descr::attr_of<"b", Named>> {};

// print([k.__name__ for k in K.__mro__[:-1]]): descr::mro leaves out `object`.
void print_mro(auto mro) {
  std::cout << '[';
  const char* sep = "";
  hana::for_each(mro, [&](auto k) {
    std::cout << sep << '\'' << descr::name_of<typename decltype(k)::type> << '\'';
    sep = ", ";
  });
  std::cout << "]\n";
}
}  // namespace

int main() {
  // print(C.a): the first use of C, which sets up A, then B, then C.
  std::string ca = descr::getattr<"a">(descr::type<C>);
  std::cout << ca << '\n';
  print_mro(descr::mro<C>);

  // print(Bottom().t): the first use of Bottom sets up Top once, then Left, Right, Bottom.
  std::string bt = descr::getattr<"t">(Bottom());
  std::cout << bt << '\n';
  print_mro(descr::mro<Bottom>);
}
