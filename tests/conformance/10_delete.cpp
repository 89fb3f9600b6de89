// 10_delete.py: __delete__ is called by del; deleting a missing instance entry raises
// AttributeError.
//
// Line 4 of the expected output ("AttributeError 'E' object has no attribute 'nothing'") is not
// printed: `del E().nothing` names an attribute that no rule of E's lookup answers, which descr
// rejects at compile time ("has no attribute"), so that part of the script cannot be written
// here; the compile-fail tests cover it. The static_assert below records the fact it rests on.
#include <descr/descr.hpp>

#include <iostream>

namespace {
struct D {
  int get(auto& obj, auto) const { return descr::getattr<"_v">(obj); }  // return obj._v
  void set(auto& obj, int v) const { descr::setattr<"_v">(obj, v); }    // obj._v = v
  void del(auto& obj) const {
    std::cout << "D.__delete__\n";
    descr::delattr<"_v">(obj);  // del obj._v
  }
};

struct C : descr::object<C,
    descr::attr<"x", D{}>,                            // x = D()
    descr::field<"_v", int, descr::absentable>> {};   // obj._v, missing until set
struct E : descr::object<E> {};                       // class E: pass
}  // namespace

// del E().nothing: nothing answers 'nothing' on an E, so the del does not compile.
static_assert(descr::resolution<E, "nothing"> == descr::rule::none);

int main() {
  C c;
  descr::setattr<"x">(c, 3);  // c.x = 3
  // print(c.x)
  int x = descr::getattr<"x">(c);
  std::cout << x << '\n';
  descr::delattr<"x">(c);  // del c.x
  try {
    static_cast<void>(descr::getattr<"x">(c));  // c.x
  } catch (const descr::attribute_error& e) {
    std::cout << "AttributeError " << e.what() << '\n';
  }
}
