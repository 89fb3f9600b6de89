// A constant descriptor's set_name that cannot be called as (descr::type<Owner>, name) is
// reported when the class is defined, even if the attribute is never read (Python calls
// __set_name__ at class creation).
// expect: set_name must take | Gauge | level
#include <descr/descr.hpp>

#include <cstddef>
#include <string_view>

struct Named {
  const char* name = nullptr;  // pointer and length: a structural type
  std::size_t size = 0;
#ifdef DESCR_FAIL
  constexpr void set_name(std::string_view n) { name = n.data(); size = n.size(); }
#else
  constexpr void set_name(auto, std::string_view n) { name = n.data(); size = n.size(); }
#endif
  std::string_view get(auto&) const { return {name, size}; }
};

struct Gauge : descr::object<Gauge, descr::attr<"level", Named{}>, descr::classvar<"unit", 1>> {};

int main() { return descr::getattr<"unit">(descr::type<Gauge>); }
