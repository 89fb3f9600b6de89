#pragma once
// descr::AllOf: several validators over one value, checked in order; the first that rejects it
// reports (attrs' and_(), pydantic's stacked constraints):
//   descr::attr<"code", descr::AllOf{descr::String{.minsize = 2}, descr::Pattern<"^[A-Z]+$">{}}>
#include <optional>
#include <string_view>
#include <type_traits>

#include "../slot.hpp"
#include "refusal.hpp"
#include "validator.hpp"

namespace descr {

// class AllOf(Validator):
//     def __init__(self, *validators): self.validators = validators
//     def validate(self, value):
//         for v in self.validators: v.validate(value)
//
// Every validator stores the same type, which AllOf stores; a set takes what all of them take.
// Invalid constants of any of them are a compile error, as each alone would be.
template <class First, class... Rest>
struct AllOf {
  static_assert(detail::validator_like<First> && (detail::validator_like<Rest> && ...),
                "descr::AllOf takes validators (each declares a storage_type and a validate)");
  static_assert((std::is_same_v<typename First::storage_type, typename Rest::storage_type> && ...),
                "descr::AllOf's validators must store the same type");

  First first;
  AllOf<Rest...> rest;

  constexpr AllOf(First f, Rest... r) : first(f), rest(r...) {}

  using storage_type = typename First::storage_type;
  static constexpr bool reports_item_paths =
      detail::reports_item_paths<First> || (detail::reports_item_paths<Rest> || ...);
  template <class Obj>
  constexpr const storage_type& get(Obj&, slot<storage_type> private_value) const {
    return private_value.get();
  }
  template <class Obj, class V>
    requires detail::validator_takes<AllOf, storage_type, V>
  constexpr void set(Obj&, V&& value, slot<storage_type> private_value) const {
    validated_set(*this, static_cast<V&&>(value), private_value);
  }

  // validate's verdict without raising (refusal.hpp): the first refusing validator's.
  template <class V>
    requires detail::says_why_not<First, V> && (detail::says_why_not<Rest, V> && ...)
  constexpr std::optional<refusal> why_not(const V& value) const {
    if (auto r = first.why_not(value)) return r;
    return rest.why_not(value);
  }
  template <class V>
    requires detail::validates<First, V> && (detail::validates<Rest, V> && ...)
  constexpr void validate(const V& value) const {
    first.validate(value);
    rest.validate(value);
  }

  constexpr std::string_view constant_error() const {
    if constexpr (requires { first.constant_error(); }) {
      std::string_view e = first.constant_error();
      if (!e.empty()) return e;
    }
    return rest.constant_error();
  }
};
// The end of the chain: one validator.
template <class Only>
struct AllOf<Only> {
  Only first;
  constexpr AllOf(Only f) : first(f) {}
  using storage_type = typename Only::storage_type;
  static constexpr bool reports_item_paths = detail::reports_item_paths<Only>;
  template <class Obj>
  constexpr const storage_type& get(Obj&, slot<storage_type> private_value) const {
    return private_value.get();
  }
  template <class Obj, class V>
    requires detail::validator_takes<AllOf, storage_type, V>
  constexpr void set(Obj&, V&& value, slot<storage_type> private_value) const {
    validated_set(*this, static_cast<V&&>(value), private_value);
  }
  template <class V>
    requires detail::says_why_not<Only, V>
  constexpr std::optional<refusal> why_not(const V& value) const {
    return first.why_not(value);
  }
  template <class V>
    requires detail::validates<Only, V>
  constexpr void validate(const V& value) const {
    first.validate(value);
  }
  constexpr std::string_view constant_error() const {
    if constexpr (requires { first.constant_error(); }) return first.constant_error();
    else return {};
  }
};

template <class First, class... Rest>
AllOf(First, Rest...) -> AllOf<First, Rest...>;

}  // namespace descr
