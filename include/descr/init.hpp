#pragma once
// Construction by keyword, Python's Component(name='WIDGET', kind='metal', quantity=5):
//
//   auto c = descr::make<Component>(descr::kw<"name"> = "WIDGET", descr::kw<"kind"> = "metal",
//                                   descr::kw<"quantity"> = 5);
//
// or, in a class that declares the keyword constructor (the __init__ attrs writes for you):
//
//   template <descr::keyword_argument... K>
//   Component(K&&... kw) { descr::init(*this, std::forward<K>(kw)...); }
//
// The keywords a class takes are its parameters: its fields and the descriptors that keep a
// per-instance value under another name (validators, member, observable; not a cache stored
// under its own name, cached_property), along its MRO, base-most class first, each name once.
// Each is set with descr::setattr, so every value goes through its validator, in declaration
// order; a parameter not given takes its default (a field's defaults_to<v> or
// default_factory<f>, a descriptor's default_value(): descr::Default, descr::Optional), an
// absentable field stays absent, and any other is required. An unknown keyword, one given
// twice and a required one missing are compile errors naming the class and the attribute.
#include <array>
#include <cstddef>
#include <exception>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "access.hpp"
#include "detail/class_attributes.hpp"
#include "diagnostics.hpp"
#include "keyword.hpp"
#include "layout.hpp"
#include "parameters.hpp"
#include "validators/validator.hpp"

namespace descr::diagnostics {
// Python: Component.__init__() got an unexpected keyword argument 'colour'. Give only the
// class's parameters (its fields and validated attributes), or declare the attribute.
template <class Class, fixed_string Name>
inline constexpr bool keyword_argument_is_a_parameter = false;
// Python: SyntaxError: keyword argument repeated: name. Give each keyword once.
template <class Class, fixed_string Name>
inline constexpr bool keyword_argument_given_once = false;
// Python: Component.__init__() missing 1 required keyword-only argument: 'quantity'. Give it,
// or declare a default (field option descr::defaults_to<v>, descr::Default{validator, v}).
template <class Class, fixed_string Name>
inline constexpr bool required_keyword_argument_given = false;
// descr::make<C> builds a C first and then sets its attributes: give C a default constructor
// (or declare a keyword constructor and call it: C(descr::kw<"x"> = 1)).
template <class Class>
inline constexpr bool made_class_is_default_constructible = false;
// Write every argument as descr::kw<"name"> = value.
template <class Class, class Argument>
inline constexpr bool argument_is_a_keyword = false;
}  // namespace descr::diagnostics

namespace descr {
namespace detail {

// Each error in a function of its own, so that g++'s first line ("In instantiation of ...
// [with C = Component; Name = "colour"]") names the class and the attribute. Each returns
// false: the keyword construction then does nothing more, and adds no second error.
template <class C, fixed_string Name>
constexpr bool unexpected_keyword() {
  static_assert(diagnostics::keyword_argument_is_a_parameter<C, Name>,
                "got an unexpected keyword argument: the class has no parameter of this name");
  return false;
}
template <class C, fixed_string Name>
constexpr bool repeated_keyword() {
  static_assert(diagnostics::keyword_argument_given_once<C, Name>,
                "keyword argument repeated: the same keyword is given twice");
  return false;
}
template <class C, fixed_string Name>
constexpr bool missing_keyword() {
  static_assert(diagnostics::required_keyword_argument_given<C, Name>,
                "missing a required keyword argument: the parameter has no default; give it");
  return false;
}

// Whether a keyword of that name is among the keyword arguments K.
template <fixed_string Name, class... K>
inline constexpr bool given = first_true({K::name == Name...}) != sizeof...(K);
template <class Keywords, class P>
inline constexpr bool missing_required = false;
template <class... K, class P>
inline constexpr bool missing_required<list<K...>, P> =
    P::missing == when_missing::required && !given<P::name, K...>;

template <class C, class Keywords, class... P>
constexpr std::size_t first_missing(list<P...>*) {
  return first_true({missing_required<Keywords, P>...});
}

// What is wrong with keyword arguments K (all keyword_args) for class C: the position of the
// first unknown one, of the first repeated one, and of the first required parameter missing
// (each its list's size when none).
template <class C, class... K>
struct keyword_check {
  using params = typename parameters_impl<C>::type;
  static constexpr std::size_t unknown =
      first_true({index_of_name<K::name>(static_cast<params*>(nullptr)) == params::size...});
  static constexpr std::size_t twice = [] {
    constexpr std::string_view given[] = {std::string_view(), K::name.view()...};
    for (std::size_t i = 0; i != sizeof...(K); ++i)
      for (std::size_t j = 0; j != i; ++j)
        if (given[i + 1] == given[j + 1]) return i;
    return sizeof...(K);
  }();
  static constexpr std::size_t missing =
      first_missing<C, list<K...>>(static_cast<params*>(nullptr));
};

// The first keyword whose value its attribute's setattr does not take, or their count.
template <class C, class... K>
constexpr std::size_t first_wrong_value() {
  return first_true({set_misuse<C, K::name, C, typename K::value_type&&>() != misuse::none...});
}
// setattr's own compile error for it (`wrong type for attribute`), before any set is
// instantiated.
template <class C, class B>
constexpr void wrong_value() {
  report<set_misuse<C, B::name, C, typename B::value_type&&>(), C, B::name,
         std::remove_cvref_t<typename B::value_type>>();
}

// One compile error for keyword arguments K of class C, or none: returns whether they are right.
template <class C, class... K>
constexpr bool keywords_ok() {
  constexpr std::size_t n = sizeof...(K);
  constexpr std::size_t positional = first_true({!is_keyword_arg<K>...});
  if constexpr (positional != n) {
    static_assert(diagnostics::argument_is_a_keyword<C, type_at<positional % n, K...>>,
                  "keyword construction takes keyword arguments only: descr::kw<\"name\"> = value");
    return false;
  } else {
    using check = keyword_check<C, K...>;
    using params = typename check::params;
    if constexpr (check::unknown != n)
      return unexpected_keyword<C, type_at<check::unknown % n, K...>::name>();
    else if constexpr (check::twice != n)
      return repeated_keyword<C, type_at<check::twice % n, K...>::name>();
    else if constexpr (check::missing != params::size)
      return missing_keyword<C, at<params, check::missing % params::size>::name>();
    else
      return true;
  }
}

// In constant evaluation, a value the attribute's constant validator rejects (one that declares
// rejections and rejection(value): validator.hpp) stops the evaluation at a call that names the
// class, the attribute and the reason, rather than at the validator's throw. Each step returns
// before the next is called, so that the compilers print a short chain above the error.
template <class P>
struct rejections_of {
  using type = rejections<>;
};
template <class P>
  requires(P::member::kind == member_kind::attr &&
           requires { typename P::member::descriptor_type::rejections; })
struct rejections_of<P> {
  using type = typename P::member::descriptor_type::rejections;
};
template <class P, class V>
constexpr int rejection_code(const V& value) {
  if constexpr (requires { P::member::prototype.rejection(value); })
    return P::member::prototype.rejection(value);
  else
    return 0;
}
// The code of the value parameter P gets from keywords K (or its default): 0 if taken.
template <class P, class... K>
constexpr int code_of(const K&... kw) {
  if constexpr (std::is_same_v<typename rejections_of<P>::type, rejections<>>) {
    return 0;
  } else {
    constexpr std::size_t i = first_true({K::name == P::name...});
    if constexpr (i != sizeof...(K))
      return rejection_code<P>(std::get<i>(std::forward_as_tuple(kw...)).value);
    else if constexpr (P::missing == when_missing::use_default)
      return rejection_code<P>(P::provider::value());
    else
      return 0;
  }
}
template <class C, fixed_string Name, fixed_string... Why>
constexpr void report_rejection(int code, rejections<Why...>*) {
  int i = 0;
  ((++i == code ? diagnostics::value_rejected_in_constant_evaluation<C, Name, Why>() : void()),
   ...);
}
template <class C, class... P, class... K>
constexpr void check_constants(list<P...>*, const K&... kw) {
  (report_rejection<C, P::name>(code_of<P>(kw...),
                                static_cast<typename rejections_of<P>::type*>(nullptr)),
   ...);
}

template <std::size_t I, class... K>
constexpr decltype(auto) keyword_value(K&... kw) {
  auto& k = std::get<I>(std::forward_as_tuple(kw...));
  using V = decltype(k.value);
  return static_cast<V&&>(k.value);
}

}  // namespace detail


// self.__init__(**kw): sets each parameter of obj's class from its keyword, or its default, in
// declaration order, through descr::setattr (each value through its validator). An exception
// propagates from the set that threw; what was set before it stays set (a constructor that
// throws destroys it all: use it in a constructor or through descr::make).
template <Object C, class... K>
constexpr void init(C& obj, K&&... kw) {
  using Self = detail::class_of<C>;
  if constexpr (detail::keywords_ok<Self, std::remove_cvref_t<K>...>()) {
    constexpr std::size_t bad = detail::first_wrong_value<Self, std::remove_cvref_t<K>...>();
    if constexpr (bad != sizeof...(K)) {
      detail::wrong_value<Self, detail::type_at<bad, std::remove_cvref_t<K>...>>();
    } else {
      if (std::is_constant_evaluated())
        detail::check_constants<Self>(static_cast<parameters_t<Self>*>(nullptr), kw...);
      detail::for_each_type<parameters_t<Self>>([&]<class P>(P*) {
        constexpr std::size_t i =
            detail::first_true({std::remove_cvref_t<K>::name == P::name...});
        if constexpr (i != sizeof...(K))
          setattr<P::name>(obj, detail::keyword_value<i>(kw...));
        else if constexpr (P::missing == detail::when_missing::use_default)
          setattr<P::name>(obj, P::provider::value());
      });
    }
  }
}

// C(name=..., kind=...): a C built by keyword: by C's keyword constructor where it declares one
// (template <keyword_argument... K> C(K&&...)), else default-constructed and then
// init(obj, kw...). If a set throws, the exception propagates and the half-built C is destroyed
// (nothing it holds leaks).
template <Object C, class... K>
constexpr C make(K&&... kw) {
  if constexpr (sizeof...(K) != 0 && std::is_constructible_v<C, K&&...>) {
    return C(std::forward<K>(kw)...);
  } else if constexpr (!std::is_default_constructible_v<C>) {
    static_assert(diagnostics::made_class_is_default_constructible<C>,
                  "descr::make<C> needs a default constructor of C");
    std::terminate();  // not reached: the class does not compile
  } else {
    C obj;
    init(obj, std::forward<K>(kw)...);
    return obj;
  }
}

}  // namespace descr
