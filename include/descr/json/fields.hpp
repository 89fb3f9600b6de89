#pragma once
// The fields of a descr class that JSON reads and writes: its instance data, in declaration
// order (base-most class first, as vars lists it), each under its public name:
//   - a field<"x", T> whose name does not start with '_' (a private name, left out as pydantic
//     leaves out private attributes) and that no class attribute of the same name hides;
//   - a validated attribute attr<"x", D>, D a descriptor that keeps a value (storage_type) and
//     validates it: its value, stored under "_x", read and written as "x" through D.
// Not: class variables, methods, properties, cached_property values, members (__slots__),
// observed values: they are the class's behaviour, or state derived from the fields.
#include <cstddef>
#include <optional>
#include <string_view>

#include "../detail/class_attributes.hpp"
#include "../validators/validator.hpp"
#include "rules.hpp"

namespace descr::detail {

// A descriptor whose value JSON loads through it: it keeps one (storage_type) and validates it.
template <class D>
concept json_validated = has_storage<D> && validates<D, typename D::storage_type>;

// "quantity" from "_quantity".
template <std::size_t K>
constexpr fixed_string<K - 1> public_name_of(const fixed_string<K>& s) noexcept {
  fixed_string<K - 1> out;
  for (std::size_t i = 0; i + 1 != K; ++i) out.data[i] = s.data[i + 1];
  return out;
}

// Whether a document must give a validated attribute: not when it stores a std::optional, nor
// when json_rules<D> says `static constexpr bool required = false;` (a validator with a default).
template <class D>
consteval bool rules_require() {
  if constexpr (requires { json_rules<D>::required; }) return json_rules<D>::required;
  else return true;
}

template <class T>
inline constexpr bool is_std_optional = false;
template <class T>
inline constexpr bool is_std_optional<std::optional<T>> = true;

struct json_kind {
  static constexpr int none = 0, field = 1, validated = 2;
};

template <class C, class Cell>
consteval int json_kind_of() {
  constexpr std::string_view n = Cell::name.view();
  if constexpr (n.empty() || n[0] == '.') {
    return json_kind::none;
  } else if constexpr (n[0] == '_') {
    if constexpr (n.size() < 2) {
      return json_kind::none;
    } else {
      using A = class_attribute<public_name_of(Cell::name), mro_t<C>>;
      if constexpr (!A::found) return json_kind::none;
      else if constexpr (!json_validated<typename A::value_type>) return json_kind::none;
      else return storage_name<typename A::member> == Cell::name ? json_kind::validated
                                                                 : json_kind::none;
    }
  } else {
    return class_attribute<Cell::name, mro_t<C>>::found ? json_kind::none : json_kind::field;
  }
}

// What JSON knows of an entry (a cell) of C: whether it is listed, its public name, its type,
// whether a document must give it, and for a validated attribute its descriptor.
template <class C, class Cell, int Kind = json_kind_of<C, Cell>()>
struct json_field {
  static constexpr bool listed = false;
};
template <class C, class Cell>
struct json_field<C, Cell, json_kind::field> {
  static constexpr bool listed = true, validated = false;
  static constexpr auto name = Cell::name;
  using cell = Cell;
  using value_type = typename Cell::value_type;
  // A field that may be absent, or holds a std::optional, may be left out.
  static constexpr bool required = !Cell::may_be_absent && !is_std_optional<value_type>;
};
template <class C, class Cell>
struct json_field<C, Cell, json_kind::validated> {
  static constexpr bool listed = true, validated = true;
  static constexpr auto name = public_name_of(Cell::name);
  using cell = Cell;
  using value_type = typename Cell::value_type;
  using attribute = class_attribute<name, mro_t<C>>;
  using descriptor = typename attribute::value_type;
  static constexpr bool required = !is_std_optional<value_type> && rules_require<descriptor>();
  static constexpr decltype(auto) descriptor_object() {
    return class_attribute_object<typename attribute::owner, typename attribute::member, C>();
  }
};

// f(json_field<C, Cell>{}) for each listed entry, in declaration order.
template <class C, class F>
constexpr void for_each_json_field(F&& f) {
  for_each_type<typename layout_of<C>::cells>([&]<class Cell>(Cell*) {
    if constexpr (json_field<C, Cell>::listed) f(json_field<C, Cell>{});
  });
}

template <class C>
bool is_json_field_name(std::string_view key) {
  bool found = false;
  for_each_json_field<C>([&](auto info) { found = found || info.name.view() == key; });
  return found;
}

}  // namespace descr::detail
