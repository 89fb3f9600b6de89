#pragma once
// descr::Pattern: a str that matches a regular expression (pydantic's pattern=, attrs'
// matches_re), searched anywhere in the value as Python's re.search does; anchor it with ^ and
// $ to match the whole value:
//   descr::attr<"code", descr::Pattern<"^[A-Z]{3}-[0-9]+$">{}>
// Not in <descr/validators.hpp>: <regex> costs every translation unit that includes it.
#include <optional>
#include <regex>
#include <string>
#include <string_view>

#include "../errors.hpp"
#include "../fixed_string.hpp"
#include "refusal.hpp"
#include "validator.hpp"

namespace descr {

namespace detail {
// What a regular expression's syntax check finds wrong, at compile time, or an empty view:
// unbalanced parentheses or brackets, a trailing backslash, a quantifier with nothing to
// repeat. std::regex is not constexpr; what this misses, std::regex finds at the first set.
constexpr std::string_view pattern_syntax_error(std::string_view p) {
  int depth = 0;
  bool in_class = false, can_repeat = false;
  for (std::size_t i = 0; i != p.size(); ++i) {
    char c = p[i];
    if (c == '\\') {
      if (++i == p.size()) return "the pattern ends with a backslash";
      can_repeat = true;
    } else if (in_class) {
      if (c == ']') in_class = false, can_repeat = true;
    } else if (c == '[') {
      in_class = true;
      if (i + 1 != p.size() && p[i + 1] == ']') ++i;  // []...] : a ']' first is a character
    } else if (c == '(') {
      ++depth, can_repeat = false;
      if (i + 1 != p.size() && p[i + 1] == '?') ++i;  // (?:  (?=  (?!
    } else if (c == ')') {
      if (depth-- == 0) return "the pattern has an unbalanced ')'";
      can_repeat = true;
    } else if (c == '*' || c == '+' || c == '?') {
      if (!can_repeat) return "the pattern has a quantifier with nothing to repeat";
      can_repeat = c == '?' ? false : true;  // a '?' after a quantifier makes it lazy
      if (c != '?' && i + 1 != p.size() && p[i + 1] == '?') ++i;
    } else if (c == '|' || c == '^') {
      can_repeat = false;
    } else {
      can_repeat = true;
    }
  }
  if (in_class) return "the pattern has an unterminated character set '['";
  if (depth != 0) return "the pattern has an unbalanced '('";
  return {};
}
}  // namespace detail

// class Pattern(Validator):
//     def __init__(self, pattern): self.regex = re.compile(pattern)
//     def validate(self, value):
//         if not isinstance(value, str):
//             raise TypeError(f'Expected {value!r} to be an str')
//         if not self.regex.search(value):
//             raise ValueError(f'Expected {value!r} to match {self.regex.pattern!r}')
//
// The pattern is ECMAScript's syntax (std::regex's default), which Python's re shares for the
// usual patterns (classes, anchors, groups, quantifiers, \d \w \s); one difference: Python's $
// also matches before a final newline, ECMAScript's only at the end. It is a template argument
// so that it is compiled once per pattern, at its first set; a pattern that std::regex
// rejects then raises descr::value_error (Python's re.error at class creation), and the
// commonest syntax errors are compile errors where the class is defined. It stores a
// std::string; a set takes any text.
template <fixed_string P>
struct Pattern : Validator<Pattern<P>, std::string> {
  static constexpr std::string_view pattern = P.view();

  // validate's verdict without raising (refusal.hpp).
  template <class V>
  std::optional<refusal> why_not(const V& value) const {
    if constexpr (!detail::string_like<V>) {
      return detail::not_a_str(value);
    } else {
      std::string_view s(value);
      if (!std::regex_search(s.begin(), s.end(), compiled()))
        return refusal{"Expected " + detail::string_repr(s) + " to match " +
                       detail::string_repr(pattern)};
      return std::nullopt;
    }
  }
  template <class V>
  void validate(const V& value) const {
    raise_if(why_not(value));
  }

  constexpr std::string_view constant_error() const {
    return detail::pattern_syntax_error(pattern);
  }

 private:
  static const std::regex& compiled() {
    static const std::regex re = [] {
#if defined(__cpp_exceptions)
      try {
        return std::regex(pattern.begin(), pattern.end());
      } catch (const std::regex_error& e) {
        throw value_error("invalid pattern " + detail::string_repr(pattern) + ": " + e.what());
      }
#else
      // constant_error checked the pattern where the class is defined.
      return std::regex(pattern.begin(), pattern.end());
#endif
    }();
    return re;
  }
};

}  // namespace descr
