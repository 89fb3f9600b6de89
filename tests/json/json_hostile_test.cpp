// Hostile documents: each gives a clear error (or a documented answer), never a crash, and
// costs what json_options allows. The sanitizer build runs this file too (tools/run-tests).
#include <descr/json.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "models.hpp"

using models::Order;

namespace {
std::vector<descr::json_error> errors_of(std::string_view text, const descr::json_options& o = {}) {
  auto r = descr::try_load_json<Order>(text, o);
  CHECK(!r);
  return r.errors;
}
std::string only_error(std::string_view text, const descr::json_options& o = {}) {
  auto e = errors_of(text, o);
  REQUIRE(e.size() == 1);
  return e[0].path + (e[0].path.empty() ? "" : ": ") + e[0].message;
}
struct Number : descr::object<Number, descr::attr<"x", descr::Number{}>,
                              descr::field<"n", long long>, descr::field<"f", double>> {};
std::string order_with_items(std::size_t n, const char* item) {
  std::string s = R"({"id": 1, "customer": {"name": "A", "code": "1"}, "urgent": false,)"
                  R"( "weight": 0, "items": [)";
  for (std::size_t i = 0; i != n; ++i) s.append(i ? ", " : "").append(item);
  return s + "]}";
}
}  // namespace

TEST_CASE("deep nesting stops at max_depth with one error") {
  std::string deep(100000, '[');
  CHECK(only_error(deep) == "Invalid JSON: nesting deeper than 64 levels (json_options::max_depth)");
  std::string objects;
  for (int i = 0; i != 100000; ++i) objects += R"({"a":)";
  CHECK(only_error(objects) ==
        "Invalid JSON: nesting deeper than 64 levels (json_options::max_depth)");
  // Within the limit, a deep value in a field is just of the wrong kind.
  std::string ok = std::string(60, '[') + std::string(60, ']');
  std::string e = only_error(R"({"id": 1, "customer": {"name": "A", "code": "1"},
                                 "items": [], "urgent": false, "weight": )" + ok + "}");
  CHECK(e == "weight: Expected " + std::string(60, '[') + std::string(17, ']') +
                 "... to be a float");
  CHECK(only_error("[[[]]]", {.max_depth = 2}) ==
        "Invalid JSON: nesting deeper than 2 levels (json_options::max_depth)");
}

TEST_CASE("huge numbers") {
  // Beyond a double: nlohmann refuses the document (Python's json.loads gives inf).
  CHECK(only_error(R"({"x": 1e400})") == "Invalid JSON: number overflow parsing '1e400'");
  CHECK(only_error("-1e400") == "Invalid JSON: number overflow parsing '-1e400'");
  // 2**70 into an integer field: out of its range.
  auto n = descr::try_load_json<Number>(R"({"x": 0, "n": 1180591620717411303424, "f": 0})");
  REQUIRE(n.errors.size() == 1);
  CHECK(n.errors[0].message ==
        "Expected 1.1805916207174113e+21 to be an int from -9223372036854775808 to "
        "9223372036854775807");
  CHECK(descr::try_load_json<Number>(R"({"x": 0, "n": 9223372036854775808, "f": 0})")
            .errors[0].message ==
        "Expected 9223372036854775808 to be an int from -9223372036854775808 to "
        "9223372036854775807");
  // Into Number (Python's int or float): a float, as JavaScript reads it.
  auto x = descr::load_json<Number>(R"({"x": 1180591620717411303424, "n": 0, "f": 1e308})");
  CHECK(descr::getattr<"x">(x).is_float());
  // A 10,000-digit integer: a float too large, the same overflow error.
  CHECK(only_error(std::string(10000, '9')).starts_with("Invalid JSON: number overflow parsing"));
}

TEST_CASE("NaN and Infinity: JSON has none") {
  CHECK(only_error(R"({"x": NaN})") ==
        "Invalid JSON: parse error at line 1, column 7: syntax error while parsing value - "
        "invalid literal; last read: '\"x\": N'");
  CHECK(only_error("Infinity").starts_with("Invalid JSON: parse error at line 1, column 1"));
  CHECK(only_error("-Infinity").starts_with("Invalid JSON: parse error at line 1, column 2"));
  // An object holding one dumps null (nlohmann's choice, and JavaScript's), which Number then
  // refuses, clearly: a NaN does not come back silently.
  Number n;
  descr::setattr<"x">(n, std::nan(""));
  descr::setattr<"f">(n, INFINITY);
  CHECK(descr::dump_json(n) == R"({"f":null,"n":0,"x":null})");
  auto back = descr::try_load_json<Number>(descr::dump_json(n));
  CHECK(back.errors == std::vector<descr::json_error>{{"x", "Expected None to be an int or float"},
                                                      {"f", "Expected None to be a float"}});
}

TEST_CASE("invalid UTF-8") {
  CHECK(only_error("{\"note\": \"\xff\"}") ==
        "Invalid JSON: parse error at line 1, column 11: syntax error while parsing value - "
        "invalid string: ill-formed UTF-8 byte; last read: '\"\xff'");
  CHECK(only_error("\"\xc3\x28\"").starts_with("Invalid JSON: parse error"));  // bad continuation
  CHECK(only_error("\"\xed\xa0\x80\"").starts_with("Invalid JSON: parse error"));  // a surrogate
  CHECK(only_error("\"\\ud800\"").starts_with("Invalid JSON: parse error"));  // escaped, unpaired
  // A string set in C++ that is not UTF-8 dumps with U+FFFD (nlohmann would throw 316).
  models::Customer c;
  descr::setattr<"name">(c, "A\xff");
  CHECK(descr::dump_json(c) == "{\"name\":\"A\xef\xbf\xbd\"}");
}

TEST_CASE("duplicate keys: the last one stays, as in Python's json.loads") {
  auto c = descr::load_json<models::Customer>(R"({"name": "A", "code": "x", "code": "12"})");
  CHECK(descr::getattr<"code">(c) == "12");
  auto d = descr::try_load_json<models::Customer>(R"({"name": "A", "code": "12", "code": "x"})");
  CHECK(d.errors.size() == 1);
}

TEST_CASE("big documents: max_bytes, then the cost of a valid one, then max_errors") {
  // 10 MB: over the default max_bytes (8 MiB), one error before any parsing.
  std::string big = order_with_items(
      180000, R"({"sku": "AB1", "kind": "wood", "quantity": 2, "price": 1.5})");
  REQUIRE(big.size() > 10'000'000);
  CHECK(only_error(big) == "Invalid JSON: the document is " + std::to_string(big.size()) +
                               " bytes, more than max_bytes (8388608)");
  // Allowed, it loads.
  auto r = descr::try_load_json<Order>(big, {.max_bytes = 16u << 20});
  REQUIRE(r);
  CHECK(descr::getattr<"items">(*r.value).size() == 180000);
  // A 10 MB document of bad items: the first max_errors errors, then one that says so.
  std::string bad = order_with_items(
      180000, R"({"sku": "ab", "kind": "wood", "quantity": -1, "price": 1.5})");
  auto e = errors_of(bad, {.max_bytes = 16u << 20});
  REQUIRE(e.size() == 101);
  CHECK(e[0].path == "items[0].sku");
  CHECK(e[99].path == "items[49].quantity");
  CHECK(e[100].message == "more errors were not collected (max_errors is 100)");
  // One 10 MB string into a field of at most 20 characters.
  std::string name(10'000'000, 'a');
  auto c = descr::try_load_json<models::Customer>(
      R"({"name": ")" + name + R"(", "code": "1"})", {.max_bytes = 16u << 20});
  REQUIRE(c.errors.size() == 1);
  CHECK(c.errors[0].message == "Expected '" + std::string(487, 'a') + "...");  // cut at 500
}

TEST_CASE("other malformed documents") {
  CHECK(only_error("") == "Invalid JSON: parse error at line 1, column 1: syntax error while "
                          "parsing value - unexpected end of input; expected '[', '{', or a "
                          "literal");
  CHECK(only_error("{} {}").starts_with("Invalid JSON: parse error at line 1, column 4"));
  CHECK(only_error(std::string("{\"id\": 1\0}", 10)).starts_with("Invalid JSON: parse error"));
  CHECK(only_error("null") == "Expected None to be a dict");
  CHECK(only_error(R"("{}")") == "Expected '{}' to be a dict");
}
