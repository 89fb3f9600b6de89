// A descriptor whose get takes a descr::slot<T> but that declares no storage_type: the slot
// would have no entry to live in (the library's own message, not "takes neither").
// expect: declares no storage_type | Tank | level
#include <descr/descr.hpp>

struct Forgetful {
  int get(auto&, descr::slot<int> s) const { return s.get(); }
};
struct Stored {
  using storage_type = int;
  int get(auto&, descr::slot<int> s) const { return s.get(); }
};

#ifdef DESCR_FAIL
struct Tank : descr::object<Tank, descr::attr<"level", Forgetful{}>> {};
#else
struct Tank : descr::object<Tank, descr::attr<"level", Stored{}>> {};
#endif

int main() {
  Tank t;
  try {
    return descr::getattr<"level">(t);
  } catch (const descr::attribute_error&) {
    return 0;
  }
}
