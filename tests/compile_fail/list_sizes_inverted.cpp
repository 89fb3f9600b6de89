// A List of at least 3 and at most 1 items takes no value: its class does not compile, and
// the error names the class, the attribute and why.
// expect: minsize is greater than maxsize | Shelf | sizes
#include <descr/descr.hpp>
#include <descr/validators/list.hpp>
#include <descr/validators/number.hpp>

#ifdef DESCR_FAIL
struct Shelf : descr::object<Shelf, descr::classvar<"unit", 1>,
    descr::attr<"sizes", descr::List{.item = descr::Number{}, .minsize = 3, .maxsize = 1}>> {};
#else
struct Shelf : descr::object<Shelf, descr::classvar<"unit", 1>,
    descr::attr<"sizes", descr::List{.item = descr::Number{}, .minsize = 1, .maxsize = 3}>> {};
#endif

int main() { return descr::getattr<"unit">(descr::type<Shelf>) == 1 ? 0 : 1; }
