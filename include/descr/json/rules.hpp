#pragma once
// descr::json_rules<D>: what a validator adds to its field's JSON Schema, and its check without
// exceptions. The loader calls the validator itself (descr::setattr) where exceptions are on;
// check(d, value) is what it calls instead under -fno-exceptions: the validator's message for
// the value, or nothing. The check is the validator's why_not(value) (validators/refusal.hpp),
// which every validator of descr's declares and whose refusal its validate raises, so both
// builds give the same words (tests/fuzz compares them; tests/json/noexcept_test.cpp the
// errors of whole documents); List's puts the item's index first ("[2]: ..."), and the loader
// the attribute's name before that, as a set does ("items[2]: ..."). The primary template
// gives it to any validator with a why_not; a validator of your own declares why_not, or
// specializes json_rules<D> with a check(d, value) returning std::optional<std::string> (which
// the loader then prefers). A validator with neither loads without exceptions only where no
// value reaches it (a compile error says so). schema(d) is {} unless specialized (the schema is
// then the stored type's alone); a specialization may also say `static constexpr bool required
// = false;`: a document may leave the attribute out (a validator with a default).
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "../validators/number.hpp"
#include "../validators/one_of.hpp"
#include "../validators/refusal.hpp"
#include "../validators/string.hpp"

namespace descr {

namespace detail {
// The check of a validator that says why it refuses (why_not): the message, or nothing. The
// specializations below derive from it where they add a schema only.
template <class D>
struct check_why_not {
  template <class V>
    requires says_why_not<D, V>
  static std::optional<std::string> check(const D& d, const V& value) {
    std::optional<refusal> r = d.why_not(value);
    if (r.has_value()) return std::move(r->message);
    return std::nullopt;
  }
};
}  // namespace detail

template <class D>
struct json_rules : detail::check_why_not<D> {
  static nlohmann::json schema(const D&) { return nlohmann::json::object(); }
};

// The JSON Schema pattern of a String predicate, matching where the predicate is true (on
// ASCII, as descr's predicates answer; other characters are uncased, neither letters, digits
// nor spaces). `(?![\s\S])` ends the text in ECMA-262 and Python alike (Python's `$` also
// matches before a final newline). Empty: no pattern (the schema then says less than the
// validator, and names the predicate in a description).
template <class P>
inline constexpr std::string_view json_pattern = {};
template <>
inline constexpr std::string_view json_pattern<isupper_t> = R"(^[^a-z]*[A-Z][^a-z]*(?![\s\S]))";
template <>
inline constexpr std::string_view json_pattern<islower_t> = R"(^[^A-Z]*[a-z][^A-Z]*(?![\s\S]))";
template <>
inline constexpr std::string_view json_pattern<istitle_t> =
    R"(^[^A-Za-z]*[A-Z][a-z]*(?:[^A-Za-z]+[A-Z][a-z]*)*[^A-Za-z]*(?![\s\S]))";
template <>
inline constexpr std::string_view json_pattern<isalpha_t> = R"(^[A-Za-z]+(?![\s\S]))";
template <>
inline constexpr std::string_view json_pattern<isdigit_t> = R"(^[0-9]+(?![\s\S]))";
template <>
inline constexpr std::string_view json_pattern<isalnum_t> = R"(^[A-Za-z0-9]+(?![\s\S]))";
template <>
inline constexpr std::string_view json_pattern<isspace_t> = R"(^[\t\n\v\f\r\x1c-\x1f ]+(?![\s\S]))";
template <>
inline constexpr std::string_view json_pattern<isascii_t> = R"(^[\x00-\x7f]*(?![\s\S]))";

namespace detail {
inline nlohmann::json bound_json(const optional_number& b) {
  if (b.kind == optional_number::kind_t::floating) return b.floating;
  return b.integer;  // an int, or a bool bound as 0 or 1 (JSON Schema's bounds are numbers)
}
}  // namespace detail

template <class T>
struct json_rules<Number<T>> {
  // minimum, maximum and the exclusive ones, which JSON Schema applies to numbers only: a bool
  // outside the bounds (Number{.minvalue = 2} refuses True, Python's 1) is excluded by name.
  static nlohmann::json schema(const Number<T>& n) {
    nlohmann::json s = nlohmann::json::object();
    if (n.minvalue.has_value()) s["minimum"] = detail::bound_json(n.minvalue);
    if (n.maxvalue.has_value()) s["maximum"] = detail::bound_json(n.maxvalue);
    if (n.gt.has_value()) s["exclusiveMinimum"] = detail::bound_json(n.gt);
    if (n.lt.has_value()) s["exclusiveMaximum"] = detail::bound_json(n.lt);
    nlohmann::json refused = nlohmann::json::array();
    for (bool b : {false, true})
      if (check(n, b)) refused.push_back(b);
    if (!refused.empty()) s["not"] = {{"type", "boolean"}, {"enum", refused}};
    return s;
  }
  template <class V>
  static std::optional<std::string> check(const Number<T>& n, const V& value) {
    if (int why = n.rejection(value)) return n.message(value, why);
    return std::nullopt;
  }
};

template <class P>
struct json_rules<String<P>> : detail::check_why_not<String<P>> {
  static nlohmann::json schema(const String<P>& s) {
    nlohmann::json out = nlohmann::json::object();
    if (s.minsize != 0) out["minLength"] = s.minsize;
    if (s.maxsize != String<P>{}.maxsize) out["maxLength"] = s.maxsize;
    if constexpr (!std::is_same_v<P, no_predicate>) {
      if (!json_pattern<P>.empty()) out["pattern"] = json_pattern<P>;
      else out["description"] = "must satisfy " + detail::predicate_repr(s.predicate);
    }
    return out;
  }
};

template <std::size_t Count, std::size_t Chars>
struct json_rules<OneOf<Count, Chars>> : detail::check_why_not<OneOf<Count, Chars>> {
  // The options in declaration order, each once.
  static nlohmann::json schema(const OneOf<Count, Chars>& o) {
    nlohmann::json options = nlohmann::json::array();
    for (std::size_t i = 0; i != Count; ++i) {
      bool repeated = false;
      for (std::size_t k = 0; k != i; ++k) repeated = repeated || o[k] == o[i];
      if (!repeated) options.push_back(std::string(o[i]));
    }
    return {{"enum", options}};
  }
};

// Pattern (validators/pattern.hpp, which its users include): its regular expression, which
// JSON Schema's `pattern` also searches anywhere in the text (ECMA-262 syntax in both).
template <fixed_string P>
struct Pattern;
template <fixed_string P>
struct json_rules<Pattern<P>> : detail::check_why_not<Pattern<P>> {
  static nlohmann::json schema(const Pattern<P>&) { return {{"pattern", std::string(P.view())}}; }
};

// Default: its validator's rules, and a document may leave the attribute out.
template <class V, class D>
struct Default;
template <class V, class D>
struct json_rules<Default<V, D>> {
  static constexpr bool required = false;
  static nlohmann::json schema(const Default<V, D>& d) {
    return json_rules<V>::schema(static_cast<const V&>(d));
  }
  template <class T>
    requires requires(const V& v, const T& value) { json_rules<V>::check(v, value); }
  static std::optional<std::string> check(const Default<V, D>& d, const T& value) {
    return json_rules<V>::check(static_cast<const V&>(d), value);
  }
};

// AllOf: every part's rules (JSON Schema's allOf); the first part that refuses gives the error.
template <class First, class... Rest>
struct AllOf;
template <class First, class... Rest>
struct json_rules<AllOf<First, Rest...>> : detail::check_why_not<AllOf<First, Rest...>> {
  static nlohmann::json schema(const AllOf<First, Rest...>& a) {
    nlohmann::json parts = nlohmann::json::array();
    parts.push_back(json_rules<First>::schema(a.first));
    if constexpr (sizeof...(Rest) != 0) {
      nlohmann::json rest = json_rules<AllOf<Rest...>>::schema(a.rest);
      if (rest.contains("allOf")) {
        for (auto& part : rest["allOf"]) parts.push_back(part);
      } else {
        parts.push_back(rest);
      }
    }
    return {{"allOf", parts}};
  }
};

namespace detail {
// Whether the loader built without exceptions can check a V with validator D, and the check.
template <class D, class V>
concept json_checks =
    requires(const D& d, const V& v) { json_rules<D>::check(d, v); } || says_why_not<D, V>;
template <class D, class V>
std::optional<std::string> json_check(const D& d, const V& value) {
  if constexpr (requires { json_rules<D>::check(d, value); }) return json_rules<D>::check(d, value);
  else return check_why_not<D>::check(d, value);
}
}  // namespace detail

}  // namespace descr
