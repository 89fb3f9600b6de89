#pragma once
// A string usable as a template argument: attribute names are compile-time constants.
#include "detail/config.hpp"
#include <cstddef>
#include <string_view>
#include <utility>

namespace descr {

// One public array member and nothing else, so that compilers print it in diagnostics as
// fixed_string<4>{"age"}: the attribute's name appears in the error the user reads.
template <std::size_t N>
struct fixed_string {
  char data[N];

  // Its implicit deduction guide deduces N from a literal. No explicit guide: a second, equal
  // one costs every `getattr<"x">` a tie-break in class template argument deduction (clang:
  // 30 M instructions of a 200-attribute benchmark file, 1%). The characters are copied as
  // one initializer list, not by a loop: each name (an attribute's, an access's) is built in
  // constant evaluation, where a loop's iteration costs several steps (clang: 0.1 G
  // instructions less for a class of 1000 attributes read and written once each).
  constexpr fixed_string(const char (&s)[N]) noexcept
      : fixed_string(s, std::make_index_sequence<N>{}) {}
  constexpr fixed_string() noexcept : data{} {}

  static constexpr std::size_t size() noexcept { return N - 1; }
  constexpr std::string_view view() const noexcept { return {data, N - 1}; }
  constexpr operator std::string_view() const noexcept { return view(); }

  // A loop of its own: std::string_view's == costs the constant evaluators many calls.
  template <std::size_t M>
  constexpr bool operator==(const fixed_string<M>& other) const noexcept {
    if constexpr (M != N) {
      return false;
    } else {
      for (std::size_t i = 0; i != N; ++i)
        if (data[i] != other.data[i]) return false;
      return true;
    }
  }
  template <std::size_t M>
  constexpr bool operator==(const char (&s)[M]) const noexcept {
    return view() == std::string_view{s, M - 1};
  }

 private:
  template <std::size_t... I>
  constexpr fixed_string(const char (&s)[N], std::index_sequence<I...>) noexcept : data{s[I]...} {}
};

// "_" + name: the private name under which a descriptor keeps its per-instance value.
template <std::size_t N>
constexpr fixed_string<N + 1> private_name_of(const fixed_string<N>& name) noexcept {
  fixed_string<N + 1> out;
  out.data[0] = '_';
  for (std::size_t i = 0; i != N; ++i) out.data[i + 1] = name.data[i];
  return out;
}

// The private name as a constant with static storage, for views that outlive the expression.
template <fixed_string Name>
inline constexpr auto private_name = private_name_of(Name);

// "." + name: a storage name that vars, dir and the Hana adapter do not list, as Python's
// __slots__ keep their values outside the instance __dict__ (descr::member stores there). No
// attribute is spelled with a dot, so it cannot clash with a field.
template <std::size_t N>
constexpr fixed_string<N + 1> hidden_name_of(const fixed_string<N>& name) noexcept {
  fixed_string<N + 1> out = private_name_of(name);
  out.data[0] = '.';
  return out;
}
constexpr bool is_hidden_name(std::string_view name) noexcept {
  return !name.empty() && name[0] == '.';
}

}  // namespace descr
