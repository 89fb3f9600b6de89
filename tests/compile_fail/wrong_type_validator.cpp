// A descr::Validator takes what a field of its storage type takes and its validate accepts:
// a double given to an int validator is refused at compile time (Python would take 2.5 and
// fail in validate; an int field refuses it in C++).
// expect: wrong type for attribute | Pair | left
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
#ifdef DESCR_FAIL
  descr::setattr<"left">(p, 2.5);
#else
  descr::setattr<"left">(p, 2);
#endif
  return descr::getattr<"left">(p);
}
