// Functions are non-data descriptors: instance access binds, class access gives the function.
#include <descr/descr.hpp>

#include <doctest/doctest.h>

#include <string>
#include <utility>

namespace {
struct D : descr::object<D,
    descr::field<"n", int>,
    descr::attr<"f", descr::function{[](auto& self, int x) {
      return std::pair{std::string(descr::name_of<std::remove_cvref_t<decltype(self)>>), x};
    }}>,
    descr::attr<"bump", descr::function{[](auto& self) { ++descr::getattr<"n">(self); }}>> {};
}  // namespace

TEST_CASE("instance access gives a bound method, class access the function") {
  D d;
  CHECK(descr::getattr<"f">(d)(3) == std::pair{std::string("D"), 3});
  CHECK(descr::getattr<"f">(descr::type<D>)(d, 4) == std::pair{std::string("D"), 4});
  descr::getattr<"bump">(d)();
  CHECK(descr::getattr<"n">(d) == 1);
}

TEST_CASE("a bound method exposes func and self, and compares like Python's") {
  D d, e;
  auto m = descr::getattr<"f">(d);
  CHECK(m.self == &d);
  CHECK(m.func(d, 1).second == 1);
  CHECK(descr::getattr<"f">(d) == descr::getattr<"f">(d));
  CHECK_FALSE(descr::getattr<"f">(d) == descr::getattr<"f">(e));
  static_assert(descr::resolution<D, "f"> == descr::rule::non_data_descriptor);
}
