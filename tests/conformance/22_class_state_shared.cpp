// 22_class_state_shared.py: descriptor objects live in the class: their own state is shared by
// all instances.
#include <descr/descr.hpp>

#include <iostream>

namespace {
// Counter changes itself on every read, so it is a run-time descriptor (attr_of): one object
// for class C, built when C is first used.
struct Counter {
  int n = 0;  // def __init__(self): self.n = 0
  int get(auto&, auto) {
    n += 1;
    return n;
  }
};

struct C : descr::object<C, descr::attr_of<"c", Counter>> {};  // c = Counter()
}  // namespace

int main() {
  C a, b;  // a, b = C(), C()
  // print(a.c, b.c, a.c, C.c)
  int ac = descr::getattr<"c">(a);
  int bc = descr::getattr<"c">(b);
  int ac2 = descr::getattr<"c">(a);
  int cc = descr::getattr<"c">(descr::type<C>);
  std::cout << ac << ' ' << bc << ' ' << ac2 << ' ' << cc << '\n';
}
