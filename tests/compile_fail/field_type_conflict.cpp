// One instance entry declared with two types along the MRO (not in DESIGN.md's table: Python
// has a single instance dict and no declared types; descr stores each entry once).
// The class is defined, constructed and used, as a user would.
// expect: declared with different types | Both | weight
#include <descr/descr.hpp>

#include <string>

struct Left : descr::object<Left, descr::field<"weight", int>> {};
#ifdef DESCR_FAIL
struct Right : descr::object<Right, descr::field<"weight", std::string>> {};
#else
struct Right : descr::object<Right, descr::field<"weight", int>> {};
#endif
struct Both : descr::object<Both, descr::bases<Left, Right>> {};

int main() {
  Both b;
  descr::setattr<"weight">(b, 3);
}
