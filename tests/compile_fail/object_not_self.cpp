// descr::object's first argument must be the class being declared: Invoice below would
// otherwise answer every read with Receipt's attributes.
// expect: Self must be the class being declared | Invoice
#include <descr/descr.hpp>

struct Receipt : descr::object<Receipt, descr::classvar<"kind", 1>> {};
#ifdef DESCR_FAIL
struct Invoice : descr::object<Receipt, descr::classvar<"kind", 2>> {};
#else
struct Invoice : descr::object<Invoice, descr::classvar<"kind", 2>> {};
#endif

int main() {
  Invoice i;
  return descr::getattr<"kind">(i);
}
