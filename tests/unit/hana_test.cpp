// descr classes model Boost.Hana's Struct over their instance entries (hana.hpp).
#include <descr/hana.hpp>

#include <descr/access.hpp>
#include <descr/layout.hpp>
#include <descr/object.hpp>
#include <descr/slot.hpp>

#include <boost/hana.hpp>
#include <doctest/doctest.h>

#include "person.hpp"

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace hana = boost::hana;

namespace {

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

TEST_CASE("an absentable entry or a descriptor's slot is a std::optional; accessors write through") {
  P p;
  auto& nick = hana::at_key(p, BOOST_HANA_STRING("nick"));
  static_assert(std::is_same_v<decltype(nick), std::optional<std::string>&>);
  CHECK_FALSE(nick.has_value());
  nick = "Nan";
  CHECK(descr::getattr<"nick">(p) == "Nan");
  hana::at_key(p, BOOST_HANA_STRING("_age")) = 30;
  CHECK(descr::getattr<"age">(p) == 30);
  const P& cp = p;
  auto& name = hana::at_key(cp, BOOST_HANA_STRING("name"));
  static_assert(std::is_same_v<decltype(name), const std::string&>);
}

namespace {
struct Base : descr::object<Base, descr::field<"b", int>> {};
struct Derived : descr::object<Derived, descr::bases<Base>, descr::field<"d", int>,
                               descr::field<"b", int>> {};
}  // namespace

TEST_CASE("a derived class's keys are the entries of its whole MRO, base-most first, once each") {
  Derived d;
  descr::setattr<"b">(d, 1);
  descr::setattr<"d">(d, 2);
  CHECK(keys_of(d) == std::vector<std::string>{"b", "d"});
  CHECK(hana::members(d) == hana::make_tuple(1, 2));
}

namespace {
// A descriptor whose storage has a hidden name (as descr::member's has): not an instance
// __dict__ entry, so not a key either.
struct Hidden {
  using storage_type = int;
  static constexpr auto storage_name(auto name) { return descr::hidden_name_of(name); }
  int get(auto&, descr::slot<int> s) const { return s.get(); }
  void set(auto&, int v, descr::slot<int> s) const { s.set(v); }
};
struct Slotted : descr::object<Slotted, descr::attr<"s", Hidden{}>, descr::field<"d", int>> {};
}  // namespace

TEST_CASE("the keys are the entries vars lists: hidden storage is not one") {
  Slotted s;
  descr::setattr<"s">(s, 1);
  CHECK(keys_of(s) == std::vector<std::string>{"d"});
}
