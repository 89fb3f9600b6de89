#pragma once
// Opt-in: JSON in and out, with nlohmann/json. A descr class loads from a JSON document with
// every field going through its validator, and every error of the document reported at once,
// each with its path (items[2].quantity), as pydantic does; it dumps to JSON, and describes
// itself in JSON Schema. Nothing else of descr includes it: only its users need nlohmann/json.
//
//   auto order = descr::load_json<Order>(text);            // throws descr::validation_error
//   auto result = descr::try_load_json<Order>(text);        // no exception: result.errors
//   std::string text = descr::dump_json(order);
//   nlohmann::json schema = descr::json_schema<Order>();
//
// The no-throw form works with -fno-exceptions (g++ and clang; see README, JSON).
#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "validators.hpp"
#include "json/errors.hpp"
#include "json/fields.hpp"
#include "json/object.hpp"
#include "json/parse.hpp"
#include "json/rules.hpp"
#include "json/value.hpp"

namespace descr {

// A loaded object, or the errors of the document (then no object): never a half-loaded one.
template <class C>
struct json_result {
  std::optional<C> value;
  std::vector<json_error> errors;
  explicit operator bool() const noexcept { return value.has_value(); }
};

// From a parsed document (a nlohmann::json).
template <Object C, std::same_as<nlohmann::json> J>
json_result<C> try_load_json(const J& document, const json_options& options = {}) {
  json_result<C> result;
  detail::json_context ctx(options, result.errors);
  C obj{};
  if (json_value<C>::load(document, obj, ctx)) result.value.emplace(std::move(obj));
  return result;
}

// From a document's text: a syntax error, a document over max_bytes or nested deeper than
// max_depth is one error with an empty path.
template <Object C>
json_result<C> try_load_json(std::string_view text, const json_options& options = {}) {
  json_result<C> result;
  detail::json_context ctx(options, result.errors);
  if (auto document = detail::parse_document(text, ctx)) {
    C obj{};
    if (json_value<C>::load(*document, obj, ctx)) result.value.emplace(std::move(obj));
  }
  return result;
}

#if defined(__cpp_exceptions)
// The object, or descr::validation_error with all the errors (what() lists them).
template <Object C>
C load_json(std::string_view text, const json_options& options = {}) {
  auto result = try_load_json<C>(text, options);
  if (!result) throw validation_error(name_of<C>, std::move(result.errors));
  return std::move(*result.value);
}
template <Object C, std::same_as<nlohmann::json> J>
C load_json(const J& document, const json_options& options = {}) {
  auto result = try_load_json<C>(document, options);
  if (!result) throw validation_error(name_of<C>, std::move(result.errors));
  return std::move(*result.value);
}
#endif

// The object's JSON fields that are present.
template <Object C>
nlohmann::json to_json(const C& obj) {
  return json_value<C>::dump(obj);
}

// As text (indent < 0: one line). Text that is not UTF-8 is written with U+FFFD in place of
// the bad bytes (nlohmann would throw type_error 316): a dump never fails.
template <Object C>
std::string dump_json(const C& obj, int indent = -1) {
  return to_json(obj).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// JSON Schema (draft 2020-12) of the documents C loads: types, bounds, lengths, enums,
// patterns, required fields, nested objects; with forbid_extra, no other keys.
template <Object C>
nlohmann::json json_schema(const json_options& options = {}) {
  nlohmann::json s = {{"$schema", "https://json-schema.org/draft/2020-12/schema"}};
  s.update(json_value<C>::schema(options));
  return s;
}

}  // namespace descr
