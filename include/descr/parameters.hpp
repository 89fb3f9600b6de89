#pragma once
// The parameters of a class, what keyword construction (<descr/init.hpp>) takes and what
// descr::Nested checks: its fields and the descriptors that keep a per-instance value under
// another name (validators, member, observable; not a cache kept under its own name,
// cached_property), along its MRO, base-most class first, each name once (a class that
// declares a name again gives its default). Each has a name and says what happens when its
// keyword is missing: its default (a field's defaults_to<v> or default_factory<f>, a constant
// descriptor's default_value()), nothing for an absentable field, else it is required.
#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include "detail/class_attributes.hpp"
#include "layout.hpp"

namespace descr {

// Options of descr::field: its value when a keyword construction does not give it.
//   descr::field<"count", int, descr::defaults_to<3>>
//   descr::field<"tags", std::vector<std::string>, descr::default_factory<[] { return ...; }>>
// defaults_to takes what descr::arg takes (an integer, a floating-point number, a bool or a
// string literal); default_factory<f> calls f() at each construction (attrs' factory=).
template <arg Value>
struct defaults_to {};
template <auto Factory>
struct default_factory {};

namespace detail {

// What a parameter does when its keyword is missing.
struct when_missing {
  static constexpr int required = 0, use_default = 1, stay_absent = 2;
};

template <class M>
struct field_default {
  static constexpr int missing = when_missing::required;
};
template <arg V>
struct field_option_default {
  static constexpr int missing = when_missing::use_default;
  static constexpr auto value() {
    if constexpr (V.kind == arg::kind_t::integer) return V.integer;
    else if constexpr (V.kind == arg::kind_t::floating) return V.floating;
    else if constexpr (V.kind == arg::kind_t::boolean) return V.integer != 0;
    else return static_cast<const char*>(V.string);
  }
};
template <auto F>
struct field_option_factory {
  static constexpr int missing = when_missing::use_default;
  static constexpr auto value() { return F(); }
};
template <class Option>
struct option_default {
  using type = void;
};
template <arg V>
struct option_default<defaults_to<V>> {
  using type = field_option_default<V>;
};
template <auto F>
struct option_default<default_factory<F>> {
  using type = field_option_factory<F>;
};
template <class... T>
struct first_non_void {
  using type = void;
};
template <class T, class... Rest>
struct first_non_void<T, Rest...> {
  using type = std::conditional_t<std::is_void_v<T>, typename first_non_void<Rest...>::type, T>;
};
template <fixed_string Name, class T, class... Options>
struct field_default<field<Name, T, Options...>> {
  using option = typename first_non_void<typename option_default<Options>::type...>::type;
  static constexpr int missing =
      !std::is_void_v<option> ? when_missing::use_default
      : field<Name, T, Options...>::may_be_absent ? when_missing::stay_absent
                                                  : when_missing::required;
  static constexpr auto value() { return option::value(); }
};

// A constant descriptor that declares default_value() (descr::Default, descr::Optional).
template <class M>
struct descriptor_default {
  static constexpr int missing = when_missing::required;
};
template <class M>
  requires(M::kind == member_kind::attr && requires { M::prototype.default_value(); })
struct descriptor_default<M> {
  static constexpr int missing = when_missing::use_default;
  static constexpr decltype(auto) value() { return M::prototype.default_value(); }
};

// Whether a layout member is a keyword parameter (see the top of this header).
template <class M>
consteval bool is_parameter() {
  if constexpr (M::kind == member_kind::field) {
    return true;
  } else if constexpr (is_class_attribute<M>) {
    if constexpr (has_storage<typename M::descriptor_type>) return !(storage_name<M> == M::name);
    else return false;
  } else {
    return false;
  }
}

template <class M>
struct parameter {
  using member = M;
  static constexpr auto name = M::name;
  using provider =
      std::conditional_t<M::kind == member_kind::field, field_default<M>, descriptor_default<M>>;
  static constexpr int missing = provider::missing;
};

template <class K>
struct own_parameters {
  template <class... M>
  static auto of(list<M...>*)
      -> concat<std::conditional_t<is_parameter<M>(), list<parameter<M>>, list<>>...>;
  using type = decltype(of(static_cast<typename layout_of<K>::members*>(nullptr)));
};

// The MRO, base-most class first.
template <class L>
struct reversed;
template <class... K>
struct reversed<list<K...>> {
  static constexpr auto positions = [] {
    std::array<std::size_t, sizeof...(K)> a{};
    for (std::size_t i = 0; i != a.size(); ++i) a[i] = a.size() - 1 - i;
    return a;
  }();
  using type = pick<list<K...>, positions>;
};

// Each name once, where it first appears (a base's position), as declared by the most derived
// class that declares it (its default).
template <class... P>
constexpr auto unique_positions(list<P...>*) {
  constexpr std::string_view names[] = {std::string_view(), P::name.view()...};
  constexpr std::size_t n = sizeof...(P);
  constexpr std::size_t count = [&] {
    std::size_t c = 0;
    for (std::size_t i = 0; i != n; ++i) {
      bool first = true;
      for (std::size_t j = 0; j != i; ++j) first = first && names[j + 1] != names[i + 1];
      c += first;
    }
    return c;
  }();
  std::array<std::size_t, count> out{};
  std::size_t k = 0;
  for (std::size_t i = 0; i != n; ++i) {
    bool first = true;
    for (std::size_t j = 0; j != i; ++j) first = first && names[j + 1] != names[i + 1];
    if (!first) continue;
    std::size_t last = i;
    for (std::size_t j = i + 1; j != n; ++j)
      if (names[j + 1] == names[i + 1]) last = j;
    out[k++] = last;
  }
  return out;
}

template <class C>
struct parameters_impl {
  template <class... K>
  static auto flat(list<K...>*) -> concat<typename own_parameters<K>::type...>;
  using all = decltype(flat(static_cast<typename reversed<mro_t<C>>::type*>(nullptr)));
  static constexpr auto positions = unique_positions(static_cast<all*>(nullptr));
  using type = pick<all, positions>;
};

// The index of Name among the names, or their count.
template <fixed_string Name, class... P>
constexpr std::size_t index_of_name(list<P...>*) {
  return first_true({(P::name == Name)...});
}


}  // namespace detail

// The parameters of C, a list of types with ::name (a fixed_string) and ::missing.
template <class C>
using parameters_t = typename detail::parameters_impl<C>::type;

}  // namespace descr
