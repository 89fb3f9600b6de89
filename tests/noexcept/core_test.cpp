// Compiled with -fno-exceptions, on both compilers: the core (fields, an absentable entry,
// validated attributes, getattr/setattr/delattr/hasattr, getattr with a default) and the
// no-throw JSON loader work without exceptions. What would raise ends the program instead:
// abort.cpp and check_abort.py show that. No doctest: it needs exceptions; a failed check
// prints its line and the run fails.
//
// The same session in Python (3.11):
//   g = Gauge(); g.label = 'boiler'; g.level = 7; g.kind = 'steam'
//   hasattr(g, 'note'), getattr(g, 'note', 'none')          # False 'none'
//   g.note = 'checked'; hasattr(g, 'note'), getattr(g, 'note', 'none')  # True 'checked'
//   del g.note; hasattr(g, 'note')                           # False
#include <cstdio>
#include <string>
#include <type_traits>
#include <vector>

#include "gauge.hpp"

namespace {
int failures = 0;
void check(bool ok, int line) {
  if (!ok) {
    std::printf("core_test.cpp:%d: check failed\n", line);
    ++failures;
  }
}
#define CHECK(...) check((__VA_ARGS__), __LINE__)
using Errors = std::vector<descr::json_error>;
using gauges::Gauge;
}  // namespace

int main() {
  Gauge g;
  descr::setattr<"label">(g, "boiler");
  descr::setattr<"level">(g, 7);
  descr::setattr<"kind">(g, "steam");
  CHECK(descr::getattr<"label">(g) == "boiler");
  CHECK(descr::getattr<"level">(g) == 7);
  CHECK(descr::getattr<"kind">(g) == "steam");

  // Decided at compile time, as with exceptions.
  static_assert(std::is_same_v<decltype(descr::hasattr<"label">(g)), std::true_type>);
  static_assert(std::is_same_v<decltype(descr::hasattr<"nothing">(g)), std::false_type>);
  // An absentable entry: answered by looking at it, where exceptions would catch the read's
  // attribute_error.
  CHECK(!descr::hasattr<"note">(g));
  CHECK(descr::getattr<"note">(g, std::string("none")) == "none");
  descr::setattr<"note">(g, "checked");
  CHECK(descr::hasattr<"note">(g));
  CHECK(descr::getattr<"note">(g, std::string("none")) == "checked");
  descr::delattr<"note">(g);
  CHECK(!descr::hasattr<"note">(g));
  // A validated attribute that is set reads through its descriptor.
  CHECK(descr::hasattr<"level">(g));
  CHECK(descr::getattr<"level">(g, -1) == 7);

  // The no-throw loader: every error of the document, no object.
  auto bad = descr::try_load_json<Gauge>(
      R"({"label": "x", "level": 11, "kind": "oil"})");
  CHECK(!bad);
  Errors expected = {{"level", "Expected 11 to be no more than 10"},
                     {"kind", "Expected 'oil' to be one of {'steam', 'water'}"}};
  CHECK(bad.errors == expected);
  for (const auto& e : bad.errors) std::printf("%s: %s\n", e.path.c_str(), e.message.c_str());
  auto ok = descr::try_load_json<Gauge>(R"({"label": "tank", "level": 3, "kind": "water"})");
  CHECK(bool(ok));
  if (ok) {
    CHECK(descr::getattr<"level">(*ok.value) == 3);
    CHECK(descr::dump_json(*ok.value) == R"({"kind":"water","label":"tank","level":3})");
  }
  std::printf("%s\n", failures ? "FAILED" : "all checks passed");
  return failures != 0;
}
