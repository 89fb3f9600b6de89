// A constant descriptor's set_name runs at compile time when the class is defined: one that
// fails there (here it throws for a name it rejects) stops the build even if the attribute is
// never read, as Python's class creation fails.
// expect: set_name | Gauge | level
#include <descr/descr.hpp>

#include <cstddef>
#include <string_view>

struct Picky {
  const char* name = nullptr;  // pointer and length: a structural type
  std::size_t size = 0;
  constexpr void set_name(auto, std::string_view n) {
    if (n == "level") throw "no attribute may be called level";
    name = n.data();
    size = n.size();
  }
  std::string_view get(auto&) const { return {name, size}; }
};

#ifdef DESCR_FAIL
struct Gauge : descr::object<Gauge, descr::attr<"level", Picky{}>, descr::classvar<"unit", 1>> {};
#else
struct Gauge : descr::object<Gauge, descr::attr<"depth", Picky{}>, descr::classvar<"unit", 1>> {};
#endif

int main() { return descr::getattr<"unit">(descr::type<Gauge>); }
