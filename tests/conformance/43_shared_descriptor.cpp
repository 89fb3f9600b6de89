// 43_shared_descriptor.py: one descriptor object bound under several names, in several classes,
// is one object: its __set_name__ is called once per binding (each class's in the order of its
// body), and its state is shared by every binding.
//
// attr<"x", &shared> binds the object `shared` itself (a variable with static storage); its
// set_name calls come at each class's first use, which the port makes in the script's order.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {
struct Tracker {
  std::vector<std::string> bindings;
  int reads = 0;

  void set_name(auto owner, std::string_view name) {
    std::string_view cls = descr::name_of<typename decltype(owner)::type>;
    std::cout << "set_name " << cls << ' ' << name << '\n';
    bindings.push_back(std::string(cls) + '.' + std::string(name));
  }
  int get(auto&, auto) {
    reads += 1;
    return reads;
  }
  template <class Obj>
  void set(Obj&, int value) {
    std::cout << "set " << descr::name_of<Obj> << ' ' << value << '\n';
  }
};

Tracker shared;  // shared = Tracker()

struct P : descr::object<P,
    descr::attr<"x", &shared>,     // x = shared
    descr::attr<"y", &shared>> {};  // y = shared
struct Q : descr::object<Q, descr::attr<"z", &shared>> {};  // z = shared
}  // namespace

int main() {
  P p;  // p, q = P(), Q()
  Q q;
  // print(p.x, p.y, q.z, P.x)
  int px = descr::getattr<"x">(p);
  int py = descr::getattr<"y">(p);
  int qz = descr::getattr<"z">(q);
  int cls_x = descr::getattr<"x">(descr::type<P>);
  std::cout << px << ' ' << py << ' ' << qz << ' ' << cls_x << '\n';
  descr::setattr<"y">(p, 5);  // p.y = 5
  descr::setattr<"z">(q, 6);  // q.z = 6
  std::cout << descr::repr(shared.bindings) << ' ' << shared.reads << '\n';
  // print(type(P.__dict__["x"]) is Tracker, P.__dict__["x"] is Q.__dict__["z"])
  auto& px_object = descr::getattr_static<"x">(descr::type<P>);
  auto& qz_object = descr::getattr_static<"z">(descr::type<Q>);
  bool is_tracker = std::is_same_v<std::remove_cvref_t<decltype(px_object)>, Tracker>;
  std::cout << descr::repr(is_tracker) << ' ' << descr::repr(&px_object == &qz_object) << '\n';
}
