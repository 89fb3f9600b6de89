#pragma once
// descr::json_value<T>: how a stored value of type T is read from JSON, written to JSON and
// described in JSON Schema. One specialization per type: bool, integers, floating-point types,
// descr::int_or_float, std::string, std::optional<U>, std::vector<U> (here) and descr classes
// (object.hpp). A type of your own plugs in with a specialization of the same four members.
#include <cmath>
#include <concepts>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "../detail/python_text.hpp"
#include "../validators/number.hpp"
#include "errors.hpp"

namespace descr {

// The primary template has no members: a field of a type without a specialization is a
// compile error naming json_value<T>.
template <class T>
struct json_value;

namespace detail {

// Python's repr() of a JSON value, cut after about 80 characters: the "Expected ... to be"
// of a message (null is None, true is True, an object prints as a dict).
inline void json_repr_to(std::string& out, const nlohmann::json& j) {
  if (out.size() > 80) return;
  switch (j.type()) {
    case nlohmann::json::value_t::null: out += "None"; break;
    case nlohmann::json::value_t::boolean: out += j.get<bool>() ? "True" : "False"; break;
    case nlohmann::json::value_t::number_integer: out += int_repr(j.get<std::int64_t>()); break;
    case nlohmann::json::value_t::number_unsigned: out += int_repr(j.get<std::uint64_t>()); break;
    case nlohmann::json::value_t::number_float: out += float_repr(j.get<double>()); break;
    case nlohmann::json::value_t::string: out += string_repr(j.get_ref<const std::string&>()); break;
    case nlohmann::json::value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& e : j) {
        if (out.size() > 80) break;
        if (!first) out += ", ";
        first = false;
        json_repr_to(out, e);
      }
      out += ']';
      break;
    }
    case nlohmann::json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [k, v] : j.items()) {
        if (out.size() > 80) break;
        if (!first) out += ", ";
        first = false;
        out += string_repr(k) + ": ";
        json_repr_to(out, v);
      }
      out += '}';
      break;
    }
    default: out += "<binary>"; break;
  }
}
inline std::string json_repr(const nlohmann::json& j) {
  std::string out;
  json_repr_to(out, j);
  if (out.size() > 80) out = out.substr(0, 77) + "...";
  return out;
}

// "Expected 'V' to be an int": a JSON value of a kind the stored type cannot hold.
template <class T>
std::string expected_kind(const nlohmann::json& j) {
  return "Expected " + json_repr(j) + " to be " + std::string(json_value<T>::expected);
}

// An integral T from a JSON number: an integer in T's range, or a float without fraction in it
// (JSON Schema's "integer" counts 1.0 as one, and pydantic takes it). Otherwise the message.
template <std::integral T>
std::optional<std::string> integral_from(const nlohmann::json& j, T& out) {
  bool fits = false;
  if (j.is_number_unsigned()) {
    auto u = j.get<std::uint64_t>();
    fits = std::in_range<T>(u);
    if (fits) out = static_cast<T>(u);
  } else if (j.is_number_integer()) {
    auto i = j.get<std::int64_t>();
    fits = std::in_range<T>(i);
    if (fits) out = static_cast<T>(i);
  } else {
    double d = j.get<double>();
    if (!(std::isfinite(d) && std::trunc(d) == d)) return expected_kind<T>(j);
    // T's range as doubles, exactly: [min, 2**digits).
    double top = std::ldexp(1.0, std::numeric_limits<T>::digits);
    double bottom = std::is_signed_v<T> ? -top : 0.0;
    fits = d >= bottom && d < top;
    if (fits) out = static_cast<T>(d);
  }
  if (fits) return std::nullopt;
  return "Expected " + json_repr(j) + " to be an int from " +
         int_repr(std::numeric_limits<T>::min()) + " to " + int_repr(std::numeric_limits<T>::max());
}

// The Python type a JSON value becomes: true and false are bools, which Python's ints include.
inline bool is_python_number(const nlohmann::json& j) { return j.is_number() || j.is_boolean(); }

}  // namespace detail

// Each specialization: `expected`, the words after "to be" for a JSON value of another kind;
// load(j, out, ctx), which reports what is wrong at ctx's path and returns false; dump(v);
// schema(options). `scalar` types go to a validator as the Python value the JSON value is (see
// object.hpp); the others are loaded whole, then validated.
template <>
struct json_value<bool> {
  static constexpr bool scalar = true;
  static constexpr std::string_view expected = "a bool";
  static bool load(const nlohmann::json& j, bool& out, detail::json_context& ctx) {
    if (!j.is_boolean()) return ctx.error(detail::expected_kind<bool>(j)), false;
    out = j.get<bool>();
    return true;
  }
  static nlohmann::json dump(bool v) { return v; }
  static nlohmann::json schema(const json_options&) { return {{"type", "boolean"}}; }
};

// An integer in the type's range. true and false are 1 and 0, as a descr::setattr of a bool
// to an integer field stores them (Python's bool is an int).
template <std::integral T>
  requires(!std::same_as<T, bool>)
struct json_value<T> {
  static constexpr bool scalar = true;
  static constexpr std::string_view expected = "an int";
  static bool load(const nlohmann::json& j, T& out, detail::json_context& ctx) {
    if (j.is_boolean()) return out = j.get<bool>(), true;
    if (!j.is_number()) return ctx.error(detail::expected_kind<T>(j)), false;
    if (auto message = detail::integral_from(j, out)) return ctx.error(std::move(*message)), false;
    return true;
  }
  static nlohmann::json dump(T v) { return v; }
  static nlohmann::json schema(const json_options&) {
    return {{"type", {"integer", "boolean"}},
            {"minimum", std::numeric_limits<T>::min()},
            {"maximum", std::numeric_limits<T>::max()}};
  }
};

// A number (or a bool), converted to T. A NaN or an infinity is written as null: JSON has
// neither (nlohmann writes null, as JavaScript's JSON.stringify does).
template <std::floating_point T>
struct json_value<T> {
  static constexpr bool scalar = true;
  static constexpr std::string_view expected = "a float";
  static bool load(const nlohmann::json& j, T& out, detail::json_context& ctx) {
    if (!detail::is_python_number(j)) return ctx.error(detail::expected_kind<T>(j)), false;
    out = static_cast<T>(j.is_boolean() ? double(j.get<bool>()) : j.get<double>());
    return true;
  }
  static nlohmann::json dump(T v) { return static_cast<double>(v); }
  static nlohmann::json schema(const json_options&) { return {{"type", {"number", "boolean"}}}; }
};

// Python's int, float or bool, as JSON has them: an integer beyond 64 bits (which nlohmann
// reads as a float) is a float.
template <>
struct json_value<int_or_float> {
  static constexpr bool scalar = true;
  static constexpr std::string_view expected = "an int or float";
  static bool load(const nlohmann::json& j, int_or_float& out, detail::json_context& ctx) {
    if (j.is_boolean()) out = j.get<bool>();
    else if (j.is_number_unsigned() && !std::in_range<long long>(j.get<std::uint64_t>()))
      out = j.get<double>();
    else if (j.is_number_integer()) out = j.get<long long>();
    else if (j.is_number()) out = j.get<double>();
    else return ctx.error(detail::expected_kind<int_or_float>(j)), false;
    return true;
  }
  static nlohmann::json dump(const int_or_float& v) {
    return v.visit([](auto x) { return nlohmann::json(x); });
  }
  static nlohmann::json schema(const json_options&) { return {{"type", {"number", "boolean"}}}; }
};

template <>
struct json_value<std::string> {
  static constexpr bool scalar = true;
  static constexpr std::string_view expected = "an str";
  static bool load(const nlohmann::json& j, std::string& out, detail::json_context& ctx) {
    if (!j.is_string()) return ctx.error(detail::expected_kind<std::string>(j)), false;
    out = j.get<std::string>();
    return true;
  }
  static nlohmann::json dump(const std::string& v) { return v; }
  static nlohmann::json schema(const json_options&) { return {{"type", "string"}}; }
};

// None or a U; a field of this type may be left out of a document.
template <class U>
struct json_value<std::optional<U>> {
  static constexpr bool scalar = false;
  static constexpr std::string_view expected = json_value<U>::expected;
  static bool load(const nlohmann::json& j, std::optional<U>& out, detail::json_context& ctx) {
    if (j.is_null()) return out.reset(), true;
    U u{};
    if (!json_value<U>::load(j, u, ctx)) return false;
    out = std::move(u);
    return true;
  }
  static nlohmann::json dump(const std::optional<U>& v) {
    return v ? json_value<U>::dump(*v) : nlohmann::json(nullptr);
  }
  static nlohmann::json schema(const json_options& o) {
    return {{"anyOf", {json_value<U>::schema(o), {{"type", "null"}}}}};
  }
};

// A list; each item's errors carry its index: items[2].quantity.
template <class U, class A>
struct json_value<std::vector<U, A>> {
  static constexpr bool scalar = false;
  static constexpr std::string_view expected = "a list";
  static bool load(const nlohmann::json& j, std::vector<U, A>& out, detail::json_context& ctx) {
    if (!j.is_array()) return ctx.error(detail::expected_kind<std::vector<U, A>>(j)), false;
    std::vector<U, A> items;
    items.reserve(j.size());
    bool ok = true;
    for (std::size_t i = 0; i != j.size() && !ctx.full(); ++i) {
      detail::json_context::scope at(ctx, i);
      U u{};
      if (json_value<U>::load(j[i], u, ctx)) items.push_back(std::move(u));
      else ok = false;
    }
    ok = ok && !ctx.full();
    if (ok) out = std::move(items);
    return ok;
  }
  static nlohmann::json dump(const std::vector<U, A>& v) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& u : v) out.push_back(json_value<U>::dump(u));
    return out;
  }
  static nlohmann::json schema(const json_options& o) {
    return {{"type", "array"}, {"items", json_value<U>::schema(o)}};
  }
};

}  // namespace descr
