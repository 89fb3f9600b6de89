// A descriptor that keeps a per-instance value (storage_type) and whose set takes a bool, given
// an int: a number does not become a bool, as for a bool field.
// expect: wrong type for attribute | Switch | on
#include <descr/descr.hpp>

struct Flag {
  using storage_type = bool;
  bool get(auto&, descr::slot<bool> s) const { return s.get(); }
  void set(auto&, bool v, descr::slot<bool> s) const { s.set(v); }
};

struct Switch : descr::object<Switch, descr::attr<"on", Flag{}>> {};

int main() {
  Switch s;
#ifdef DESCR_FAIL
  descr::setattr<"on">(s, 1);
#else
  descr::setattr<"on">(s, true);
#endif
  return descr::getattr<"on">(s) ? 0 : 1;
}
