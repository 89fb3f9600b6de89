// class Twice(Once, Once), only defined: Python raises at class creation.
// expect: duplicate base class | Twice | Once
#include <descr/descr.hpp>

struct Once : descr::object<Once> {};
struct Other : descr::object<Other> {};
#ifdef DESCR_FAIL
struct Twice : descr::object<Twice, descr::bases<Once, Once>> {};
#else
struct Twice : descr::object<Twice, descr::bases<Once, Other>> {};
#endif

int main() {}
