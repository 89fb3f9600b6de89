#pragma once
// What a class's definition runs and checks for its constant class attributes (attr<Name,
// D{...}>): the descriptor's set_name, evaluated at compile time on a copy of the constant
// (named_constant), and its constant_error; and, asked once per descriptor type, whether there
// is anything to run at all.
#include <cstddef>
#include <string_view>
#include <type_traits>

#include "../protocol.hpp"
#include "class_layout.hpp"
#include "typelist.hpp"

namespace descr::detail {

// A constant class attribute after set_name(type<Owner>, name), run at compile time: a copy
// of the prototype, one per (Owner, M). Without a set_name it is the member's prototype
// itself, which the fast path reads and writes without naming this variable (read_plan): every
// access then reaches the same object (Python's `E().f is E.f` for a staticmethod), as a
// scalar class variable is the one int Python's classes share for `x = 5`.
template <class Owner, class M>
inline constexpr const auto& named_constant = M::prototype;
template <class Owner, class M>
  requires HasSetName<decltype(M::prototype), Owner>
inline constexpr auto named_constant<Owner, M> = [] {
  auto d = M::prototype;
  d.set_name(type<Owner>, M::name.view());
  return d;
}();

// Whether M's set_name, if it has one, takes (type<Owner>, std::string_view).
template <class Owner, class M>
concept set_name_takes =
    !HasSetName<typename M::descriptor_type, Owner> ||
    requires(typename M::descriptor_type d) { d.set_name(type<Owner>, std::string_view{}); };

// A constant descriptor may declare `constexpr std::string_view constant_error() const`: what
// is wrong with the constants it is built from (a minimum above the maximum, no options), or
// an empty view. object<> rejects the class at its definition when the view is not empty,
// naming the class, the attribute and these words (constant_error_text).
template <class D>
concept declares_constant_error = requires(const D& d) { d.constant_error(); };
template <class M>
inline constexpr bool constant_ok = true;
template <class M>
  requires(M::kind == member_kind::attr && declares_constant_error<typename M::descriptor_type>)
inline constexpr bool constant_ok<M> = std::string_view(M::prototype.constant_error()).empty();
template <class M>
inline constexpr auto constant_error_text = [] {
  constexpr std::string_view what = M::prototype.constant_error();
  fixed_string<what.size() + 1> text;
  for (std::size_t i = 0; i != what.size(); ++i) text.data[i] = what[i];
  return text;
}();

// Whether a class attribute's descriptor has nothing to check or run when the class is
// defined: no set_name, no constant_error, no dependencies. Asked once per descriptor type,
// so that the many plain members of a class (class variables, most descriptors) cost the
// class's definition no questions of their own (object<>'s names_set).
template <class D>
inline constexpr bool nothing_at_definition =
    (!__is_class(D) && !__is_union(D)) ||
    (!declares_set_name<D> && !declares_constant_error<D> && !HasDependencies<D>);

// Whether no class attribute of the list has anything to check or run at the class's
// definition (nothing_at_definition: asked once per descriptor type).
template <class Attributes>
struct plain_at_definition;
template <class... M>
struct plain_at_definition<list<M...>> {
  static const bool value =
      __is_same(bools<nothing_at_definition<remove_cv_t<typename M::descriptor_type>>...>,
                bools<(sizeof(M) != 0)...>);
};

// Checks a constant descriptor's constants, then evaluates its set_name (named_constant), when
// the class is defined; false if the constants are rejected (set_name then does not run). One
// instantiation per member, and the second concept is decided once per descriptor type: this
// runs for every class attribute of every class.
template <class Owner, class M>
inline constexpr bool named_at_compile_time = true;
template <class Owner, class M>
  requires(M::kind == member_kind::attr && (HasSetName<typename M::descriptor_type, Owner> ||
                                            declares_constant_error<typename M::descriptor_type>))
inline constexpr bool named_at_compile_time<Owner, M> = [] {
  if constexpr (!constant_ok<M>) return false;
  else return (static_cast<void>(named_constant<Owner, M>), true);
}();

}  // namespace descr::detail
