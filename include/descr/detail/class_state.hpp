#pragma once
// A class's run-time set-up, Python's class creation done on first use: its bases' set-up
// first, then its attr_of descriptors built and the set_name of those and of its shared
// objects (attr<"x", &obj>) called, in declaration order.
#include <exception>
#include <type_traits>

#include "../errors.hpp"
#include "../layout.hpp"
#include "../name_of.hpp"
#include "../protocol.hpp"
#include "c3.hpp"
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

// d.set_name(type<Owner>, name). What it throws reaches the caller as CPython 3.11's
// RuntimeError, "Error calling __set_name__ on 'D' instance 'x' in 'Owner'", with the original
// nested (std::rethrow_if_nested gives it back), as Python chains it as __cause__.
// Without exceptions, what it raises ends the program (detail/raise.hpp).
template <class Owner, fixed_string Name, class D>
void call_set_name(D& d) {
#if defined(__cpp_exceptions)
  try {
    d.set_name(type<Owner>, Name.view());
  } catch (...) {
    std::throw_with_nested(runtime_error::set_name_failed(name_of<std::remove_cv_t<D>>,
                                                          Name.view(), name_of<Owner>));
  }
#else
  d.set_name(type<Owner>, Name.view());
#endif
}

// Whether a class attribute takes part in the set-up: an attr_of, or a shared object that has
// a set_name (one without is reached directly, with no set-up).
template <class Owner, class M, int Kind = M::kind>
inline constexpr bool set_up_at_run_time = Kind == member_kind::attr_of;
template <class Owner, class M>
inline constexpr bool set_up_at_run_time<Owner, M, member_kind::shared> =
    HasSetName<typename M::descriptor_type, Owner>;

template <class Owner, class M, int Kind = M::kind>
struct runtime_holder;
template <class Owner, fixed_string Name, class D, arg... Args>
struct runtime_holder<Owner, attr_of<Name, D, Args...>, member_kind::attr_of> {
  D descriptor;
  runtime_holder() : descriptor(ctor_arg<Args>()...) {
    if constexpr (HasSetName<D, Owner>) call_set_name<Owner, Name>(descriptor);
  }
};
// A shared object is not built: it exists already; each binding calls its set_name.
template <class Owner, class M>
struct runtime_holder<Owner, M, member_kind::shared> {
  runtime_holder() { call_set_name<Owner, M::name>(*M::prototype); }
};

template <class Owner, class Attrs>
struct runtime_attributes_impl;
template <class Owner, class... M>
struct runtime_attributes_impl<Owner, list<M...>> {
  using type = concat<std::conditional_t<set_up_at_run_time<Owner, M>, list<M>, list<>>...>;
};
template <class Owner, class Attrs>
using runtime_attributes = typename runtime_attributes_impl<Owner, Attrs>::type;

// Whether some shared object of a class has a set_name, asked member by member. A braced list,
// not a fold: a fold over 1000 members passes clang's bracket depth.
template <class Owner, class... M>
consteval bool shares_with_set_name(list<M...>*) {
  return count_true({set_up_at_run_time<Owner, M>...}) != 0;
}

// Whether the class of a layout has a set-up: some class of its MRO has a member that takes
// part in it. Classes with a `static const` value, not variable templates: a variable named by
// the layout would be a symbol named by the member list (typelist.hpp).
template <class Layout, class Bases = typename Layout::direct_bases>
struct has_class_state;
template <class C>
concept stateful_class = descr_class<C> && has_class_state<typename C::descr_layout>::value;
// Its own members take part when it has an attr_of, or a shared object with a set_name: the
// kinds come from layout's one pass over its members, so that the members are asked one by
// one only when the class binds shared objects.
template <class Layout, bool AttrOf = Layout::kinds::value.attr_of,
          bool Shared = Layout::kinds::value.shared>
struct own_set_up {
  static const bool value = AttrOf;
};
template <class Layout>
struct own_set_up<Layout, false, true> {
  static const bool value = shares_with_set_name<typename Layout::self>(
      static_cast<typename Layout::class_attributes*>(nullptr));
};
template <class Layout, class... B>
struct has_class_state<Layout, list<B...>> {
  static const bool value = own_set_up<Layout>::value || (stateful_class<B> || ...);
};

template <class Owner>
struct class_state;

// Python creates a class's bases before the class: each direct base is set up first, in the
// order the class lists them, each with its own bases first (a depth-first walk that reaches
// every class of the MRO, each once, a base always before the classes derived from it).
template <class Bases>
struct bases_set_up;
template <class... B>
struct bases_set_up<list<B...>> {
  bases_set_up() { (set_up<B>(), ...); }
  template <class K>
  static void set_up() {
    if constexpr (stateful_class<K>) class_state<K>::get();
  }
};

template <class Owner, class Attrs>
struct class_state_impl;
template <class Owner, class... M>
struct class_state_impl<Owner, list<M...>>
    : bases_set_up<typename Owner::descr_layout::direct_bases>, runtime_holder<Owner, M>... {};

// The set-up of one class, done once, when the class is first used: its first instance, or its
// first access to an attribute that takes part in it. Not during static initialization: a
// descriptor that prints (Python's __set_name__ demos do) could run before std::cout exists.
// A set-up that throws leaves nothing behind: the descriptors built so far are destroyed (they
// are subobjects of the one static), and as for any function-local static whose initializer
// throws, the next use of the class runs it again ([stmt.dcl]: "initialization will be tried
// again"), as re-running a failed class statement would in Python. Bases already set up stay so.
template <class Owner>
struct class_state {
  using attrs = runtime_attributes<Owner, typename Owner::descr_layout::class_attributes>;
  static class_state_impl<Owner, attrs>& get() {
    static class_state_impl<Owner, attrs> state;
    return state;
  }
};

// The object behind a class attribute that takes part in the set-up, once the class is set up.
template <class Owner, class M>
auto& runtime_descriptor() {
  if constexpr (M::kind == member_kind::shared) {
    class_state<Owner>::get();
    return *M::prototype;
  } else {
    return static_cast<runtime_holder<Owner, M>&>(class_state<Owner>::get()).descriptor;
  }
}

}  // namespace descr::detail
