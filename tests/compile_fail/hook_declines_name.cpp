// A getattr_hook that declines a name (a constraint on its name parameter) leaves it missing:
// Python's __getattr__ raising AttributeError for it, here a compile error.
// expect: has no attribute | Lenient | gamma
#include <descr/descr.hpp>

#include <string>

struct Lenient : descr::object<Lenient,
    descr::getattr_hook<[](auto&, descr::NameIn<"alpha", "beta"> auto name) {
      return std::string(name);
    }>> {};

int main() {
  Lenient l;
#ifdef DESCR_FAIL
  std::string s = descr::getattr<"gamma">(l);
#else
  std::string s = descr::getattr<"alpha">(l);
#endif
  return static_cast<int>(s.size());
}
