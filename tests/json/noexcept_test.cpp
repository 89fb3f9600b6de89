// Compiled with -fno-exceptions: the no-throw loader, with the validators' checks through
// descr::json_rules and why_not (json/rules.hpp), gives the same errors and the same objects as the
// exception build (json_test.cpp checks these documents there). No doctest: it needs
// exceptions; a failed check prints the line and the run fails.
#include <descr/json.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "models.hpp"
#include "validated.hpp"

#include <descr/validators.hpp>

#if defined(__cpp_exceptions)
#error "this file tests -fno-exceptions"
#endif

namespace {
// A default and exclusive bounds, checked through json_rules<Default> and json_rules<Number>.
struct Part : descr::object<Part,
    descr::attr<"quantity", descr::Default{descr::Number<int>{.minvalue = 0}, 1}>,
    descr::attr<"ratio", descr::Number{.gt = 0, .lt = 1}>> {};

int failures = 0;
void check(bool ok, int line) {
  if (!ok) {
    std::printf("noexcept_test.cpp:%d: check failed\n", line);
    ++failures;
  }
}
#define CHECK(...) check((__VA_ARGS__), __LINE__)
using Errors = std::vector<descr::json_error>;
}  // namespace

int main() {
  auto r = descr::try_load_json<models::Order>(R"({
    "id": 0, "customer": {"name": "", "code": "12a"},
    "items": [{"sku": "AB1", "kind": "wood", "quantity": 2, "price": 1.5},
              {"sku": "ab", "kind": "metle", "quantity": -5, "price": "V"},
              {"sku": "Widget", "kind": [1, 2], "quantity": 2.5, "price": null},
              {"sku": 5, "kind": "wood", "quantity": 3000000000, "price": {"a": 1}}],
    "urgent": 1, "weight": "heavy"})");
  CHECK(!r);
  Errors expected = {
      {"id", "Expected 0 to be at least 1"},
      {"customer.name", "Expected '' to be no smaller than 1"},
      {"customer.code", "Expected <method 'isdigit' of 'str' objects> to be true for '12a'"},
      {"items[1].sku", "Expected 'ab' to be no smaller than 3"},
      {"items[1].kind", "Expected 'metle' to be one of {'wood', 'metal', 'plastic'}"},
      {"items[1].quantity", "Expected -5 to be at least 0"},
      {"items[1].price", "Expected 'V' to be an int or float"},
      {"items[2].sku", "Expected <method 'isupper' of 'str' objects> to be true for 'Widget'"},
      {"items[2].kind", "Expected [1, 2] to be one of {'wood', 'metal', 'plastic'}"},
      {"items[2].quantity", "Expected 2.5 to be an int"},
      {"items[2].price", "Expected None to be an int or float"},
      {"items[3].sku", "Expected 5 to be an str"},
      {"items[3].quantity", "Expected 3000000000 to be an int from -2147483648 to 2147483647"},
      {"items[3].price", "Expected {'a': 1} to be an int or float"},
      {"urgent", "Expected 1 to be a bool"},
      {"weight", "Expected 'heavy' to be a float"},
  };
  CHECK(r.errors == expected);
  for (const auto& e : r.errors) std::printf("%s: %s\n", e.path.c_str(), e.message.c_str());

  const char* valid = R"({"id": 7, "customer": {"name": "Ada", "code": "042"},
    "items": [{"sku": "AB1", "kind": "wood", "quantity": 2, "price": 1.5},
              {"sku": "XYZ", "kind": "metal", "quantity": 0, "price": 3}],
    "note": null, "urgent": true, "weight": 2.25})";
  auto ok = descr::try_load_json<models::Order>(valid);
  CHECK(bool(ok));
  CHECK(ok.errors.empty());
  if (ok) {
    std::string text = descr::dump_json(*ok.value);
    CHECK(text ==
          R"({"customer":{"code":"042","name":"Ada"},"id":7,"items":[{"kind":"wood","price":1.5,)"
          R"("quantity":2,"sku":"AB1"},{"kind":"metal","price":3,"quantity":0,"sku":"XYZ"}],)"
          R"("note":null,"urgent":true,"weight":2.25})");
    auto again = descr::try_load_json<models::Order>(text);
    CHECK(bool(again) && descr::dump_json(*again.value) == text);
  }
  // Hostile input: errors, not aborts.
  CHECK(descr::try_load_json<models::Order>(std::string(100000, '[')).errors ==
        Errors{{"", "Invalid JSON: nesting deeper than 64 levels (json_options::max_depth)"}});
  CHECK(descr::try_load_json<models::Order>("1e400").errors ==
        Errors{{"", "Invalid JSON: number overflow parsing '1e400'"}});
  CHECK(descr::try_load_json<models::Order>("{\"note\": \"\xff\"}").errors.size() == 1);
  // json_test.cpp checks the same with exceptions.
  CHECK(descr::try_load_json<Part>(R"({"quantity": -1, "ratio": 1})").errors ==
        Errors{{"quantity", "Expected -1 to be at least 0"},
               {"ratio", "Expected 1 to be less than 1"}});
  auto part = descr::try_load_json<Part>(R"({"ratio": 0.5})");
  CHECK(bool(part) && descr::dump_json(*part.value) == R"({"quantity":1,"ratio":0.5})");
  // List (of Numbers, of Lists, of Nested objects, of Strings), Pattern, NonEmpty, Optional,
  // Nested, AllOf, Default and a validator of one's own, through their why_not: the errors
  // json_test.cpp gets with exceptions, from the same list.
  auto shelf = descr::try_load_json<validated::Shelf>(validated::bad_shelf);
  CHECK(!shelf);
  CHECK(shelf.errors == validated::bad_shelf_errors);
  for (const auto& e : shelf.errors) std::printf("%s: %s\n", e.path.c_str(), e.message.c_str());
  auto good = descr::try_load_json<validated::Shelf>(validated::good_shelf);
  CHECK(bool(good) && descr::dump_json(*good.value) == validated::good_shelf_dump);
  auto named =
      descr::try_load_json<validated::Shelf>(validated::with_nickname(R"("nickname": "Bo",)"));
  CHECK(bool(named) &&
        descr::getattr<"nickname">(*named.value) == std::optional<std::string>("Bo"));
  auto unnamed = descr::try_load_json<validated::Shelf>(validated::with_nickname(""));
  CHECK(bool(unnamed) && descr::dump_json(*unnamed.value) == validated::good_shelf_dump);
  std::printf("%s\n", failures ? "FAILED" : "all checks passed");
  return failures != 0;
}
