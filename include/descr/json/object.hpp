#pragma once
// Loading, dumping and describing a descr class's JSON fields (fields.hpp): json_value<C> for
// every descr class C, so that nested objects and lists of them load with their paths.
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include <nlohmann/json.hpp>

#include "../access.hpp"
#include "../name_of.hpp"
#include "../object.hpp"
#include "../reflect.hpp"
#include "fields.hpp"
#include "rules.hpp"
#include "value.hpp"

namespace descr {

namespace detail {

// A JSON list or dict on its way to a scalar validator: Python would hand it the list or the
// dict, and the validator's message prints it (message_repr uses repr()).
struct json_container {
  std::string text;
  std::string repr() const { return text; }
};

// The validator's verdict on a value, stored where it passes. With exceptions, through
// descr::setattr (the validator's own set and messages) or, for a value the stored type cannot
// hold, the validator's validate alone; without, through json_rules<D>::check or the
// validator's why_not (rules.hpp), with the attribute's name before an item path as a set puts
// it ("items[2]: ...").
template <class Info, class C, class V>
void set_validated(C& obj, V&& value, const nlohmann::json& j, json_context& ctx) {
  using T = typename Info::value_type;
  using D = typename Info::descriptor;
  using Plain = std::remove_cvref_t<V>;
  constexpr bool empties = is_std_optional<T> && std::is_same_v<Plain, none_t>;  // None
  constexpr bool stores = (storable<T, V> || empties) && validates<D, Plain>;
#if defined(__cpp_exceptions)
  if constexpr (stores) {
    try {
      descr::setattr<Info::name>(obj, static_cast<V&&>(value));
    } catch (const descr::error& e) {
      ctx.error(e.what());
    }
    return;
  } else if constexpr (validates<D, Plain>) {
    try {
      Info::descriptor_object().validate(std::as_const(value));
    } catch (const descr::error& e) {
      ctx.error(e.what());
      return;
    }
  }
#else
  if constexpr (validates<D, Plain>) {
    static_assert(json_checks<D, Plain>,
                  "without exceptions, JSON loads a validated attribute through its validator's "
                  "why_not(value), returning std::optional<descr::refusal> (or a "
                  "descr::json_rules<D>::check): add one to this validator");
    if (auto message = json_check(Info::descriptor_object(), std::as_const(value))) {
      if constexpr (stores && reports_item_paths<D>) {
        if (message->starts_with('[')) message->insert(0, Info::name.view());
      }
      return ctx.error(std::move(*message));
    }
    if constexpr (stores) {
      if constexpr (empties) value_in<typename Info::cell>(obj) = T();
      else value_in<typename Info::cell>(obj) = T(static_cast<V&&>(value));
      return;
    }
  }
#endif
  ctx.error(expected_kind<T>(j));  // validate took it, but T cannot hold it (2.5 for an int)
}

// A validator that stores a std::optional<U> (descr::Optional) and whose set does not take
// one: it is handed None or the U, as Python's is handed None or the value.
template <class Info, class C, class T = typename Info::value_type>
inline constexpr bool unwraps_optional = false;
template <class Info, class C, class U>
inline constexpr bool unwraps_optional<Info, C, std::optional<U>> =
    !requires(const typename Info::descriptor& d, C& obj, std::optional<U>&& v) {
      d.set(obj, std::move(v), std::declval<slot<std::optional<U>>>());
    };
template <class T, bool Unwrap>
struct handed {
  using type = T;
};
template <class U>
struct handed<std::optional<U>, true> {
  using type = U;
};

// A scalar validated attribute is handed the Python value the JSON value is (None, a bool, an
// int, a float, a str, or a list or dict by its repr), so that its own messages answer: Number
// says "Expected 'V' to be an int or float". An integral T takes a number that fits it.
template <class Info, class C>
void load_validated(C& obj, const nlohmann::json& j, json_context& ctx) {
  using T = typename Info::value_type;
  using S = typename handed<T, unwraps_optional<Info, C>>::type;  // T, or the U of an optional
  if constexpr (unwraps_optional<Info, C> && !json_value<S>::scalar) {
    if (j.is_null()) return set_validated<Info>(obj, none, j, ctx);
    S value{};
    if (json_value<S>::load(j, value, ctx)) set_validated<Info>(obj, std::move(value), j, ctx);
  } else if constexpr (!json_value<T>::scalar && !unwraps_optional<Info, C>) {
    T value{};
    if (json_value<T>::load(j, value, ctx)) set_validated<Info>(obj, std::move(value), j, ctx);
  } else if (j.is_null()) {
    set_validated<Info>(obj, none, j, ctx);
  } else if (j.is_boolean()) {
    set_validated<Info>(obj, j.get<bool>(), j, ctx);
  } else if (j.is_number()) {
    if constexpr (std::is_integral_v<S> && !std::is_same_v<S, bool>) {
      S value{};
      if (auto message = integral_from(j, value)) ctx.error(std::move(*message));
      else set_validated<Info>(obj, value, j, ctx);
    } else if (j.is_number_float() ||
               (j.is_number_unsigned() && !std::in_range<long long>(j.get<std::uint64_t>()))) {
      set_validated<Info>(obj, j.get<double>(), j, ctx);
    } else {
      set_validated<Info>(obj, j.get<long long>(), j, ctx);
    }
  } else if (j.is_string()) {
    set_validated<Info>(obj, j.get<std::string>(), j, ctx);
  } else {
    set_validated<Info>(obj, json_container{json_repr(j)}, j, ctx);
  }
}

// A fresh object's fields from a JSON dict. A plain field is written directly: the object is
// new, so nothing depends on it yet (no cache to forget), and no validator runs.
template <class C>
void load_fields(C& obj, const nlohmann::json& j, json_context& ctx) {
  for_each_json_field<C>([&]<class Info>(Info) {
    if (ctx.full()) return;
    auto at = j.find(Info::name.view());
    json_context::scope path(ctx, Info::name.view());
    if (at == j.end()) {
      // A validator with a default (descr::Default, descr::Optional) takes it, as pydantic
      // fills a missing field's default; it goes through the validator as a given value does.
      if constexpr (Info::validated &&
                    requires { Info::descriptor_object().default_value(); }) {
        set_validated<Info>(obj, Info::descriptor_object().default_value(), nlohmann::json(),
                            ctx);
      } else if (Info::required) {
        ctx.error("Field required");
      }
    } else if constexpr (Info::validated) {
      load_validated<Info>(obj, *at, ctx);
    } else {
      typename Info::value_type value{};
      if (json_value<typename Info::value_type>::load(*at, value, ctx))
        value_in<typename Info::cell>(obj) = std::move(value);
    }
  });
  if (ctx.options().forbid_extra)
    for (const auto& [key, value] : j.items())
      if (!is_json_field_name<C>(key)) {
        json_context::scope path(ctx, key);
        ctx.error("Extra inputs are not permitted");
      }
}

}  // namespace detail

// A descr class is a JSON dict of its fields (fields.hpp). Loading builds a new object
// (default-constructed, then each field set) and gives it only when every field passed.
template <Object C>
struct json_value<C> {
  static constexpr bool scalar = false;
  static constexpr std::string_view expected = "a dict";
  static bool load(const nlohmann::json& j, C& out, detail::json_context& ctx) {
    static_assert(std::is_default_constructible_v<C>,
                  "descr's JSON loader builds a new object of the class, then sets each field: "
                  "the class must be default-constructible");
    if (!j.is_object()) return ctx.error(detail::expected_kind<C>(j)), false;
    std::size_t before = ctx.error_count();
    C obj{};
    detail::load_fields(obj, j, ctx);
    if (ctx.error_count() != before) return false;
    out = std::move(obj);
    return true;
  }
  // The fields that are present (an absent one, never set, is left out, as vars leaves it).
  static nlohmann::json dump(const C& obj) {
    nlohmann::json out = nlohmann::json::object();
    detail::for_each_json_field<C>([&]<class Info>(Info) {
      using Cell = typename Info::cell;
      const auto& value = detail::value_in<Cell>(obj);
      if (detail::is_present<Cell>(value))
        out[std::string(Info::name.view())] =
            json_value<typename Info::value_type>::dump(detail::present_value<Cell>(value));
    });
    return out;
  }
  static nlohmann::json schema(const json_options& o) {
    nlohmann::json s = {{"title", std::string(name_of<C>)}, {"type", "object"}};
    nlohmann::json properties = nlohmann::json::object();
    nlohmann::json required = nlohmann::json::array();
    detail::for_each_json_field<C>([&]<class Info>(Info) {
      using T = typename Info::value_type;
      nlohmann::json p = json_value<T>::schema(o);
      if constexpr (Info::validated) {
        nlohmann::json rules = json_rules<typename Info::descriptor>::schema(
            Info::descriptor_object());
        bool clash = false;
        for (const auto& [k, v] : rules.items()) clash = clash || p.contains(k);
        if (clash) p = {{"allOf", {std::move(p), std::move(rules)}}};
        else p.update(rules);
      }
      properties[std::string(Info::name.view())] = std::move(p);
      if (Info::required) required.push_back(std::string(Info::name.view()));
    });
    s["properties"] = std::move(properties);
    if (!required.empty()) s["required"] = std::move(required);
    if (o.forbid_extra) s["additionalProperties"] = false;
    return s;
  }
};

}  // namespace descr
