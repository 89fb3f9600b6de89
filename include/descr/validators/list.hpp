#pragma once
// descr::List: a list whose items each pass a validator, of bounded length (pydantic's
// conlist, attrs' deep_iterable):
//   descr::attr<"sizes", descr::List{.item = descr::Number<int>{.minvalue = 0}, .maxsize = 4}>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "../errors.hpp"
#include "../slot.hpp"
#include "refusal.hpp"
#include "validator.hpp"

namespace descr {

namespace detail {
template <class T>
inline constexpr bool is_vector = false;
template <class U, class A>
inline constexpr bool is_vector<std::vector<U, A>> = true;

// An item a List of Item takes: one Item takes as it is, or, for a List of Lists, a sequence
// of such items (a std::vector<std::vector<int>> for a List of Lists of Number).
template <class Item, class X>
concept list_item =
    storable<Item, X> ||
    (is_vector<Item> && !string_like<std::remove_cvref_t<X>> && requires(const X& x) {
      x.begin() != x.end();
      requires storable<typename Item::value_type, decltype(*x.begin())> ||
                   is_vector<typename Item::value_type>;
    });
// A sequence a List takes: iterable, not text, with items it takes.
template <class V, class Item>
concept list_of = !string_like<V> && requires(const V& v) {
  v.begin() != v.end();
  requires list_item<Item, decltype(*v.begin())>;
};
// The item made from x, converted item by item for a List of Lists.
template <class Item, class X>
constexpr Item make_item(X&& x) {
  if constexpr (storable<Item, X&&>) {
    return Item(static_cast<X&&>(x));
  } else {
    Item out;
    for (auto&& y : x)
      out.push_back(make_item<typename Item::value_type>(static_cast<decltype(y)&&>(y)));
    return out;
  }
}
// Whether validator Item says why it refuses an item of sequence V without raising.
template <class Item, class V>
concept items_say_why_not =
    says_why_not<Item, std::remove_cvref_t<decltype(*std::declval<const V&>().begin())>>;
inline std::string index_prefix(std::size_t i, std::string_view message) {
  // Nested lists join their paths: [1][0]: ...
  return "[" + int_repr(i) + "]" + (message.starts_with('[') ? "" : ": ") + std::string(message);
}
}  // namespace detail

// class List(Validator):
//     def __init__(self, item, minsize=None, maxsize=None): ...
//     def validate(self, value):
//         if not isinstance(value, list):
//             raise TypeError(f'Expected {value!r} to be a list')
//         if self.minsize is not None and len(value) < self.minsize:
//             raise ValueError(f'Expected {value!r} to be no smaller than {self.minsize!r}')
//         if self.maxsize is not None and len(value) > self.maxsize:
//             raise ValueError(f'Expected {value!r} to be no bigger than {self.maxsize!r}')
//         for i, item in enumerate(value):
//             try:
//                 self.item.validate(item)
//             except (TypeError, ValueError) as e:
//                 raise type(e)(f'[{i}]: {e}') from None
//
// and the set of an attribute puts its name before the path: `sizes[2]: Expected -1 to be at
// least 0` (Python's __set__ catching and re-raising with self.public_name). It stores a
// std::vector of the item validator's storage_type; a set takes any sequence (a std::vector,
// std::array, ...) whose items that type takes, converted item by item before anything is
// checked; anything else is the `wrong type for attribute` compile error. Sizes are
// inclusive; the defaults bound nothing. List{.minsize = 3, .maxsize = 1} does not compile.
template <class Item>
struct List {
  static_assert(detail::validator_like<Item>,
                "descr::List's item is a validator (it declares a storage_type and a validate)");
  using item_type = typename Item::storage_type;
  using storage_type = std::vector<item_type>;

  Item item{};
  std::size_t minsize = 0;
  std::size_t maxsize = std::numeric_limits<std::size_t>::max();

  static constexpr bool reports_item_paths = true;
  template <class Obj>
  constexpr const storage_type& get(Obj&, slot<storage_type> private_value) const {
    return private_value.get();
  }
  template <class Obj, class V>
    requires detail::list_of<std::remove_cvref_t<V>, item_type> ||
             detail::validator_takes<List, storage_type, V>
  constexpr void set(Obj&, V&& value, slot<storage_type> private_value) const {
    if constexpr (std::is_same_v<std::remove_cvref_t<V>, storage_type> ||
                  !detail::list_of<std::remove_cvref_t<V>, item_type>) {
      validated_set(*this, static_cast<V&&>(value), private_value);
    } else {
      storage_type items;
      for (auto&& x : value)
        items.push_back(detail::make_item<item_type>(static_cast<decltype(x)&&>(x)));
      validated_set(*this, std::move(items), private_value);
    }
  }

  // validate's verdict without raising (refusal.hpp): its own, else the first refused item's,
  // with the item's index before it ("[2]: ...", "[1][0]: ..." in a List of Lists). Declared
  // when the item validator has a why_not.
  template <class V>
    requires(!detail::list_of<V, item_type>) || detail::items_say_why_not<Item, V>
  constexpr std::optional<refusal> why_not(const V& value) const {
    if (auto r = own_refusal(value)) return r;
    if constexpr (detail::list_of<V, item_type>) {
      std::size_t i = 0;
      for (const auto& x : value) {
        if (auto r = item.why_not(x)) {
          r->message = detail::index_prefix(i, r->message);
          return r;
        }
        ++i;
      }
    }
    return std::nullopt;
  }

  template <class V>
  constexpr void validate(const V& value) const {
    if constexpr (requires { why_not(value); }) {
      raise_if(why_not(value));
    } else {  // an item validator with validate only: the index goes before what it raises
      raise_if(own_refusal(value));
#if defined(__cpp_exceptions)
      std::size_t i = 0;
      for (const auto& x : value) {
        try {
          item.validate(x);
        } catch (const value_error& e) {
          throw value_error(detail::index_prefix(i, e.what()));
        } catch (const type_error& e) {
          throw type_error(detail::index_prefix(i, e.what()));
        }
        ++i;
      }
#else
      // Without exceptions such an item's error ends the program with its message alone.
      for (const auto& x : value) item.validate(x);
#endif
    }
  }

  constexpr std::string_view constant_error() const {
    if (minsize > maxsize) return "minsize is greater than maxsize";
    if constexpr (requires { item.constant_error(); }) return item.constant_error();
    else return {};
  }

 private:
  // Not a list, or a list of the wrong size.
  template <class V>
  constexpr std::optional<refusal> own_refusal(const V& value) const {
    if constexpr (!detail::list_of<V, item_type>) {
      return detail::type_refusal(detail::expected(detail::message_repr(value), "a list"));
    } else {
      std::size_t size = 0;
      for (auto it = value.begin(); it != value.end(); ++it) ++size;
      if (size < minsize)
        return refusal{detail::expected(detail::message_repr(value),
                                        "no smaller than " + detail::int_repr(minsize))};
      if (size > maxsize)
        return refusal{detail::expected(detail::message_repr(value),
                                        "no bigger than " + detail::int_repr(maxsize))};
      return std::nullopt;
    }
  }
};

}  // namespace descr
