// A Number whose minimum is above its maximum would reject every value (Python's takes the
// bounds and fails at each set): its class does not compile, even if the attribute is never
// used, and the error names the class, the attribute and what is wrong.
// expect: minvalue is greater than maxvalue | Component | quantity
#include <descr/descr.hpp>
#include <descr/validators/number.hpp>

#ifdef DESCR_FAIL
struct Component : descr::object<Component, descr::classvar<"unit", 1>,
    descr::attr<"quantity", descr::Number{.minvalue = 5, .maxvalue = 1}>> {};
#else
struct Component : descr::object<Component, descr::classvar<"unit", 1>,
    descr::attr<"quantity", descr::Number{.minvalue = 1, .maxvalue = 5}>> {};
#endif

int main() { return descr::getattr<"unit">(descr::type<Component>); }
