#pragma once
// descr::OneOf: the HowTo's OneOf validator, a str among fixed options:
//   descr::attr<"kind", descr::OneOf{"wood", "metal", "plastic"}>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "../errors.hpp"
#include "../slot.hpp"
#include "refusal.hpp"
#include "validator.hpp"

namespace descr {

// class OneOf(Validator):
//     def __init__(self, *options):
//         self.options = set(options)
//     def validate(self, value):
//         if value not in self.options:
//             raise ValueError(f'Expected {value!r} to be one of {self.options!r}')
//
// The options are string literals, kept in fixed arrays (a structural type, so the validator
// is a template argument). It stores a std::string; a set takes any text (a string literal,
// std::string, std::string_view), anything else is the `wrong type for attribute` compile
// error (a std::variant holding something else is Python's ValueError at run time). Python
// prints the options as a set, in an order that changes from run to run with string hashing;
// descr prints them in declaration order, each once. OneOf{} (no options) does not compile.
template <std::size_t Count, std::size_t Chars>
struct OneOf {
  char text[Chars + 1] = {};          // the options one after another, each ending in '\0'
  std::size_t sizes[Count + 1] = {};  // their lengths

  template <std::size_t... N>
    requires(sizeof...(N) == Count && (0 + ... + N) == Chars)
  constexpr OneOf(const char (&... options)[N]) noexcept {
    [[maybe_unused]] std::size_t at = 0, i = 0;  // unused by OneOf{}
    (copy(options, N - 1, at, i), ...);
  }

  static constexpr std::size_t size() noexcept { return Count; }
  // The i-th option, in declaration order.
  constexpr std::string_view operator[](std::size_t i) const noexcept {
    std::size_t at = 0;
    for (std::size_t k = 0; k != i; ++k) at += sizes[k] + 1;
    return {text + at, sizes[i]};
  }
  constexpr bool contains(std::string_view s) const noexcept { return find(s) != Count; }

  // {'wood', 'metal', 'plastic'}, as Python prints a set (set() when empty).
  std::string repr() const {
    if (Count == 0) return "set()";
    std::string out = "{";
    for (std::size_t i = 0; i != Count; ++i) {
      if (find((*this)[i]) != i) continue;  // a repeated option: a set holds it once
      if (out.size() > 1) out += ", ";
      out += detail::string_repr((*this)[i]);
    }
    return out + "}";
  }

  // Validator's members, declared here as descr::Number does (see there for why).
  using storage_type = std::string;
  template <class Obj>
  constexpr const std::string& get(Obj&, slot<std::string> private_value) const {
    return private_value.get();
  }
  template <class Obj, class V>
    requires detail::validator_takes<OneOf, std::string, V>
  [[gnu::always_inline]] constexpr void set(Obj&, V&& value,
                                            slot<std::string> private_value) const {
    validated_set(*this, static_cast<V&&>(value), private_value);
  }

  // The membership test inlines into the set, over constant options (a chain of compares, as
  // by hand); the message is made and thrown out of line (a cold path).
  template <class V>
  [[gnu::always_inline]] constexpr void validate(const V& value) const {
    if constexpr (detail::string_like<V>) {
      if (contains(std::string_view(value))) [[likely]]
        return;
    }
    reject(value);
  }

  // validate's verdict without raising (refusal.hpp; what json_rules<OneOf>::check returns).
  template <class V>
  std::optional<refusal> why_not(const V& value) const {
    if constexpr (detail::string_like<V>) {
      if (contains(std::string_view(value))) return std::nullopt;
    }
    return refusal{message(value)};
  }

  // Python's ValueError message for a value validate refuses (also what why_not returns).
  template <class V>
  std::string message(const V& value) const {
    return detail::expected(detail::message_repr(value), "one of " + repr());
  }

  // Checked where the class using it is defined (descr::object).
  constexpr std::string_view constant_error() const {
    if (Count == 0) return "OneOf has no options: it would reject every value";
    return {};
  }

 private:
  // Constexpr, so that a rejected constant stops constant evaluation at the throw.
  template <class V>
  [[noreturn, gnu::cold, gnu::noinline]] constexpr void reject(const V& value) const {
    DESCR_DETAIL_RAISE(value_error(message(value)));
  }
  constexpr std::size_t find(std::string_view s) const noexcept {
    for (std::size_t i = 0; i != Count; ++i)
      if ((*this)[i] == s) return i;
    return Count;
  }
  constexpr void copy(const char* s, std::size_t n, std::size_t& at, std::size_t& i) noexcept {
    for (std::size_t k = 0; k != n; ++k) text[at + k] = s[k];
    at += n + 1;
    sizes[i++] = n;
  }
};

template <std::size_t... N>
OneOf(const char (&... options)[N]) -> OneOf<sizeof...(N), (0 + ... + N)>;

}  // namespace descr
