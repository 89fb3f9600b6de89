// 01_nondata_get.py: a non-data descriptor answers instance and class access; __get__ sees
// (obj, owner).
#include <descr/descr.hpp>

#include <iostream>
#include <string_view>
#include <type_traits>

namespace {
struct Ten {
  int get(auto& obj, auto objtype) const {
    using Obj = std::remove_cvref_t<decltype(obj)>;
    // print("get", "None" if obj is None else type(obj).__name__, objtype.__name__)
    std::string_view who = std::is_same_v<Obj, descr::none_t> ? "None" : descr::name_of<Obj>;
    std::cout << "get " << who << ' ' << descr::name_of<typename decltype(objtype)::type> << '\n';
    return 10;
  }
};

struct A : descr::object<A,
    descr::classvar<"x", 5>,          // x = 5
    descr::attr<"y", Ten{}>> {};      // y = Ten()
}  // namespace

int main() {
  A a;
  // print(a.x, a.y): the arguments are read before anything is printed.
  auto ax = descr::getattr<"x">(a);
  auto ay = descr::getattr<"y">(a);
  std::cout << ax << ' ' << ay << '\n';
  // print(A.x, A.y)
  auto cx = descr::getattr<"x">(descr::type<A>);
  auto cy = descr::getattr<"y">(descr::type<A>);
  std::cout << cx << ' ' << cy << '\n';
}
