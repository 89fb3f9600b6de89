// Calling a classmethod, read from the class, with arguments its function does not take after
// cls: one error naming the class it binds and the method.
// expect: does not take these arguments | Dict | fromkeys
#include <descr/descr.hpp>

#include <string_view>

struct Dict : descr::object<Dict,
    descr::field<"size", int>,
    descr::attr<"fromkeys", descr::classmethod{[](auto cls, std::string_view keys) {
      auto d = cls();
      descr::setattr<"size">(d, static_cast<int>(keys.size()));
      return d;
    }}>> {};

int main() {
#ifdef DESCR_FAIL
  auto d = descr::getattr<"fromkeys">(descr::type<Dict>)(3, 4);
#else
  auto d = descr::getattr<"fromkeys">(descr::type<Dict>)("abc");
#endif
  return descr::getattr<"size">(d);
}
