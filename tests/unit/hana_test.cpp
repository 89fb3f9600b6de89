// descr classes model Boost.Hana's Struct over their instance entries (hana.hpp).
#include <descr/hana.hpp>

#include <descr/access.hpp>
#include <descr/layout.hpp>
#include <descr/object.hpp>
#include <descr/slot.hpp>

#include <boost/hana.hpp>
#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace hana = boost::hana;

namespace {
struct Stored {
  using storage_type = int;
  int get(auto&, descr::slot<int> s) const { return s.get(); }
  void set(auto&, int v, descr::slot<int> s) const { s.set(v); }
};
struct P : descr::object<P,
    descr::field<"name", std::string>,
    descr::field<"nick", std::string, descr::absentable>,
    descr::attr<"age", Stored{}>,
    descr::classvar<"species", 1>> {};

template <class T>
std::vector<std::string> keys_of(const T& obj) {
  std::vector<std::string> keys;
  hana::for_each(hana::keys(obj), [&](auto k) { keys.emplace_back(hana::to<const char*>(k)); });
  return keys;
}
}  // namespace

TEST_CASE("descr classes model hana::Struct over their instance entries") {
  P p;
  descr::setattr<"name">(p, "Ann");
  static_assert(hana::Struct<P>::value);
  CHECK(keys_of(p) == std::vector<std::string>{"name", "nick", "_age"});
  CHECK(hana::at_c<0>(hana::members(p)) == "Ann");
  CHECK(hana::at_key(p, BOOST_HANA_STRING("name")) == "Ann");
}
