#pragma once
// descr::object<Self, Members...>: the base a descr class derives from. It holds the instance
// entries of the whole MRO, once each, and carries the class's compile-time layout.
#include <type_traits>

#include "detail/class_layout.hpp"
#include "protocol.hpp"

namespace descr {
namespace detail {

struct is_attr_of_t {
  template <class M>
  static constexpr bool test() {
    return M::kind == member_kind::attr_of;
  }
};

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
  using attrs = filter<is_attr_of_t, typename Owner::descr_layout::class_attributes>;
  static class_state_impl<Owner, attrs>& get() {
    static class_state_impl<Owner, attrs> state;
    return state;
  }
};

template <class Owner, class M>
typename M::descriptor_type& runtime_descriptor() {
  return static_cast<runtime_holder<Owner, M>&>(class_state<Owner>::get()).descriptor;
}

// Reversed MRO tail, base-most class first: the order in which entries are merged.
template <class Mro>
struct reversed_tail;
template <class Self, class... Rest>
struct reversed_tail<list<Self, Rest...>> {
  static constexpr auto idx = [] {
    std::array<std::size_t, sizeof...(Rest)> a{};
    for (std::size_t i = 0; i != a.size(); ++i) a[i] = a.size() - 1 - i;
    return a;
  }();
  using type = pick<list<Rest...>, idx>;
};

template <class Layout, class Tail = typename reversed_tail<typename Layout::mro>::type>
struct all_cells;
template <class Layout>
struct all_cells<Layout, list<>> {
  using type = typename Layout::own_cells;
  static constexpr bool consistent = true;
};
// Single inheritance whose own entries do not repeat a base's name: the base's entries, then
// the class's own, with no sorting (the common case, and the one deep chains repeat).
template <class Cells, class Base>
struct shadows_base;
template <class... Cell, class Base>
struct shadows_base<list<Cell...>, Base> {
  static constexpr bool value = count_true(std::array<bool, sizeof...(Cell)>{
      !std::is_void_v<cell_t<Cell::name, Base>>...}) != 0;
};
template <class Layout, class... Bases>
struct all_cells<Layout, list<Bases...>> {
  using raw = concat<own_cells_list<Bases>..., typename Layout::own_cells>;
  using d = dedupe<raw>;
  using type = typename d::type;
  static constexpr bool consistent = d::r.consistent;
  // Named only when the check fails, so that a consistent class never instantiates it.
  template <class Raw = raw>
  static constexpr auto conflict() {
    return at<Raw, d::r.conflict>::name;
  }
};

template <class... B>
constexpr std::size_t first_foreign(list<B...>*) {
  return first_true(std::array<bool, sizeof...(B)>{!requires { typename B::descr_layout; }...});
}
template <class... B>
constexpr std::size_t first_duplicate(list<B...>*) {
  std::array<const void*, sizeof...(B)> tags{&type_tag<B>...};
  for (std::size_t i = 0; i < tags.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (tags[i] == tags[j]) return i;
  return tags.size();
}

template <class Layout, class Bases = typename Layout::direct_bases>
struct cells_of_layout : all_cells<Layout> {};
template <class Layout, class Base>
  requires has_layout<Base> && (!shadows_base<typename Layout::own_cells, Base>::value)
struct cells_of_layout<Layout, list<Base>> {
  using type = concat<typename Base::descr_layout::cells, typename Layout::own_cells>;
  static constexpr bool consistent = true;
};

template <class Self, class... Members>
struct full_layout : layout<Self, Members...> {
  using base = layout<Self, Members...>;
  using bases_list = typename base::direct_bases;
  static constexpr std::size_t foreign = first_foreign(static_cast<bases_list*>(nullptr));
  static constexpr std::size_t duplicate = first_duplicate(static_cast<bases_list*>(nullptr));
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
                        Self, descr_layout::cells_builder::template conflict<>()>,
                    "an instance attribute is declared with different types in the MRO");
      return true;
    } else {
      return true;
    }
  }
  static_assert(check_hierarchy(static_cast<bases_list*>(nullptr)));

  // An array, not a fold: a fold over 1000 members passes clang's bracket depth.
  static constexpr bool has_runtime_descriptors =
      detail::count_true(std::array<bool, sizeof...(Members)>{
          (Members::kind == detail::member_kind::attr_of)...}) != 0;

 public:
  object() requires(!has_runtime_descriptors) = default;
  object() requires(has_runtime_descriptors) { detail::class_state<Self>::get(); }
};

// Whether T is a descr class (derives from some descr::object).
template <class T>
concept Object = requires { typename std::remove_cvref_t<T>::descr_layout; };

}  // namespace descr
