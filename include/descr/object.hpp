#pragma once
// descr::object<Self, Members...>: the base a descr class derives from. It holds the instance
// entries of the whole MRO, once each, and carries the class's compile-time layout.
#include <cstddef>
#include <type_traits>

#include "detail/class_attributes.hpp"
#include "detail/class_state.hpp"
#include "detail/instance_entries.hpp"
#include "detail/typelist.hpp"
#include "diagnostics.hpp"

namespace descr {
namespace detail {

// What object<> checks when a class is defined: its bases (descr classes, each once, an MRO C3
// can merge), its names (each declared once, one type per instance entry along the MRO) and
// its constant descriptors (their constants, their set_name), each misuse reported in one
// error that names the class and the attribute (diagnostics.hpp). The checks are made of the
// layout's `static const` facts; the functions below, which name the culprit, are instantiated
// only when one fails: a function named by the member list is a symbol, which g++ 12 mangles in
// time quadratic in the list's length (detail/typelist.hpp), and a class that passes makes none.
// (In this header, not a detail one, so that the error stays within the compilers' first lines.)

template <class Layout, class Self = typename Layout::self>
struct definition_checks {
  // One error per misuse: each check is reached only when the ones before it passed, and a
  // failed check still returns true so that object<>'s static_assert adds no second error.
  template <class... B>
  static constexpr bool check_hierarchy(list<B...>*) {
    if constexpr (Layout::foreign != sizeof...(B)) {
      static_assert(diagnostics::base_is_a_descr_class<
                        Self, type_at<Layout::foreign % sizeof...(B), B...>>,
                    "a base listed in descr::bases must itself be a descr class");
      return true;
    } else if constexpr (Layout::duplicate != sizeof...(B)) {
      static_assert(diagnostics::duplicate_base_class<
                        Self, type_at<Layout::duplicate % sizeof...(B), B...>>,
                    "duplicate base class: a class lists the same base twice");
      return true;
    } else if constexpr (!Layout::mro_builder::ok) {
      return unmergeable(static_cast<typename Layout::mro_builder::unmerged*>(nullptr));
    } else if constexpr (!Layout::names_once) {
      // Two instance entries, or two class attributes (one of them a member: Python's words).
      using A = typename Layout::class_attributes;
      constexpr bool entries = Layout::twice_attribute == A::size;
      using Twice = at<std::conditional_t<entries, typename Layout::own_cells, A>,
                       entries ? Layout::twice_cell : Layout::twice_attribute>;
      if constexpr (!entries && slot_named<Twice::name>(static_cast<A*>(nullptr)))
        return conflicts_with_slot<Twice::name>();
      else
        return twice<Twice>();
    } else if constexpr (!Layout::cells_builder::consistent) {
      return conflicting<Layout::cells_builder::template conflict_name<>()>();
    } else {
      return names_set(static_cast<typename Layout::class_attributes*>(nullptr));
    }
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
  // call it. Reached only for a class with such a descriptor (plain_at_definition).
  template <class... M>
  static constexpr bool names_set(list<M...>*) {
    constexpr std::size_t bad = first_true({!set_name_takes<Self, M>...});
    constexpr std::size_t forgetless = first_true({lacks_forget<M>...});
    if constexpr (bad != sizeof...(M)) {
      static_assert(diagnostics::set_name_takes_owner_and_name<
                        Self, type_at<bad % sizeof...(M), M...>::name>,
                    "set_name must take (descr::type<Owner>, std::string_view) and be constexpr");
      return true;
    } else if constexpr (forgetless != sizeof...(M)) {
      static_assert(diagnostics::dependent_declares_forget<
                        Self, type_at<forgetless % sizeof...(M), M...>::name>,
                    "the descriptor declares dependencies but no forget(obj) to call when one "
                    "of them changes");
      return true;
    } else if constexpr (count_true({named_at_compile_time<Self, M>...}) != sizeof...(M)) {
      using Rejected = type_at<first_true({!constant_ok<M>...}) % sizeof...(M), M...>;
      return rejected_constant<Rejected::name, constant_error_text<Rejected>>();
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
  static constexpr bool unmergeable(list<Heads...>*) {
    static_assert(diagnostics::consistent_method_resolution_order<Self, Heads...>,
                  "Cannot create a consistent method resolution order (MRO) for these bases");
    return true;
  }
};

template <class Layout, bool Passed = Layout::hierarchy_ok &&
                                      plain_at_definition<typename Layout::class_attributes>::value>
struct definition_checked {
  static const bool value = true;
};
template <class Layout>
struct definition_checked<Layout, false> {
  static const bool value = definition_checks<Layout>::check_hierarchy(
      static_cast<typename Layout::bases_list*>(nullptr));
};

}  // namespace detail

template <class Self, class... Members>
struct object : detail::storage<typename detail::full_layout<Self, Members...>::cells> {
  using descr_layout = detail::full_layout<Self, Members...>;

 private:
  // The class's checks (definition_checked, above), run in full only when one fails.
  static_assert(detail::definition_checked<descr_layout>::value);

  // Whether the first instance sets the class up (its bases first: detail/class_state.hpp).
  static const bool has_runtime_descriptors = detail::has_class_state<descr_layout>::value;

 public:
  object() requires(!has_runtime_descriptors) = default;
  object() requires(has_runtime_descriptors) { detail::class_state<Self>::get(); }
};

// Whether T is a descr class (derives from some descr::object).
template <class T>
concept Object = detail::descr_class<std::remove_cvref_t<T>>;

}  // namespace descr
