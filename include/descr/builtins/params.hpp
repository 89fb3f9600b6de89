#pragma once
// Parameter names, so that a function takes keyword arguments as Python's does:
//
//   def forward(self, hidden_states, attention_mask): ...
//   descr::attr<"forward", descr::function{descr::params<"self", "hidden_states",
//       "attention_mask">([](auto& self, const T& h, const M& m) { ... })}>
//
//   descr::getattr<"forward">(layer)(descr::kw<"attention_mask"> = m, descr::kw<"hidden_states"> = h);
//
// The names cover every parameter, self included, as Python's signature does, so the function
// read from the class takes `self` by keyword too. Keywords follow the positional arguments and
// fill the parameters after them, in any order; the call passes the values in parameter order.
// A parameter left out at the end keeps the C++ default of f's parameter (or another overload);
// one left out before a given one cannot, and is a compile error. A keyword that names no
// parameter, names one a positional argument already fills, or comes twice is a compile error
// too, in Python's words, naming the keyword (and, through a bound method, its class and
// method). Wrap the function for function, staticmethod and classmethod alike.
#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "../detail/poison.hpp"
#include "../detail/typelist.hpp"
#include "../fixed_string.hpp"
#include "../keyword.hpp"

namespace descr::diagnostics {
// The keyword of a call, as the compilers print it: argument_name<"attention_mask">.
template <fixed_string Name>
struct argument_name {};
// Python: SyntaxError: positional argument follows keyword argument. Put the positional
// arguments first.
template <class Class, fixed_string Method, class Keyword>
inline constexpr bool positional_argument_follows_keyword_argument = false;
// Python: f() got an unexpected keyword argument 'z'. Use one of the names in descr::params.
template <class Class, fixed_string Method, class Keyword>
inline constexpr bool keyword_names_a_parameter = false;
// Python: f() got multiple values for argument 'x'. Pass it either by position or by keyword.
template <class Class, fixed_string Method, class Keyword>
inline constexpr bool argument_given_one_value = false;
// Python: SyntaxError: keyword argument repeated: x. Give each keyword once.
template <class Class, fixed_string Method, class Keyword>
inline constexpr bool keyword_argument_not_repeated = false;
// Python: f() missing 1 required positional argument: 'x'. Give it: C++ can only leave out
// trailing arguments, so a parameter before a given keyword has no default here.
template <class Class, fixed_string Method, class Keyword>
inline constexpr bool required_argument_given = false;
}  // namespace descr::diagnostics

namespace descr {
namespace detail {

template <fixed_string... Names>
struct names {};

template <std::size_t I, class Names>
struct name_at;
template <std::size_t I, fixed_string... Names>
struct name_at<I, names<Names...>> {
  using type = type_at<I, diagnostics::argument_name<Names>...>;
};

template <class A>
inline constexpr std::string_view keyword_name_of = {};
template <fixed_string Name, class V>
inline constexpr std::string_view keyword_name_of<keyword_arg<Name, V>> = Name.view();

// How the arguments of a call fill the parameters: `from[i]` is the argument that fills
// parameter i, for the `count` first parameters; or the problem, and which argument (or, for
// a missing one, which parameter) it concerns.
struct call_problem {
  static constexpr int none = 0, positional_after_keyword = 1, unexpected_keyword = 2,
                       multiple_values = 3, repeated_keyword = 4, missing_argument = 5;
};
template <std::size_t N>
struct keyword_binding {
  int problem = call_problem::none;
  std::size_t culprit = 0;
  std::array<std::size_t, N> from{};
};

template <class Names, class... A>
struct bind_keywords;
template <fixed_string... Names, class... A>
struct bind_keywords<names<Names...>, A...> {
  static constexpr auto value = [] {
    constexpr std::size_t n = sizeof...(A);
    const std::array<std::string_view, sizeof...(Names)> params{Names.view()...};
    const std::array<std::string_view, n> kws{keyword_name_of<std::remove_cvref_t<A>>...};
    keyword_binding<n> r;
    auto fail = [&r](int problem, std::size_t culprit) {
      r.problem = problem;
      r.culprit = culprit;
      return r;
    };
    std::size_t positional = 0;
    while (positional != n && kws[positional].empty()) ++positional;
    for (std::size_t i = 0; i != positional; ++i) r.from[i] = i;
    std::array<bool, sizeof...(Names)> filled{};
    std::size_t end = positional;  // one past the last parameter a keyword fills
    for (std::size_t i = positional; i != n; ++i) {
      if (kws[i].empty()) return fail(call_problem::positional_after_keyword, i - 1);
      std::size_t p = 0;
      while (p != params.size() && params[p] != kws[i]) ++p;
      if (p == params.size()) return fail(call_problem::unexpected_keyword, i);
      if (p < positional) return fail(call_problem::multiple_values, i);
      if (filled[p]) return fail(call_problem::repeated_keyword, i);
      filled[p] = true;
      if (p < n) r.from[p] = i;
      if (p + 1 > end) end = p + 1;
    }
    // Every parameter up to the last one given is filled: then end == n.
    for (std::size_t p = positional; p != end; ++p)
      if (!filled[p]) return fail(call_problem::missing_argument, p);
    return r;
  }();
};

// The value an argument passes: a keyword's value, a positional argument itself.
template <class K>
struct keyword_named {
  using type = void;
};
template <fixed_string Name, class V>
struct keyword_named<keyword_arg<Name, V>> {
  using type = diagnostics::argument_name<Name>;
};

template <class A>
constexpr decltype(auto) argument_value(A&& a) noexcept {
  if constexpr (is_keyword_arg<std::remove_cvref_t<A>>)
    return static_cast<typename std::remove_cvref_t<A>::value_type&&>(a.value);
  else
    return static_cast<A&&>(a);
}
template <class A>
using argument_value_t = decltype(argument_value(std::declval<A>()));

template <class F, class Names, class Seq, class... A>
inline constexpr bool invocable_bound = false;
template <class F, class Names, std::size_t... I, class... A>
inline constexpr bool invocable_bound<F, Names, std::index_sequence<I...>, A...> =
    std::is_invocable_v<F, argument_value_t<type_at<bind_keywords<Names, A...>::value.from[I],
                                                    A&&...>>...>;

// Whether f, whose parameters are Names, takes the arguments A.
template <class F, class Names, class... A>
inline constexpr bool takes_by_keyword =
    bind_keywords<Names, A...>::value.problem == call_problem::none &&
    invocable_bound<F, Names, std::index_sequence_for<A...>, A...>;

template <class Names, class... A, std::size_t... I>
constexpr decltype(auto) call_by_keyword(const auto& f, std::index_sequence<I...>, A&&... a) {
  constexpr auto& binding = bind_keywords<Names, A...>::value;
  auto args = std::forward_as_tuple(static_cast<A&&>(a)...);
  return f(argument_value(std::get<binding.from[I]>(std::move(args)))...);
}

// The error of a call whose keywords do not fit the parameters, in Python's words. Class and
// Method name the bound method (void and "" for a call of the function itself).
template <class Class, fixed_string Method, class Names, class... A>
constexpr poison report_keywords() {
  constexpr auto binding = bind_keywords<Names, A...>::value;
  // The keyword concerned, or for a missing argument the parameter.
  using Named = typename std::conditional_t<
      binding.problem == call_problem::missing_argument, name_at<binding.culprit, Names>,
      keyword_named<type_at<binding.culprit % sizeof...(A), std::remove_cvref_t<A>...>>>::type;
  if constexpr (binding.problem == call_problem::positional_after_keyword)
    static_assert(diagnostics::positional_argument_follows_keyword_argument<
                      Class, Method, Named>,
                  "positional argument follows keyword argument");
  else if constexpr (binding.problem == call_problem::unexpected_keyword)
    static_assert(diagnostics::keyword_names_a_parameter<
                      Class, Method, Named>,
                  "got an unexpected keyword argument: the function's descr::params do not "
                  "name it");
  else if constexpr (binding.problem == call_problem::multiple_values)
    static_assert(diagnostics::argument_given_one_value<
                      Class, Method, Named>,
                  "got multiple values for argument: a positional argument fills it already");
  else if constexpr (binding.problem == call_problem::repeated_keyword)
    static_assert(diagnostics::keyword_argument_not_repeated<
                      Class, Method, Named>,
                  "keyword argument repeated");
  else if constexpr (binding.problem == call_problem::missing_argument)
    static_assert(diagnostics::required_argument_given<Class, Method, Named>,
                  "missing required argument: a parameter before a given keyword is not given");
  return {};
}

}  // namespace detail

// f, with the names of its parameters: params<"self", "x">(f). Called with keyword arguments,
// it passes every value in parameter order; called without, it is f.
template <class F, fixed_string... Names>
struct with_params {
  F func;

  template <class... A>
    requires detail::takes_by_keyword<const F&, detail::names<Names...>, A...>
  constexpr decltype(auto) operator()(A&&... a) const {
    return detail::call_by_keyword<detail::names<Names...>>(func, std::index_sequence_for<A...>{},
                                                           static_cast<A&&>(a)...);
  }
  // Keywords that do not fit are the one error (see report_keywords); other arguments f does
  // not take are C++'s own error, as for any function.
  template <class... A>
    requires(detail::bind_keywords<detail::names<Names...>, A...>::value.problem !=
             detail::call_problem::none)
  constexpr detail::poison operator()(A&&...) const {
    return detail::report_keywords<void, fixed_string<1>{}, detail::names<Names...>, A...>();
  }
};

template <fixed_string... Names>
struct params_t {
  template <class F>
  constexpr with_params<F, Names...> operator()(F f) const {
    return {f};
  }
};
template <fixed_string... Names>
inline constexpr params_t<Names...> params{};

namespace detail {
// Whether a bound method's function takes (self, a...): by keyword for a function with
// params, as C++ calls it otherwise.
template <class F, class... A>
inline constexpr bool takes_arguments = std::is_invocable_v<F, A...>;
template <class F, fixed_string... Names, class... A>
inline constexpr bool takes_arguments<const with_params<F, Names...>&, A...> =
    takes_by_keyword<const F&, names<Names...>, A...>;
template <class F, class... A>
inline constexpr bool keywords_misfit = false;
template <class F, fixed_string... Names, class... A>
inline constexpr bool keywords_misfit<const with_params<F, Names...>&, A...> =
    bind_keywords<names<Names...>, A...>::value.problem != call_problem::none;
template <class F>
struct parameter_names_of {
  using type = names<>;
};
template <class F, fixed_string... Names>
struct parameter_names_of<with_params<F, Names...>> {
  using type = names<Names...>;
};
}  // namespace detail

}  // namespace descr
