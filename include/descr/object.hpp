#pragma once
// descr::object<Self, Members...>: the base a descr class derives from. It holds the instance
// entries of the whole MRO, once each, and carries the class's compile-time layout.
#include <type_traits>

#include "detail/class_attributes.hpp"
#include "detail/class_state.hpp"
#include "detail/instance_entries.hpp"
#include "diagnostics.hpp"

namespace descr {

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
      return unmergeable(static_cast<typename descr_layout::mro_builder::unmerged*>(nullptr));
    } else if constexpr (!descr_layout::names_once) {
      return declared_twice();
    } else if constexpr (!descr_layout::cells_builder::consistent) {
      return conflicting<descr_layout::cells_builder::template conflict_name<>()>();
    } else {
      return names_set(static_cast<typename descr_layout::class_attributes*>(nullptr));
    }
  }

  static constexpr bool declared_twice() {
    using L = descr_layout;
    using Attributes = typename L::class_attributes;
    if constexpr (L::twice_attribute == Attributes::size)
      return twice<detail::at<typename L::own_cells, L::twice_cell>>();
    else if constexpr (detail::slot_named<detail::at<Attributes, L::twice_attribute>::name>(
                           static_cast<Attributes*>(nullptr)))
      return conflicts_with_slot<detail::at<Attributes, L::twice_attribute>::name>();
    else
      return twice<detail::at<Attributes, L::twice_attribute>>();
  }
  // Python's words for a name in __slots__ that the class also binds ("'x' in __slots__
  // conflicts with class variable"): a member and another class attribute of one name.
  template <fixed_string Name>
  static constexpr bool conflicts_with_slot() {
    static_assert(diagnostics::slot_conflicts_with_class_variable<Self, Name>,
                  "in __slots__ conflicts with class variable: a member and another class "
                  "attribute of the class have this name");
    return true;
  }
  template <fixed_string Name>
  static constexpr bool conflicting() {
    static_assert(diagnostics::instance_attribute_declared_with_one_type<Self, Name>,
                  "an instance attribute is declared with different types in the MRO");
    return true;
  }
  template <class Entry>
  static constexpr bool twice() {
    static_assert(diagnostics::attribute_declared_once_per_class<Self, Entry::name>,
                  "attribute declared twice: the class declares this name more than once");
    return true;
  }

  // Python calls __set_name__ when it creates the class: a constant descriptor's set_name runs
  // at compile time here, whether or not the attribute is ever read. Before it, the constants
  // the descriptor was built from are checked (its constant_error()); the rejected ones are
  // looked for only on that error path. A descriptor that declares dependencies is checked for
  // its forget here too, where the class is defined, rather than at the first write that would
  // call it.
  template <class... M>
  static constexpr bool names_set(detail::list<M...>*) {
    if constexpr (detail::count_true({detail::nothing_at_definition<
                      std::remove_cv_t<typename M::descriptor_type>>...}) == sizeof...(M))
      return true;
    else
      return names_set_each<M...>();
  }
  template <class... M>
  static constexpr bool names_set_each() {
    constexpr std::size_t bad = detail::first_true({!detail::set_name_takes<Self, M>...});
    constexpr std::size_t forgetless = detail::first_true({detail::lacks_forget<M>...});
    if constexpr (bad != sizeof...(M)) {
      static_assert(diagnostics::set_name_takes_owner_and_name<
                        Self, detail::type_at<bad % sizeof...(M), M...>::name>,
                    "set_name must take (descr::type<Owner>, std::string_view) and be constexpr");
      return true;
    } else if constexpr (forgetless != sizeof...(M)) {
      static_assert(diagnostics::dependent_declares_forget<
                        Self, detail::type_at<forgetless % sizeof...(M), M...>::name>,
                    "the descriptor declares dependencies but no forget(obj) to call when one "
                    "of them changes");
      return true;
    } else if constexpr (detail::count_true({detail::named_at_compile_time<Self, M>...}) !=
                         sizeof...(M)) {
      using Rejected =
          detail::type_at<detail::first_true({!detail::constant_ok<M>...}) % sizeof...(M), M...>;
      return rejected_constant<Rejected::name, detail::constant_error_text<Rejected>>();
    } else {
      return true;
    }
  }
  // A descriptor built from constants it rejects (its constant_error(), What), as Python's
  // __init__ would raise before the class body is done. What is a template argument so that
  // g++ prints it in the first lines, with the class and the attribute.
  template <fixed_string Name, fixed_string What>
  static constexpr bool rejected_constant() {
    static_assert(diagnostics::descriptor_constants_are_valid<Self, Name, What>,
                  "invalid descriptor constant: the descriptor rejects the constants it was "
                  "given (its constant_error() says why)");
    return true;
  }
  // Python's words, naming the heads C3 could not merge, in Python's order.
  template <class... Heads>
  static constexpr bool unmergeable(detail::list<Heads...>*) {
    static_assert(diagnostics::consistent_method_resolution_order<Self, Heads...>,
                  "Cannot create a consistent method resolution order (MRO) for these bases");
    return true;
  }
  static_assert(check_hierarchy(static_cast<bases_list*>(nullptr)));

  // Whether the first instance sets the class up (its bases first: detail/class_state.hpp).
  static constexpr bool has_runtime_descriptors = detail::has_class_state<descr_layout>;

 public:
  object() requires(!has_runtime_descriptors) = default;
  object() requires(has_runtime_descriptors) { detail::class_state<Self>::get(); }
};

// Whether T is a descr class (derives from some descr::object).
template <class T>
concept Object = detail::descr_class<std::remove_cvref_t<T>>;

}  // namespace descr
