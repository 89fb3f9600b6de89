#pragma once
// descr::Optional: a value that may be None (pydantic's Optional[...] = None, attrs'
// optional()): None, or what the validator inside takes:
//   descr::attr<"nickname", descr::Optional{descr::String{.maxsize = 8}}>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../protocol.hpp"
#include "../slot.hpp"
#include "refusal.hpp"
#include "validator.hpp"

namespace descr {

namespace detail {
template <class V>
concept is_none = std::is_same_v<std::remove_cvref_t<V>, none_t> ||
                  std::is_same_v<std::remove_cvref_t<V>, std::nullopt_t>;
}  // namespace detail

// class Optional(Validator):
//     def __init__(self, validator): self.validator = validator
//     def validate(self, value):
//         if value is not None:
//             self.validator.validate(value)
//
// It stores a std::optional of the inner validator's storage_type (repr and vars print an
// empty one as None); a set takes descr::none (or std::nullopt) and what the inner validator
// takes as it is (no conversion of sequences, as List's set makes), with its messages. Its
// default is None: keyword construction (init.hpp) does not require it. A read before any set
// raises AttributeError, as for any validator.
template <class Inner>
struct Optional {
  static_assert(detail::validator_like<Inner>,
                "descr::Optional holds a validator (it declares a storage_type and a validate)");
  using value_type = typename Inner::storage_type;
  using storage_type = std::optional<value_type>;

  Inner validator{};

  static constexpr bool reports_item_paths = detail::reports_item_paths<Inner>;
  static constexpr none_t default_value() noexcept { return none; }

  template <class Obj>
  constexpr const storage_type& get(Obj&, slot<storage_type> private_value) const {
    return private_value.get();
  }
  template <class Obj, class V>
    requires detail::is_none<V> ||
             (detail::storable<value_type, V> && detail::validates<Inner, std::remove_cvref_t<V>>)
  constexpr void set(Obj&, V&& value, slot<storage_type> private_value) const {
    if constexpr (detail::is_none<V>) {
      detail::store(private_value, storage_type());
    } else {
      detail::validate_named(*this, std::as_const(value), private_value);
      detail::store(private_value, storage_type(std::in_place, static_cast<V&&>(value)));
    }
  }

  // validate's verdict without raising (refusal.hpp): the inner validator's, for a value.
  template <class V>
    requires detail::is_none<V> || detail::says_why_not<Inner, V>
  constexpr std::optional<refusal> why_not(const V& value) const {
    if constexpr (detail::is_none<V>) return std::nullopt;
    else return validator.why_not(value);
  }
  template <class V>
    requires detail::says_why_not<Inner, V>
  constexpr std::optional<refusal> why_not(const std::optional<V>& value) const {
    if (!value.has_value()) return std::nullopt;
    return validator.why_not(*value);
  }

  template <class V>
  constexpr void validate(const V& value) const {
    if constexpr (!detail::is_none<V>) validator.validate(value);
  }
  template <class V>
  constexpr void validate(const std::optional<V>& value) const {
    if (value.has_value()) validator.validate(*value);
  }

  constexpr std::string_view constant_error() const {
    if constexpr (requires { validator.constant_error(); }) return validator.constant_error();
    else return {};
  }
};

}  // namespace descr
