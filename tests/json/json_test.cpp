// <descr/json.hpp>: loading with every error of a document at once, dumping, round trips.
#include <descr/json.hpp>
#include <descr/validators/pattern.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "models.hpp"

using models::Order;
using Errors = std::vector<descr::json_error>;

template <>
struct doctest::StringMaker<Errors> {
  static doctest::String convert(const Errors& errors) {
    std::string out = "\n";
    for (const auto& e : errors) out += "  " + e.path + ": " + e.message + "\n";
    return out.c_str();
  }
};

namespace {
const char* const valid_order = R"({
  "id": 7, "customer": {"name": "Ada", "code": "042"},
  "items": [{"sku": "AB1", "kind": "wood", "quantity": 2, "price": 1.5},
            {"sku": "XYZ", "kind": "metal", "quantity": 0, "price": 3}],
  "note": null, "urgent": true, "weight": 2.25})";

template <class C = Order>
Errors errors_of(std::string_view text, const descr::json_options& o = {}) {
  auto r = descr::try_load_json<C>(text, o);
  CHECK(!r);
  CHECK(!r.value);
  return r.errors;
}
}  // namespace

TEST_CASE("a valid document loads, every field through its validator") {
  auto r = descr::try_load_json<Order>(valid_order);
  REQUIRE(r);
  CHECK(r.errors.empty());
  const Order& o = *r.value;
  CHECK(descr::getattr<"id">(o) == 7);
  CHECK(descr::getattr<"name">(descr::getattr<"customer">(o)) == "Ada");
  const auto& items = descr::getattr<"items">(o);
  REQUIRE(items.size() == 2);
  CHECK(descr::getattr<"sku">(items[1]) == "XYZ");
  CHECK(descr::getattr<"quantity">(items[0]) == 2);
  CHECK(descr::getattr<"price">(items[0]).repr() == "1.5");
  CHECK(descr::getattr<"price">(items[1]).repr() == "3");  // an int stays an int
  CHECK(!descr::getattr<"note">(o).has_value());
  CHECK(descr::getattr<"urgent">(o) == true);
  CHECK(descr::getattr<"weight">(o) == 2.25);
}

TEST_CASE("round trip: dump, load, dump again gives the same document") {
  Order o = descr::load_json<Order>(valid_order);
  std::string text = descr::dump_json(o);
  CHECK(text ==
        R"({"customer":{"code":"042","name":"Ada"},"id":7,"items":[{"kind":"wood","price":1.5,)"
        R"("quantity":2,"sku":"AB1"},{"kind":"metal","price":3,"quantity":0,"sku":"XYZ"}],)"
        R"("note":null,"urgent":true,"weight":2.25})");
  Order again = descr::load_json<Order>(text);
  CHECK(descr::dump_json(again) == text);
  CHECK(descr::to_json(again) == nlohmann::json::parse(valid_order));
  // From a parsed document too.
  Order third = descr::load_json<Order>(nlohmann::json::parse(text));
  CHECK(descr::to_json(third) == descr::to_json(o));
}

TEST_CASE("every error of the document at once, each with its path") {
  Errors e = errors_of(R"({
    "id": 0, "customer": {"name": "", "code": "12a"},
    "items": [{"sku": "AB1", "kind": "wood", "quantity": 2, "price": 1.5},
              {"sku": "ab", "kind": "metle", "quantity": -5, "price": "V"},
              {"sku": "Widget", "kind": [1, 2], "quantity": 2.5, "price": null},
              {"sku": 5, "kind": "wood", "quantity": 3000000000, "price": {"a": 1}}],
    "urgent": 1, "weight": "heavy"})");
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
  CHECK(e == expected);
}

TEST_CASE("the throwing form throws one validation_error listing them, as pydantic prints") {
  try {
    descr::load_json<Order>(R"({"id": -1, "customer": {"name": "Ada", "code": "1"},
                                "items": [{"sku": "AB1", "kind": "wood", "quantity": 1001}],
                                "note": "x", "urgent": false, "weight": 1})");
    FAIL("no exception");
  } catch (const descr::validation_error& e) {
    CHECK(std::string(e.what()) ==
          "3 validation errors for Order\n"
          "id\n  Expected -1 to be at least 1\n"
          "items[0].quantity\n  Expected 1001 to be no more than 1000\n"
          "items[0].price\n  Field required");
    CHECK(e.errors().size() == 3);
    const descr::value_error& as_value_error = e;  // pydantic's ValidationError is a ValueError
    CHECK(std::string(as_value_error.what()).starts_with("3 validation errors"));
  }
  CHECK_THROWS_WITH_AS(descr::load_json<models::Item>("5"),
                       "1 validation error for Item\n  Expected 5 to be a dict",
                       descr::validation_error);
}

TEST_CASE("missing and unknown keys") {
  CHECK(errors_of<models::Customer>("{}") ==
        Errors{{"name", "Field required"}, {"code", "Field required"}});
  // Unknown keys are ignored, as pydantic ignores them by default...
  auto r = descr::try_load_json<models::Customer>(R"({"name": "A", "code": "1", "age": 3})");
  CHECK(r);
  // ... or reported, with forbid_extra (pydantic's extra='forbid'), at any depth.
  descr::json_options strict{.forbid_extra = true};
  CHECK(errors_of<models::Customer>(R"({"name": "A", "code": "1", "age": 3, "_name": "x"})",
                                    strict) ==
        Errors{{"_name", "Extra inputs are not permitted"},
               {"age", "Extra inputs are not permitted"}});
  std::string order = valid_order;
  order.replace(order.find("\"wood\""), 6, "\"wood\", \"colour\": \"red\"");
  CHECK(errors_of(order, strict) == Errors{{"items[0].colour", "Extra inputs are not permitted"}});
  CHECK(descr::try_load_json<Order>(order));
}

TEST_CASE("wrong kinds of JSON values, in the validators' words or the field type's") {
  struct Flags : descr::object<Flags, descr::field<"on", bool>, descr::field<"n", short>,
                               descr::field<"tags", std::vector<std::string>>,
                               descr::field<"customer", models::Customer>> {};
  CHECK(errors_of<Flags>(R"({"on": "yes", "n": 40000, "tags": ["a", 1, null],
                             "customer": []})") ==
        Errors{{"on", "Expected 'yes' to be a bool"},
               {"n", "Expected 40000 to be an int from -32768 to 32767"},
               {"tags[1]", "Expected 1 to be an str"},
               {"tags[2]", "Expected None to be an str"},
               {"customer", "Expected [] to be a dict"}});
  CHECK(errors_of<Flags>(R"({"on": true, "n": 1, "tags": "a", "customer": {"name": "A"}})") ==
        Errors{{"tags", "Expected 'a' to be a list"}, {"customer.code", "Field required"}});
}

TEST_CASE("numbers as Python's json.loads gives them to Number") {
  struct N : descr::object<N, descr::attr<"x", descr::Number{}>,
                           descr::attr<"i", descr::Number<int>{}>,
                           descr::attr<"d", descr::Number<double>{.maxvalue = 10}>> {};
  auto load = [](std::string_view text) { return descr::load_json<N>(text); };
  N a = load(R"({"x": 5, "i": 1.0, "d": 2})");
  CHECK(descr::getattr<"x">(a).is_int());
  CHECK(descr::getattr<"i">(a) == 1);  // JSON Schema's integer counts 1.0, pydantic takes it
  CHECK(descr::getattr<"d">(a) == 2.0);
  N b = load(R"({"x": true, "i": false, "d": 2.5})");
  CHECK(descr::getattr<"x">(b).repr() == "True");  // Python's Number takes a bool
  CHECK(descr::getattr<"i">(b) == 0);
  N c = load(R"({"x": 1180591620717411303424, "i": -2147483648, "d": -1e308})");
  CHECK(descr::getattr<"x">(c).repr() == "1.1805916207174113e+21");  // beyond 64 bits: a float
  N d = load(R"({"x": 18446744073709551615, "i": 0, "d": 0})");
  CHECK(descr::getattr<"x">(d).repr() == "1.8446744073709552e+19");
  N e = load(R"({"x": -9223372036854775808, "i": 0, "d": 0})");
  CHECK(descr::getattr<"x">(e).repr() == "-9223372036854775808");
  CHECK(errors_of<N>(R"({"x": "5", "i": 2147483648, "d": 11})") ==
        Errors{{"x", "Expected '5' to be an int or float"},
               {"i", "Expected 2147483648 to be an int from -2147483648 to 2147483647"},
               {"d", "Expected 11 to be no more than 10"}});
  CHECK(errors_of<N>(R"({"x": 0, "i": 1e20, "d": true})") ==
        Errors{{"i", "Expected 1e+20 to be an int from -2147483648 to 2147483647"}});
}

// A validator of one's own: no json_rules of its own, so its schema is its type's; loading
// goes through its validate as any other.
struct Even : descr::Validator<Even, int> {
  void validate(int value) const {
    if (value % 2) throw descr::value_error("Expected " + std::to_string(value) + " to be even");
  }
};
// A validator with a default: json_rules says a document may leave it out.
struct Level : descr::Validator<Level, int> {
  void validate(int) const {}
};
template <>
struct descr::json_rules<Level> {
  static constexpr bool required = false;
  static nlohmann::json schema(const Level&) { return {{"default", 0}}; }
};
struct WithDefault : descr::object<WithDefault, descr::attr<"level", Level{}>,
                                   descr::attr<"even", Even{}>> {};

TEST_CASE("json_rules plugs a validator in: schema keywords, and whether it is required") {
  CHECK(errors_of<WithDefault>("{}") == Errors{{"even", "Field required"}});
  auto s = descr::json_schema<WithDefault>();
  CHECK(s["required"] == nlohmann::json::parse(R"(["even"])"));
  CHECK(s["properties"]["level"]["default"] == 0);
  auto w = descr::load_json<WithDefault>(R"({"even": 2})");
  CHECK(!descr::hasattr<"_level">(w));
  CHECK(descr::dump_json(w) == R"({"even":2})");
}

struct Base : descr::object<Base, descr::field<"a", int>, descr::field<"_private", int>,
                            descr::classvar<"k", 5>> {};
struct Derived : descr::object<Derived, descr::bases<Base>, descr::attr<"even", Even{}>,
                               descr::attr<"twice", descr::property{[](auto& self) {
                                 return 2 * descr::getattr<"a">(self);
                               }}>> {};

TEST_CASE("which attributes are JSON fields: instance data, bases first") {
  Derived d = descr::load_json<Derived>(R"({"a": 3, "even": 4, "_private": 1, "twice": 0})");
  CHECK(descr::getattr<"a">(d) == 3);
  CHECK(descr::getattr<"_private">(d) == 0);  // private: not loaded
  CHECK(descr::dump_json(d) == R"({"a":3,"even":4})");
  CHECK(errors_of<Derived>(R"({"a": 1, "even": 3})") == Errors{{"even", "Expected 3 to be even"}});
  CHECK(errors_of<Derived>(R"({"a": 1, "even": "3"})") ==
        Errors{{"even", "Expected '3' to be an int"}});
  auto s = descr::json_schema<Derived>();
  CHECK(s["properties"].size() == 2);
  CHECK(s["properties"]["even"] == nlohmann::json::parse(
      R"({"type": ["integer", "boolean"], "minimum": -2147483648, "maximum": 2147483647})"));
  CHECK(s["required"] == nlohmann::json::parse(R"(["a", "even"])"));
}

TEST_CASE("an object never set dumps only what it holds") {
  models::Item item;
  CHECK(descr::dump_json(item) == "{}");
  descr::setattr<"sku">(item, "ABC");
  CHECK(descr::dump_json(item, 1) == "{\n \"sku\": \"ABC\"\n}");
}

TEST_CASE("JSON Schema from the validators") {
  auto s = descr::json_schema<Order>();
  CHECK(s["$schema"] == "https://json-schema.org/draft/2020-12/schema");
  CHECK(s["title"] == "Order");
  CHECK(s["required"] == nlohmann::json::parse(
      R"(["id", "customer", "items", "urgent", "weight"])"));
  auto item = s["properties"]["items"]["items"];
  CHECK(item["title"] == "Item");
  CHECK(item["properties"]["kind"] == nlohmann::json::parse(
      R"({"type": "string", "enum": ["wood", "metal", "plastic"]})"));
  CHECK(item["properties"]["sku"] == nlohmann::json::parse(R"j({"type": "string",
      "minLength": 3, "maxLength": 10, "pattern": "^[^a-z]*[A-Z][^a-z]*(?![\\s\\S])"})j"));
  CHECK(item["properties"]["price"] == nlohmann::json::parse(
      R"({"type": ["number", "boolean"], "minimum": 0})"));
  CHECK(s["properties"]["note"] == nlohmann::json::parse(
      R"({"anyOf": [{"type": "string"}, {"type": "null"}]})"));
  CHECK(!s.contains("additionalProperties"));
  CHECK(descr::json_schema<Order>({.forbid_extra = true})["additionalProperties"] == false);
  // A bool outside a Number's bounds is excluded by name (JSON Schema's bounds skip bools).
  struct B : descr::object<B, descr::attr<"x", descr::Number{.minvalue = 0.5}>> {};
  CHECK(descr::json_schema<B>()["properties"]["x"]["not"] ==
        nlohmann::json::parse(R"({"type": "boolean", "enum": [false]})"));
  CHECK(errors_of<B>(R"({"x": false})") == Errors{{"x", "Expected False to be at least 0.5"}});
}

// README, JSON: the example's classes and error text.
namespace readme {
struct Item : descr::object<Item,
    descr::attr<"sku", descr::String{.minsize = 3, .maxsize = 10, .predicate = descr::isupper}>,
    descr::attr<"kind", descr::OneOf{"wood", "metal", "plastic"}>,
    descr::attr<"quantity", descr::Number<int>{.minvalue = 0, .maxvalue = 1000}>,
    descr::attr<"price", descr::Number{.minvalue = 0}>> {};
struct Order : descr::object<Order,
    descr::attr<"id", descr::Number<long long>{.minvalue = 1}>,
    descr::field<"items", std::vector<Item>>,
    descr::field<"note", std::optional<std::string>>> {};
}  // namespace readme

TEST_CASE("README: the order example") {
  const char* text = R"({"id": 0, "items": [
      {"sku": "AB1", "kind": "wood", "quantity": 1, "price": 2},
      {"sku": "CD2", "kind": "metal", "quantity": 2, "price": 0.5},
      {"sku": "EF3", "kind": "metle", "quantity": -5}]})";
  CHECK_THROWS_WITH_AS(descr::load_json<readme::Order>(text),
                       "4 validation errors for Order\n"
                       "id\n  Expected 0 to be at least 1\n"
                       "items[2].kind\n  Expected 'metle' to be one of {'wood', 'metal', 'plastic'}\n"
                       "items[2].quantity\n  Expected -5 to be at least 0\n"
                       "items[2].price\n  Field required",
                       descr::validation_error);
  auto o = descr::load_json<readme::Order>(R"({"id": 7, "items": [], "note": null})");
  CHECK(descr::dump_json(o) == R"({"id":7,"items":[],"note":null})");
}

namespace {
// The validators beyond the HowTo's: a pattern inside AllOf, a default, exclusive bounds.
struct Part : descr::object<Part,
    descr::attr<"code", descr::AllOf{descr::String{.minsize = 2}, descr::Pattern<"^[A-Z]+$">{}}>,
    descr::attr<"quantity", descr::Default{descr::Number{.minvalue = 0}, 1}>,
    descr::attr<"ratio", descr::Number{.gt = 0, .lt = 1}>> {};
}  // namespace

TEST_CASE("Pattern, AllOf, Default and exclusive bounds: in the schema, and loaded") {
  auto schema = descr::json_schema<Part>();
  CHECK(schema["properties"]["code"]["allOf"] ==
        nlohmann::json::parse(R"([{"minLength": 2}, {"pattern": "^[A-Z]+$"}])"));
  CHECK(schema["properties"]["ratio"]["exclusiveMinimum"] == 0);
  CHECK(schema["properties"]["ratio"]["exclusiveMaximum"] == 1);
  CHECK(schema["required"] == nlohmann::json::parse(R"(["code", "ratio"])"));
  // class Part(BaseModel): code: constr(min_length=2, pattern='^[A-Z]+$');
  //     quantity: conint(ge=0) = 1; ratio: confloat(gt=0, lt=1)
  auto bad = descr::try_load_json<Part>(R"({"code": "ab", "quantity": -1, "ratio": 1})");
  REQUIRE(bad.errors.size() == 3);
  CHECK(bad.errors[0].path == "code");
  CHECK(bad.errors[0].message == "Expected 'ab' to match '^[A-Z]+$'");
  CHECK(bad.errors[1].message == "Expected -1 to be at least 0");
  CHECK(bad.errors[2].message == "Expected 1 to be less than 1");
  // A missing attribute with a default takes it, through its validator.
  auto part = descr::load_json<Part>(R"({"code": "AB", "ratio": 0.5})");
  CHECK(descr::dump_json(part) == R"({"code":"AB","quantity":1,"ratio":0.5})");
}

#include "validated.hpp"

TEST_CASE("List, Pattern, NonEmpty, Optional, Nested, AllOf, Default, a validator of one's own") {
  // noexcept_test.cpp loads the same documents without exceptions, with the same errors.
  CHECK(errors_of<validated::Shelf>(validated::bad_shelf) == validated::bad_shelf_errors);
  auto shelf = descr::load_json<validated::Shelf>(validated::good_shelf);
  CHECK(descr::dump_json(shelf) == validated::good_shelf_dump);
  auto named = descr::load_json<validated::Shelf>(
      validated::with_nickname(R"("nickname": "Bo",)"));
  CHECK(descr::getattr<"nickname">(named) == std::optional<std::string>("Bo"));
  auto unnamed = descr::load_json<validated::Shelf>(validated::with_nickname(""));
  CHECK(descr::dump_json(unnamed) == validated::good_shelf_dump);
}
