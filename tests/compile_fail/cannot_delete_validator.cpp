// The HowTo's Validator has no __delete__: `del c.name` raises AttributeError: __delete__ in
// Python; here a data descriptor without del is the compile error.
// expect: cannot delete attribute | Pair | left
#include <descr/descr.hpp>
#include <descr/validators/validator.hpp>

#include <string>

struct Even : descr::Validator<Even, int> {
  void validate(int value) const {
    if (value % 2) throw descr::value_error("Expected " + std::to_string(value) + " to be even");
  }
};

struct Pair : descr::object<Pair, descr::attr<"left", Even{}>> {};

int main() {
  Pair p;
  descr::setattr<"left">(p, 2);
#ifdef DESCR_FAIL
  descr::delattr<"left">(p);
#endif
  return descr::getattr<"left">(p);
}
