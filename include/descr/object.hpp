#pragma once
// descr::object<Self, Members...>: the base a descr class derives from. It holds the instance
// entries of the whole MRO, once each, and carries the class's compile-time layout.
#include <type_traits>

#include "detail/class_layout.hpp"
#include "protocol.hpp"

namespace descr {
namespace detail {

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

// The instance entries of Acc, then those of Own whose names Acc lacks: Python's instance dict
// is one namespace, so an entry declared again further down the MRO stays one entry, at the
// place of its first declaration. Acc's names are looked up by deduction against the storage
// that holds them (for a single base, the very base class of that base's objects).
// What Acc (its storage S) holds under Cell's name, found by one deduction per own entry:
// 0 nothing, 1 this very entry, 2 an entry of another type (a conflict).
template <class Cell, class S, class Prior = cell_t<Cell::name, S>>
inline constexpr int prior_state = std::is_void_v<Prior> ? 0 : std::is_same_v<Prior, Cell> ? 1 : 2;

template <class Acc, class Own>
struct append_cells;
template <class... A, class... N>
struct append_cells<list<A...>, list<N...>> {
  using acc_storage = storage<list<A...>>;
  static constexpr bool any_seen = count_true({(prior_state<N, acc_storage> != 0)...}) != 0;
  static constexpr std::size_t conflict = first_true({(prior_state<N, acc_storage> == 2)...});
  static constexpr bool consistent = conflict == sizeof...(N);
  using type = std::conditional_t<
      !any_seen, list<A..., N...>,
      concat<list<A...>,
             std::conditional_t<prior_state<N, acc_storage> == 0, list<N>, list<>>...>>;
  // Named only on the error path.
  template <class Own = list<N...>>
  static constexpr auto conflict_name() {
    return at<Own, conflict % Own::size>::name;
  }
};

// The entries of the classes after some class (Rest), then its own (Own). The first
// conflicting name, if any, is reported by object<> in one error.
template <class Rest, class Own>
struct cells_step {
  using step = append_cells<typename Rest::type, Own>;
  using type = typename step::type;
  static constexpr bool consistent = Rest::consistent && step::consistent;
  template <class R = Rest>
  static constexpr auto conflict_name() {
    if constexpr (!R::consistent) return R::template conflict_name<>();
    else return step::template conflict_name<>();
  }
};

// The instance entries along an MRO (or a tail of one), base-most class first. A tail that is
// some class's whole MRO is that class's entries, computed once: single inheritance appends a
// class's own entries to its base's.
template <class Classes>
struct cells_over {
  using type = list<>;
  static constexpr bool consistent = true;
};
template <class K, class... Rest>
  requires std::is_same_v<typename K::descr_layout::mro, list<K, Rest...>>
struct cells_over<list<K, Rest...>> : K::descr_layout::cells_builder {};
template <class K, class... Rest>
struct cells_over<list<K, Rest...>>
    : cells_step<cells_over<list<Rest...>>, typename K::descr_layout::own_cells> {};

template <class Layout, class Mro = typename Layout::mro>
struct cells_of_layout;
template <class Layout, class Self, class... Rest>
struct cells_of_layout<Layout, list<Self, Rest...>>
    : cells_step<cells_over<list<Rest...>>, typename Layout::own_cells> {};

template <class... B>
constexpr std::size_t first_foreign(list<B...>*) {
  return first_true({!requires { typename B::descr_layout; }...});
}
template <class Self, class... Members>
struct full_layout : layout<Self, Members...> {
  using base = layout<Self, Members...>;
  using bases_list = typename base::direct_bases;
  static constexpr std::size_t foreign = first_foreign(static_cast<bases_list*>(nullptr));
  static constexpr std::size_t duplicate = first_repeat_in(static_cast<bases_list*>(nullptr));
  using cells_builder = cells_of_layout<base>;
  using cells = typename cells_builder::type;
  // False once object<> has reported the class's one error: lookups on it then stay silent.
  static constexpr bool hierarchy_ok = foreign == bases_list::size &&
                                       duplicate == bases_list::size &&
                                       base::mro_builder::ok && cells_builder::consistent;
};

}  // namespace detail

template <class Self, class... Members>
struct object : detail::storage<typename detail::full_layout<Self, Members...>::cells> {
  using descr_layout = detail::full_layout<Self, Members...>;

 private:
  using bases_list = typename descr_layout::bases_list;
  static constexpr std::size_t foreign = descr_layout::foreign;
  static constexpr std::size_t duplicate = descr_layout::duplicate;

  // One error per misuse: each check is reached only when the ones before it passed, and a
  // failed check still returns true so that the static_assert below adds no second error.
  template <class... B>
  static constexpr bool check_hierarchy(detail::list<B...>*) {
    if constexpr (foreign != sizeof...(B)) {
      static_assert(diagnostics::base_is_a_descr_class<
                        Self, detail::type_at<foreign % sizeof...(B), B...>>,
                    "a base listed in descr::bases must itself be a descr class");
      return true;
    } else if constexpr (duplicate != sizeof...(B)) {
      static_assert(diagnostics::duplicate_base_class<
                        Self, detail::type_at<duplicate % sizeof...(B), B...>>,
                    "duplicate base class: a class lists the same base twice");
      return true;
    } else if constexpr (!descr_layout::mro_builder::ok) {
      static_assert(diagnostics::consistent_method_resolution_order<Self, B...>,
                    "Cannot create a consistent method resolution order (MRO) for these bases");
      return true;
    } else if constexpr (!descr_layout::cells_builder::consistent) {
      static_assert(diagnostics::instance_attribute_declared_with_one_type<
                        Self, descr_layout::cells_builder::template conflict_name<>()>,
                    "an instance attribute is declared with different types in the MRO");
      return true;
    } else {
      return true;
    }
  }
  static_assert(check_hierarchy(static_cast<bases_list*>(nullptr)));

  // A braced list, not a fold: a fold over 1000 members passes clang's bracket depth.
  static constexpr bool has_runtime_descriptors =
      detail::count_true({(Members::kind == detail::member_kind::attr_of)...}) != 0;

 public:
  object() requires(!has_runtime_descriptors) = default;
  object() requires(has_runtime_descriptors) { detail::class_state<Self>::get(); }
};

// Whether T is a descr class (derives from some descr::object).
template <class T>
concept Object = requires { typename std::remove_cvref_t<T>::descr_layout; };

}  // namespace descr
