// A String whose minimum size is above its maximum would reject every value (Python's takes
// the sizes and fails at each set): its class does not compile, and the error names the class,
// the attribute and what is wrong.
// expect: minsize is greater than maxsize | Component | name
#include <descr/descr.hpp>
#include <descr/validators/string.hpp>

#ifdef DESCR_FAIL
struct Component : descr::object<Component, descr::classvar<"unit", 1>,
    descr::attr<"name", descr::String{.minsize = 5, .maxsize = 2}>> {};
#else
struct Component : descr::object<Component, descr::classvar<"unit", 1>,
    descr::attr<"name", descr::String{.minsize = 2, .maxsize = 5}>> {};
#endif

int main() { return descr::getattr<"unit">(descr::type<Component>); }
