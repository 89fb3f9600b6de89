#pragma once
// descr::NonEmpty: a str or a list that is not empty (pydantic's min_length=1, with a message
// of its own):
//   descr::attr<"title", descr::NonEmpty{}>                      a std::string
//   descr::attr<"tags", descr::NonEmpty<std::vector<std::string>>{}>
#include <optional>
#include <string>
#include <string_view>

#include "../errors.hpp"
#include "refusal.hpp"
#include "validator.hpp"

namespace descr {

// class NonEmpty(Validator):
//     def validate(self, value):
//         if len(value) == 0:
//             raise ValueError(f'Expected {value!r} to be non-empty')
//
// T, the stored type: std::string (the default; a set takes any text) or a sequence type. A
// value with no length is the `wrong type for attribute` compile error.
template <class T = std::string>
struct NonEmpty : Validator<NonEmpty<T>, T> {
  // validate's verdict without raising (refusal.hpp).
  template <class V>
    requires detail::string_like<V> || requires(const V& v) { v.begin() == v.end(); }
  constexpr std::optional<refusal> why_not(const V& value) const {
    bool empty;
    if constexpr (detail::string_like<V>) empty = std::string_view(value).empty();
    else empty = value.begin() == value.end();
    if (empty) return refusal{detail::expected(detail::message_repr(value), "non-empty")};
    return std::nullopt;
  }
  template <class V>
    requires detail::string_like<V> || requires(const V& v) { v.begin() == v.end(); }
  constexpr void validate(const V& value) const {
    raise_if(why_not(value));
  }
};

}  // namespace descr
