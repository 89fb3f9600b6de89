// Component(kind='metal', colour='red'): Python's TypeError "got an unexpected keyword
// argument 'colour'" is a compile error naming the class and the keyword.
// expect: got an unexpected keyword argument | Component | colour
#include <descr/descr.hpp>
#include <descr/init.hpp>
#include <descr/validators/one_of.hpp>

struct Component : descr::object<Component, descr::attr<"kind", descr::OneOf{"wood", "metal"}>> {};

int main() {
#ifdef DESCR_FAIL
  auto c = descr::make<Component>(descr::kw<"kind"> = "metal", descr::kw<"colour"> = "red");
#else
  auto c = descr::make<Component>(descr::kw<"kind"> = "metal");
#endif
  return descr::getattr<"kind">(c) == "metal" ? 0 : 1;
}
