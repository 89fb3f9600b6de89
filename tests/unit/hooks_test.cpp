// __getattr__ (getattr_hook) and __getattribute__ (getattribute_hook).
#include <descr/descr.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

namespace {
struct Raises {
  using storage_type = std::string;
  std::string get(auto&, descr::slot<std::string> s) const { return s.get(); }
  void set(auto&, std::string v, descr::slot<std::string> s) const { s.set(std::move(v)); }
};

int hook_calls = 0;
struct C : descr::object<C,
    descr::classvar<"x", 1>,
    descr::attr<"v", Raises{}>,
    descr::field<"made", std::string, descr::absentable>,
    descr::getattr_hook<[](auto& self, auto name) -> std::string {
      ++hook_calls;
      if constexpr (name == "made") {
        descr::setattr<"made">(self, std::string("created"));  // seed 001: the hook makes an entry
        return "created";
      } else {
        std::string s(name);
        for (auto& ch : s) ch = static_cast<char>(ch - 32);
        return s;
      }
    }>> {};
}  // namespace

TEST_CASE("getattr_hook answers only when normal lookup finds nothing") {
  C c;
  hook_calls = 0;
  CHECK(descr::getattr<"x">(c) == 1);
  CHECK(hook_calls == 0);
  static_assert(descr::resolution<C, "missing"> == descr::rule::getattr_hook);
  CHECK(descr::getattr<"missing">(c) == "MISSING");
  CHECK(hook_calls == 1);
}

TEST_CASE("the hook may create the entry, which answers from then on") {
  C c;
  hook_calls = 0;
  CHECK(descr::getattr<"made">(c) == "created");
  CHECK(descr::getattr<"made">(c) == "created");
  CHECK(hook_calls == 1);
}

TEST_CASE("an attribute_error raised by a descriptor's get goes to the hook") {
  C c;
  CHECK(descr::getattr<"v">(c) == "V");
  descr::setattr<"v">(c, std::string("set"));
  CHECK(descr::getattr<"v">(c) == "set");
}

namespace {
struct Answer {
  int get(auto&) const { return 42; }
};
struct G : descr::object<G,
    descr::attr<"x", Answer{}>,
    descr::classvar<"y", 5>,
    descr::getattribute_hook<[](auto& self, auto name) -> decltype(auto) {
      if constexpr (name == "x") return std::string("bypassed");
      else return descr::generic_getattr<decltype(name)::value>(self);
    }>> {};
}  // namespace

TEST_CASE("getattribute_hook sees every read and bypasses descriptors") {
  G g;
  CHECK(descr::getattr<"x">(g) == "bypassed");
  CHECK(descr::getattr<"y">(g) == 5);
  CHECK(descr::generic_getattr<"x">(g) == 42);
}

TEST_CASE("a hook's name prints on a stream") {
  std::ostringstream os;
  os << descr::name_t<"abc">{};
  CHECK(os.str() == "abc");
}
