// A pattern with an unbalanced parenthesis (Python's re.error at class creation): its class
// does not compile, and the error names the class, the attribute and what is wrong.
// expect: unbalanced | Code | value
#include <descr/descr.hpp>
#include <descr/validators/pattern.hpp>

#ifdef DESCR_FAIL
struct Code : descr::object<Code, descr::classvar<"unit", 1>,
    descr::attr<"value", descr::Pattern<"^([A-Z]+$">{}>> {};
#else
struct Code : descr::object<Code, descr::classvar<"unit", 1>,
    descr::attr<"value", descr::Pattern<"^([A-Z])+$">{}>> {};
#endif

int main() { return descr::getattr<"unit">(descr::type<Code>) == 1 ? 0 : 1; }
