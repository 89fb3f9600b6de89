#pragma once
// descr::String: the HowTo's String validator, a str of bounded length that satisfies a
// predicate:
//   descr::attr<"name", descr::String{.minsize = 3, .maxsize = 10, .predicate = descr::isupper}>
// and Python's str predicates (str.isupper, ...) as descr::isupper, ...
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "../errors.hpp"
#include "../name_of.hpp"
#include "../slot.hpp"
#include "refusal.hpp"
#include "validator.hpp"

namespace descr {

namespace detail {
// len() of a str held as UTF-8: its code points, the bytes that do not continue a sequence.
constexpr std::size_t code_points(std::string_view s) noexcept {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}
constexpr bool ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
// Python's str.isspace for ASCII: \t \n \v \f \r, the separators \x1c-\x1f, and space.
constexpr bool ascii_space(char c) noexcept {
  return (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= ' ');
}
template <class Test>
constexpr bool all_of(std::string_view s, Test test) noexcept {
  if (s.empty()) return false;
  for (char c : s)
    if (!test(c)) return false;
  return true;
}
inline std::string str_method_repr(std::string_view name) {
  return "<method '" + std::string(name) + "' of 'str' objects>";
}
}  // namespace detail

// Python's str predicates, for String's predicate. ASCII only: a character outside ASCII is
// neither a letter, a digit nor a space here, and is uncased (Python's 'É'.isupper() is true,
// descr::isupper("É") is false). They print as Python prints them:
// <method 'isupper' of 'str' objects>.
//
// str.isupper: at least one cased character, and no lowercase one ('A1' yes, '12' no).
struct isupper_t {
  constexpr bool operator()(std::string_view s) const noexcept {
    bool cased = false;
    for (char c : s) {
      if (detail::ascii_lower(c)) return false;
      cased = cased || detail::ascii_upper(c);
    }
    return cased;
  }
  static std::string repr() { return detail::str_method_repr("isupper"); }
};
// str.islower: at least one cased character, and no uppercase one.
struct islower_t {
  constexpr bool operator()(std::string_view s) const noexcept {
    bool cased = false;
    for (char c : s) {
      if (detail::ascii_upper(c)) return false;
      cased = cased || detail::ascii_lower(c);
    }
    return cased;
  }
  static std::string repr() { return detail::str_method_repr("islower"); }
};
// str.istitle: uppercase letters only after uncased characters, lowercase ones only after
// cased ones, and at least one cased character ('Hello World' yes, 'HeLLo' no).
struct istitle_t {
  constexpr bool operator()(std::string_view s) const noexcept {
    bool cased = false, after_cased = false;
    for (char c : s) {
      if (detail::ascii_upper(c)) {
        if (after_cased) return false;
        after_cased = cased = true;
      } else if (detail::ascii_lower(c)) {
        if (!after_cased) return false;
        after_cased = cased = true;
      } else {
        after_cased = false;
      }
    }
    return cased;
  }
  static std::string repr() { return detail::str_method_repr("istitle"); }
};
// str.isalpha, str.isdigit, str.isalnum, str.isspace: not empty, and every character is one.
struct isalpha_t {
  constexpr bool operator()(std::string_view s) const noexcept {
    return detail::all_of(s, [](char c) { return detail::ascii_upper(c) || detail::ascii_lower(c); });
  }
  static std::string repr() { return detail::str_method_repr("isalpha"); }
};
struct isdigit_t {
  constexpr bool operator()(std::string_view s) const noexcept {
    return detail::all_of(s, detail::ascii_digit);
  }
  static std::string repr() { return detail::str_method_repr("isdigit"); }
};
struct isalnum_t {
  constexpr bool operator()(std::string_view s) const noexcept {
    return detail::all_of(s, [](char c) {
      return detail::ascii_upper(c) || detail::ascii_lower(c) || detail::ascii_digit(c);
    });
  }
  static std::string repr() { return detail::str_method_repr("isalnum"); }
};
struct isspace_t {
  constexpr bool operator()(std::string_view s) const noexcept {
    return detail::all_of(s, detail::ascii_space);
  }
  static std::string repr() { return detail::str_method_repr("isspace"); }
};
// str.isascii: every character is ASCII (the empty string too).
struct isascii_t {
  constexpr bool operator()(std::string_view s) const noexcept {
    for (char c : s)
      if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
  }
  static std::string repr() { return detail::str_method_repr("isascii"); }
};
inline constexpr isupper_t isupper{};
inline constexpr islower_t islower{};
inline constexpr istitle_t istitle{};
inline constexpr isalpha_t isalpha{};
inline constexpr isdigit_t isdigit{};
inline constexpr isalnum_t isalnum{};
inline constexpr isspace_t isspace{};
inline constexpr isascii_t isascii{};

// String without a predicate (Python's predicate=None).
struct no_predicate {};

namespace detail {
// How the message names a predicate, as Python's str() of a function would, without the
// address: its repr() if it has one, <function NAME> for a named type (descr_name, or the
// class's name), <function <lambda>> for a lambda.
template <class P>
std::string predicate_repr(const P& p) {
  if constexpr (requires { p.repr(); }) {
    return std::string(p.repr());
  } else {
    std::string_view name = name_of<P>;
    bool lambda = !declares_name<P> && (name.find("<lambda") != std::string_view::npos ||
                                        name.find("(lambda") != std::string_view::npos);
    return "<function " + (lambda ? std::string("<lambda>") : std::string(name)) + ">";
  }
}
}  // namespace detail

// class String(Validator):
//     def __init__(self, minsize=None, maxsize=None, predicate=None): ...
//     def validate(self, value):
//         if not isinstance(value, str):
//             raise TypeError(f'Expected {value!r} to be an str')
//         if self.minsize is not None and len(value) < self.minsize:
//             raise ValueError(f'Expected {value!r} to be no smaller than {self.minsize!r}')
//         if self.maxsize is not None and len(value) > self.maxsize:
//             raise ValueError(f'Expected {value!r} to be no bigger than {self.maxsize!r}')
//         if self.predicate is not None and not self.predicate(value):
//             raise ValueError(f'Expected {self.predicate} to be true for {value!r}')
//
// Checked in that order; sizes are inclusive and count code points (UTF-8), as Python's len().
// The defaults, 0 and the largest size, bound nothing, as None does. The predicate is called
// with a std::string_view: descr::isupper and its kind, a lambda, a function object (a
// structural type: g++ 12 refuses a function pointer inside a template argument). It stores
// a std::string; a set takes any text, anything else is the `wrong type for attribute` compile
// error (a std::variant holding something else is Python's TypeError at run time).
// String{.minsize = 5, .maxsize = 2} does not compile.
template <class Predicate = no_predicate>
struct String {
  std::size_t minsize = 0;
  std::size_t maxsize = std::numeric_limits<std::size_t>::max();
  Predicate predicate{};

  // Validator's members, declared here as descr::Number does (see there for why).
  using storage_type = std::string;
  template <class Obj>
  constexpr const std::string& get(Obj&, slot<std::string> private_value) const {
    return private_value.get();
  }
  template <class Obj, class V>
    requires detail::validator_takes<String, std::string, V>
  [[gnu::always_inline]] constexpr void set(Obj&, V&& value,
                                            slot<std::string> private_value) const {
    validated_set(*this, static_cast<V&&>(value), private_value);
  }

  // The checks inline into the set, where the sizes are constants; each message is made and
  // thrown out of line (a cold path), so that a validated set costs its tests and the store.
  template <class V>
  [[gnu::always_inline]] constexpr void validate(const V& value) const {
    if constexpr (!detail::string_like<V>) {
      DESCR_DETAIL_RAISE(type_error(detail::expected(detail::message_repr(value), "an str")));
    } else {
      std::string_view s(value);
      std::size_t size = detail::code_points(s);
      if (size < minsize) [[unlikely]]
        reject(s, 1);
      if (size > maxsize) [[unlikely]]
        reject(s, 2);
      if constexpr (!std::is_same_v<Predicate, no_predicate>) {
        if (!predicate(s)) [[unlikely]]
          reject(s, 3);
      }
    }
  }

  // validate's verdict without raising (refusal.hpp; what json_rules<String>::check returns).
  template <class V>
  std::optional<refusal> why_not(const V& value) const {
    if constexpr (!detail::string_like<V>) {
      return detail::not_a_str(value);
    } else {
      std::string_view s(value);
      std::size_t size = detail::code_points(s);
      if (size < minsize) return refusal{message(s, 1)};
      if (size > maxsize) return refusal{message(s, 2)};
      if constexpr (!std::is_same_v<Predicate, no_predicate>) {
        if (!predicate(s)) return refusal{message(s, 3)};
      }
      return std::nullopt;
    }
  }

  // Checked where the class using it is defined (descr::object).
  constexpr std::string_view constant_error() const {
    if (minsize > maxsize) return "minsize is greater than maxsize";
    return {};
  }

  // Python's ValueError message for s: why 1 too short, 2 too long, 3 the predicate is false
  // (also what why_not returns).
  std::string message(std::string_view s, int why) const {
    if (why == 1)
      return detail::expected(detail::string_repr(s),
                              "no smaller than " + detail::int_repr(minsize));
    if (why == 2)
      return detail::expected(detail::string_repr(s),
                              "no bigger than " + detail::int_repr(maxsize));
    return detail::expected(detail::predicate_repr(predicate),
                            "true for " + detail::string_repr(s));
  }

 private:
  // Constexpr, so that a rejected constant stops constant evaluation at the throw, as it did
  // inline.
  [[noreturn, gnu::cold, gnu::noinline]] constexpr void reject(std::string_view s, int why) const {
    DESCR_DETAIL_RAISE(value_error(message(s, why)));
  }
};

}  // namespace descr
