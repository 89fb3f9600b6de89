// descr::name_of<C> (name_of.hpp): Python's C.__name__, unqualified, at compile time.
#include <descr/name_of.hpp>

#include <descr/layout.hpp>
#include <descr/object.hpp>

#include <doctest/doctest.h>

#include <string_view>

namespace {
struct Diamond : descr::object<Diamond> {};
struct K1 : descr::object<K1, descr::bases<Diamond>> {};
}  // namespace

TEST_CASE("name_of is the unqualified class name") {
  static_assert(descr::name_of<Diamond> == "Diamond");
  static_assert(descr::name_of<K1> == "K1");
}
