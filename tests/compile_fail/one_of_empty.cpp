// A OneOf without options would reject every value (Python's OneOf() takes none and fails at
// each set): its class does not compile, and the error names the class, the attribute and
// what is wrong.
// expect: OneOf has no options | Component | kind
#include <descr/descr.hpp>
#include <descr/validators/one_of.hpp>

#ifdef DESCR_FAIL
struct Component : descr::object<Component, descr::classvar<"unit", 1>,
    descr::attr<"kind", descr::OneOf{}>> {};
#else
struct Component : descr::object<Component, descr::classvar<"unit", 1>,
    descr::attr<"kind", descr::OneOf{"wood"}>> {};
#endif

int main() { return descr::getattr<"unit">(descr::type<Component>); }
