#pragma once
// descr::refusal: why a validator refuses a value, said without raising: Python's exception
// type (TypeError or ValueError) and its message. A validator's why_not(value) returns one (or
// nothing for a value it takes), and its validate raises what why_not returns, so the message
// is written once and the JSON loader built without exceptions (try_load_json) reports the
// same words as the exception build:
//
//   struct Even : descr::Validator<Even, int> {
//     std::optional<descr::refusal> why_not(int value) const {
//       if (value % 2) return descr::refusal{"Expected " + std::to_string(value) + " to be even"};
//       return std::nullopt;
//     }
//     void validate(int value) const { descr::raise_if(why_not(value)); }
//   };
//
// List puts an item's index before its item's refusal ("[2]: ..."), Optional, AllOf and Default
// pass their validators' on; every validator of descr's declares why_not.
#include <concepts>
#include <optional>
#include <string>
#include <utility>

#include "../errors.hpp"

namespace descr {

struct refusal {
  enum kind_t : unsigned char { value_error, type_error };  // Python's ValueError, TypeError
  std::string message;
  kind_t kind = value_error;
};

// Raises Python's error for a refusal: descr::type_error or descr::value_error with its
// message. Out of line (a cold path); not constexpr, so that a refused constant stops constant
// evaluation here.
[[noreturn, gnu::cold, gnu::noinline]] inline void raise(const refusal& r) {
  if (r.kind == refusal::type_error) DESCR_DETAIL_RAISE(type_error(r.message));
  DESCR_DETAIL_RAISE(value_error(r.message));
}
// Raises r's error if there is one.
constexpr void raise_if(const std::optional<refusal>& r) {
  if (r.has_value()) [[unlikely]]
    raise(*r);
}

namespace detail {
// Whether validator D says why it refuses a V without raising.
template <class D, class V>
concept says_why_not = requires(const D& d, const V& v) {
  { d.why_not(v) } -> std::same_as<std::optional<refusal>>;
};

// A TypeError's refusal.
inline refusal type_refusal(std::string message) {
  return {std::move(message), refusal::type_error};
}
}  // namespace detail

}  // namespace descr
