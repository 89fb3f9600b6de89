#pragma once
// descr::Validator: the HowTo's abstract base of validated fields. A validator keeps its value
// per instance under the private name "_" + name (vars shows it), and a set runs the derived
// class's validate(value) before anything is stored, so that a rejected value never reaches
// the object:
//
//   class Even(Validator):                    struct Even : descr::Validator<Even, int> {
//       def validate(self, value):              void validate(int value) const {
//           if value % 2:                          if (value % 2)
//               raise ValueError(...)                throw descr::value_error(...);
//                                                }
//                                              };
//   class Pair:                               struct Pair : descr::object<Pair,
//       left = Even()                             descr::attr<"left", Even{}>> {};
#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

#include "../detail/either.hpp"
#include "../detail/python_text.hpp"
#include "../detail/write.hpp"
#include "../errors.hpp"
#include "../name_of.hpp"
#include "../protocol.hpp"
#include "../slot.hpp"
#include "refusal.hpp"

namespace descr {

// The reasons a validator gives for rejecting a value, as constants, for the compile error of
// a rejected value in constant evaluation. A validator declares them with a check that does
// not throw (descr::Number does):
//   using rejections = descr::rejections<"Expected the value to be at least minvalue", ...>;
//   constexpr int rejection(const V& value) const;  // 0: taken; i: the i-th reason
// Keyword construction (init.hpp) in constant evaluation then stops at the first rejected
// value with a diagnostic naming the class, the attribute and the reason.
template <fixed_string... Why>
struct rejections {};

namespace diagnostics {
// Not constexpr: reached in constant evaluation, it stops it, and the compilers name it with
// its template arguments: the class, the attribute, and why the validator rejects the value.
// Give the attribute a value its validator takes.
template <class Class, fixed_string Name, fixed_string Why>
inline void value_rejected_in_constant_evaluation() {}
}  // namespace diagnostics

namespace detail {

template <class V>
concept string_like = std::is_convertible_v<const V&, std::string_view>;

// What a validator of storage type T stores a V in: what a field of type T takes (write.hpp's
// rule: no floating to integral, no number to bool), and any text into a type made from a
// std::string_view (a std::string takes a std::string_view only explicitly).
template <class T, class V>
concept storable = accepts<T, V> || (string_like<std::remove_cvref_t<V>> &&
                                     std::is_constructible_v<T, std::string_view>);

// A value whose type is known only at run time, as Python's are: a std::variant. A validator
// takes one when one of its alternatives can be stored; another alternative reaches validate,
// which rejects it (Python's TypeError: "Expected 'V' to be an int or float").
template <class T, class V>
inline constexpr bool storable_alternative = false;
template <class T, class... A>
inline constexpr bool storable_alternative<T, std::variant<A...>> = (storable<T, const A&> || ...);

template <class D, class V>
concept validates = requires(const D& d, const V& v) { d.validate(v); };
template <class D, class V>
inline constexpr bool validates_alternatives = false;
template <class D, class... A>
inline constexpr bool validates_alternatives<D, std::variant<A...>> = (validates<D, A> && ...);

// Whether a validator D of storage type T takes a V: stored as it is, or a variant of which
// validate takes every alternative and one can be stored.
template <class D, class T, class V, class Plain = std::remove_cvref_t<V>>
concept validator_takes =
    (storable<T, V> && validates<D, Plain>) ||
    (storable_alternative<T, Plain> && validates_alternatives<D, Plain>);

// Whether assigning a V to a T (in place, or constructing it in an empty entry) leaves the
// old value when it throws: an assignment that cannot throw, and a std::basic_string assigned
// from its own type, whose members have no effect when they throw ([string.require]: a copy
// that needs more room allocates it before it touches the old characters). Assigned in place,
// a string copies its characters once, where made beside and moved in, a short one twice.
template <class T>
inline constexpr bool is_basic_string = false;
template <class C, class Traits, class A>
inline constexpr bool is_basic_string<std::basic_string<C, Traits, A>> = true;
template <class T, class V>
inline constexpr bool assigns_strongly =
    (std::is_nothrow_assignable_v<T&, V&&> && std::is_nothrow_constructible_v<T, V&&>) ||
    (is_basic_string<T> && std::is_same_v<std::remove_cvref_t<V>, T>);

// Stores v with the strong guarantee: if making the new value throws (a copy, a conversion,
// an allocation), the old one is still there. A value assigned with that guarantee is assigned
// in place; any other is made beside the old one first, then moved in, which must not throw.
template <class T, class V>
[[gnu::always_inline]] constexpr void store(const slot<T>& s, V&& v) {
  if constexpr (assigns_strongly<T, V>) {
    s.set(static_cast<V&&>(v));
  } else {
    static_assert(std::is_nothrow_move_constructible_v<T> && std::is_nothrow_move_assignable_v<T>,
                  "a validated value's type must move without throwing: a store that throws "
                  "half-way would leave neither the old value nor the new one");
    T fresh(static_cast<V&&>(v));
    s.set(std::move(fresh));
  }
}

// Python's repr() of a value in a validator's message: str, int, float, bool, None, a
// variant as the value it holds, a type's own repr() member, else <T object>.
template <class V>
std::string message_repr(const V& v) {
  if constexpr (std::is_same_v<V, bool>) return v ? "True" : "False";
  else if constexpr (std::is_same_v<V, none_t> || std::is_null_pointer_v<V>) return "None";
  else if constexpr (string_like<V>) return string_repr(std::string_view(v));
  else if constexpr (std::is_floating_point_v<V>) return float_repr(static_cast<double>(v));
  else if constexpr (std::is_integral_v<V>) return int_repr(v);
  else if constexpr (is_variant<V>)
    return std::visit([](const auto& held) { return message_repr(held); }, v);
  else if constexpr (requires { v.repr(); }) return std::string(v.repr());
  else if constexpr (requires { v.has_value(); *v; })  // std::optional: None or the value
    return v.has_value() ? message_repr(*v) : std::string("None");
  else if constexpr (requires { v.begin() != v.end(); }) {  // a sequence: a Python list
    std::string out = "[";
    for (const auto& item : v) {
      if (out.size() > 1) out += ", ";
      out += message_repr(item);
    }
    return out + "]";
  } else return "<" + std::string(name_of<V>) + " object>";
}

// A validator is a descriptor with a storage_type and a validate(value) that throws
// descr::value_error or descr::type_error: what List, Optional and AllOf are built from.
template <class D>
concept validator_like = requires { typename D::storage_type; };

// "Expected " + what + " to be " + rest: the HowTo's messages.
inline std::string expected(std::string what, std::string_view rest) {
  return "Expected " + std::move(what) + " to be " + std::string(rest);
}

// The TypeError of a text validator (String, Pattern) handed something that is not text.
template <class V>
refusal not_a_str(const V& value) {
  return type_refusal(expected(message_repr(value), "an str"));
}

// Whether a validator's messages may start with an item path ("[2]: ..."): List's, and those
// of the validators built from one. Its set then puts the attribute's name before the path.
template <class D>
inline constexpr bool reports_item_paths = false;
template <class D>
  requires requires { D::reports_item_paths; }
inline constexpr bool reports_item_paths<D> = D::reports_item_paths;

// Rethrows the validator error being handled, as its own type, with `prefix` before its
// message when the message starts with an item path ('['). Other errors go through unchanged.
#if defined(__cpp_exceptions)
template <class = void>
[[noreturn]] void rethrow_item_path(std::string_view prefix) {
  try {
    throw;
  } catch (const value_error& e) {
    if (e.what()[0] != '[') throw;
    throw value_error(std::string(prefix) + e.what());
  } catch (const type_error& e) {
    if (e.what()[0] != '[') throw;
    throw type_error(std::string(prefix) + e.what());
  }
}
#endif

// The attribute's name, from the private name its validator keeps its value under ("_x").
constexpr std::string_view public_name(std::string_view private_name) {
  if (!private_name.empty() && private_name[0] == '_') private_name.remove_prefix(1);
  return private_name;
}

// validator.validate(value), with the attribute's name before an item path in its message
// ("items[2]: ..."): the private name without its "_". Without exceptions, the error ends the
// program (detail/raise.hpp), with the same message when the validator has a why_not.
template <class D, class V, class T>
[[gnu::always_inline]] constexpr void validate_named(const D& validator, const V& value,
                                                    const slot<T>& private_value) {
#if !defined(__cpp_exceptions)
  if constexpr (reports_item_paths<D> && says_why_not<D, V>) {
    if (std::optional<refusal> r = validator.why_not(value)) [[unlikely]] {
      if (r->message.starts_with('[')) r->message.insert(0, public_name(private_value.name()));
      raise(*r);
    }
  } else {
    static_cast<void>(private_value);
    validator.validate(value);
  }
#else
  if constexpr (reports_item_paths<D>) {
    try {
      validator.validate(value);
    } catch (const error&) {
      rethrow_item_path(public_name(private_value.name()));
    }
  } else {
    validator.validate(value);
  }
#endif
}

}  // namespace detail

// The set of a validator: validate(value), then store it. For a value of a run-time type (a
// std::variant), the alternative it holds. Validators that do not derive from Validator call
// it from their own set. Always inlined, down to validate (descr's validators force theirs):
// the validator is a constant object there, so its options fold into the check.
template <class D, class T, class V>
[[gnu::always_inline]] constexpr void validated_set(const D& validator, V&& value,
                                                   const slot<T>& private_value) {
  using Plain = std::remove_cvref_t<V>;
  if constexpr (detail::storable<T, V> && detail::validates<D, Plain>) {
    detail::validate_named(validator, std::as_const(value), private_value);
    detail::store(private_value, static_cast<V&&>(value));
  } else {
    std::visit(
        [&](auto&& held) {
          detail::validate_named(validator, std::as_const(held), private_value);
          if constexpr (detail::storable<T, decltype(held)>)
            detail::store(private_value, static_cast<decltype(held)&&>(held));
          else  // validate must reject a value that cannot be stored
            DESCR_DETAIL_RAISE(type_error(detail::expected(detail::message_repr(held),
                                                           "of a type the validator stores")));
        },
        static_cast<V&&>(value));
  }
}

// The HowTo's Validator, as a base: a descriptor that keeps a T per instance under "_" + name
// (a descr::slot<T>), reads it back (a read before any set raises Python's AttributeError for
// the private name), and on set calls Derived's validate(value) with the value as given,
// storing it only if validate returns. The store is strongly exception-safe. Which values a
// set takes is decided at compile time: those a field of type T takes and validate accepts
// (another is the `wrong type for attribute` compile error), or a std::variant of which
// validate accepts every alternative and one can be stored (validate rejects the others at
// run time, as Python's validators raise TypeError).
//
// A validator whose options come in designated initializers (Number{.minvalue = 0}) cannot
// derive from it: g++ warns (-Wextra) about the base a designated initializer leaves out.
// Such a validator declares the three members itself, as descr::Number does (see there).
template <class Derived, class T>
struct Validator {
  using storage_type = T;

  // return getattr(obj, self.private_name)
  template <class Obj>
  constexpr const T& get(Obj&, slot<T> private_value) const {
    return private_value.get();
  }

  // self.validate(value); setattr(obj, self.private_name, value)
  template <class Obj, class V>
    requires detail::validator_takes<Derived, T, V>
  [[gnu::always_inline]] constexpr void set(Obj&, V&& value, slot<T> private_value) const {
    validated_set(static_cast<const Derived&>(*this), static_cast<V&&>(value), private_value);
  }
};

}  // namespace descr
