// vars, dir, hasattr, name_of, repr and the Hana Struct model (reflect.hpp, repr.hpp).
#include <descr/descr.hpp>
#include <descr/repr.hpp>
#include <descr/hana.hpp>

#include <boost/hana.hpp>
#include <doctest/doctest.h>

#include <sstream>
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
}  // namespace

TEST_CASE("vars lists present entries in declaration order, with descriptor slots") {
  P p;
  descr::setattr<"name">(p, "Pete");
  CHECK(descr::repr(descr::vars(p)) == "{'name': 'Pete'}");
  descr::setattr<"age">(p, 10);
  descr::setattr<"nick">(p, "P");
  std::ostringstream os;
  os << descr::vars(p);
  CHECK(os.str() == "{'name': 'Pete', 'nick': 'P', '_age': 10}");
  CHECK(descr::vars(p).size() == 3);
  CHECK(descr::vars(p).contains("_age"));
  CHECK(descr::getattr<"_age">(p) == 10);
}

TEST_CASE("dir is sorted and lists class attributes and declared entries once") {
  constexpr auto& names = descr::dir<P>();
  static_assert(names.size() == 5);
  CHECK(names[0] == "_age");
  CHECK(names[1] == "age");
  CHECK(names[2] == "name");
  CHECK(names[3] == "nick");
  CHECK(names[4] == "species");
}

TEST_CASE("hasattr is a constant where the rules decide it") {
  P p;
  static_assert(std::is_same_v<decltype(descr::hasattr<"name">(p)), std::true_type>);
  static_assert(std::is_same_v<decltype(descr::hasattr<"species">(p)), std::true_type>);
  static_assert(std::is_same_v<decltype(descr::hasattr<"nothing">(p)), std::false_type>);
  static_assert(descr::hasattr<"species">(descr::type<P>));
  static_assert(!descr::hasattr<"name">(descr::type<P>));
  CHECK_FALSE(descr::hasattr<"nick">(p));
  CHECK_FALSE(descr::hasattr<"age">(p));  // its slot is empty: get raises AttributeError
  descr::setattr<"age">(p, 1);
  descr::setattr<"nick">(p, "x");
  CHECK(descr::hasattr<"nick">(p));
  CHECK(descr::hasattr<"age">(p));
}

TEST_CASE("descr classes model hana::Struct over their instance entries") {
  P p;
  descr::setattr<"name">(p, "Ann");
  static_assert(hana::Struct<P>::value);
  std::vector<std::string> keys;
  hana::for_each(hana::keys(p), [&](auto k) { keys.emplace_back(hana::to<const char*>(k)); });
  CHECK(keys == std::vector<std::string>{"name", "nick", "_age"});
  CHECK(hana::at_c<0>(hana::members(p)) == "Ann");
  CHECK(hana::at_key(p, BOOST_HANA_STRING("name")) == "Ann");
}

TEST_CASE("repr prints as Python does") {
  CHECK(descr::repr(std::string("it's")) == "\"it's\"");
  CHECK(descr::repr("a") == "'a'");
  CHECK(descr::repr(10) == "10");
  CHECK(descr::repr(1.5) == "1.5");
  CHECK(descr::repr(2.0) == "2.0");
  CHECK(descr::repr(true) == "True");
  CHECK(descr::repr(descr::none) == "None");
  CHECK(descr::repr(std::vector<std::string>{"wood", "metal"}) == "['wood', 'metal']");
}
