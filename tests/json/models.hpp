#pragma once
// The classes the JSON tests, the schema check and the fuzz targets load: an order with a
// customer and items, each field validated.
#include <optional>
#include <string>
#include <vector>

#include <descr/json.hpp>

namespace models {

inline constexpr auto sku_rule = descr::String{.minsize = 3, .maxsize = 10, .predicate = descr::isupper};

struct Customer : descr::object<Customer,
    descr::attr<"name", descr::String{.minsize = 1, .maxsize = 20}>,
    descr::attr<"code", descr::String{.predicate = descr::isdigit}>> {};

struct Item : descr::object<Item,
    descr::attr<"sku", sku_rule>,
    descr::attr<"kind", descr::OneOf{"wood", "metal", "plastic"}>,
    descr::attr<"quantity", descr::Number<int>{.minvalue = 0, .maxvalue = 1000}>,
    descr::attr<"price", descr::Number{.minvalue = 0}>> {};

struct Order : descr::object<Order,
    descr::attr<"id", descr::Number<long long>{.minvalue = 1}>,
    descr::field<"customer", Customer>,
    descr::field<"items", std::vector<Item>>,
    descr::field<"note", std::optional<std::string>>,
    descr::field<"urgent", bool>,
    descr::field<"weight", double>> {};

}  // namespace models

namespace models {

// Every predicate with a pattern, float bounds, exclusive bounds, a short, bools at a bound,
// lists and options.
struct Sampler : descr::object<Sampler,
    descr::attr<"title", descr::String{.predicate = descr::istitle}>,
    descr::attr<"word", descr::String{.maxsize = 5, .predicate = descr::isalpha}>,
    descr::attr<"lower", descr::String{.predicate = descr::islower}>,
    descr::attr<"alnum", descr::String{.predicate = descr::isalnum}>,
    descr::attr<"space", descr::String{.predicate = descr::isspace}>,
    descr::attr<"ascii", descr::String{.minsize = 2, .predicate = descr::isascii}>,
    descr::attr<"ratio", descr::Number{.minvalue = 0.5, .maxvalue = 2}>,
    descr::attr<"small", descr::Number<short>{.maxvalue = 100}>,
    descr::attr<"flag", descr::Number{.minvalue = 1}>,
    descr::attr<"share", descr::Number{.gt = 0, .lt = 1}>,
    descr::field<"tags", std::vector<std::string>>,
    descr::field<"maybe", std::optional<int>>> {};

}  // namespace models
