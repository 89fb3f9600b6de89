#pragma once
// descr::slot<T>: a descriptor's per-instance value, kept in the owner under the private name
// "_" + name (the HowTo's `_age`), so that vars(obj) shows it. A descriptor asks for one by
// declaring `using storage_type = T;`; its get/set/del then receive it as a last argument:
// get(obj, slot), set(obj, value, slot), del(obj, slot).
// Two optional declarations beside storage_type change that (README, "The protocol"):
//   static constexpr auto storage_name(auto name) { return name; }
//       names the entry: here the attribute's own name, so that the entry answers reads;
//       descr::hidden_name_of(name) keeps it out of vars, dir and Hana, as __slots__ are
//   static constexpr bool storage_absentable = false;
//       the entry is always there, value-initialized like a field, with no presence flag;
//       the descriptor receives T& (const T& through a const object) instead of a slot
#include "detail/config.hpp"
#include <optional>
#include <string_view>
#include <utility>

#include "errors.hpp"

namespace descr {

template <class T>
class slot {
 public:
  constexpr slot(std::optional<T>& v, std::string_view owner, std::string_view name) noexcept
      : value_(&v), owner_(owner), name_(name) {}

  constexpr bool has_value() const noexcept { return value_->has_value(); }
  // The stored value; absent, it throws Python's AttributeError for the private name.
  constexpr T& get() const {
    if (!value_->has_value()) DESCR_DETAIL_RAISE(attribute_error::no_attribute(owner_, name_));
    return **value_;
  }
  // Stores v and returns the stored value, as optional::emplace does: a descriptor that fills
  // a cache returns it without a second presence test (and its throw path).
  template <class U>
  constexpr T& set(U&& v) const {
    *value_ = std::forward<U>(v);
    return **value_;
  }
  constexpr void del() const {
    if (!value_->has_value()) DESCR_DETAIL_RAISE(attribute_error::no_attribute(owner_, name_));
    value_->reset();
  }
  // Forgets the value if there is one, without raising: vars(obj).pop(name, None).
  constexpr void reset() const noexcept { value_->reset(); }
  constexpr std::string_view name() const noexcept { return name_; }

 private:
  std::optional<T>* value_;
  std::string_view owner_;
  std::string_view name_;
};

}  // namespace descr
