#pragma once
// The run-time descriptors of a class (attr_of), one object each per class, built on first use.
#include "../layout.hpp"
#include "../protocol.hpp"
#include "typelist.hpp"

namespace descr::detail {

// A run-time descriptor's constructor argument, as the C++ type its kind names.
template <arg A>
constexpr auto ctor_arg() {
  if constexpr (A.kind == arg::kind_t::integer) return A.integer;
  else if constexpr (A.kind == arg::kind_t::floating) return A.floating;
  else if constexpr (A.kind == arg::kind_t::boolean) return A.integer != 0;
  else return static_cast<const char*>(A.string);
}

template <class Owner, class M>
struct runtime_holder;
template <class Owner, fixed_string Name, class D, arg... Args>
struct runtime_holder<Owner, attr_of<Name, D, Args...>> {
  D descriptor;
  runtime_holder() : descriptor(ctor_arg<Args>()...) {
    if constexpr (HasSetName<D, Owner>) descriptor.set_name(type<Owner>, Name.view());
  }
};

template <class Attrs>
struct runtime_attributes_impl;
template <class... M>
struct runtime_attributes_impl<list<M...>> {
  using type =
      concat<std::conditional_t<M::kind == member_kind::attr_of, list<M>, list<>>...>;
};
template <class Attrs>
using runtime_attributes = typename runtime_attributes_impl<Attrs>::type;

template <class Owner, class Attrs>
struct class_state_impl;
template <class Owner, class... M>
struct class_state_impl<Owner, list<M...>> : runtime_holder<Owner, M>... {};

// The run-time descriptors of one class, constructed together in declaration order (bases
// are initialized in declaration order) when the class is first used: its first instance or
// its first attribute access. Not during static initialization: a descriptor that prints
// (Python's __set_name__ demos do) could run before std::cout exists.
template <class Owner>
struct class_state {
  using attrs = runtime_attributes<typename Owner::descr_layout::class_attributes>;
  static class_state_impl<Owner, attrs>& get() {
    static class_state_impl<Owner, attrs> state;
    return state;
  }
};

template <class Owner, class M>
typename M::descriptor_type& runtime_descriptor() {
  return static_cast<runtime_holder<Owner, M>&>(class_state<Owner>::get()).descriptor;
}

}  // namespace descr::detail
