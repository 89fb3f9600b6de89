#pragma once
// descr::Nested: a descr object held as an attribute, validated as a whole (pydantic's model
// field, attrs' instance_of with a validated class):
//   descr::attr<"part", descr::Nested<Component>{}>
#include <optional>
#include <string>
#include <type_traits>

#include "../access.hpp"
#include "../errors.hpp"
#include "../parameters.hpp"
#include "../name_of.hpp"
#include "refusal.hpp"
#include "validator.hpp"

namespace descr {

// class Nested(Validator):
//     def __init__(self, cls): self.cls = cls
//     def validate(self, value):
//         if not isinstance(value, self.cls):
//             raise TypeError(f'Expected {value!r} to be a {self.cls.__name__}')
//         for name in parameters(self.cls):
//             if not hasattr(value, name):
//                 raise ValueError(f'Expected {value!r} to have a value for {name!r}')
//
// Each of C's attributes was validated when it was set; what can still be wrong with a whole
// C is an attribute never set (a default-constructed C): every parameter of C (init.hpp: its
// fields and validated attributes) but an absentable field must hold a value. It stores a C; a
// set takes a C (copied or moved in), anything else is the `wrong type for attribute` compile
// error. C's default constructor is not needed.
template <class C>
struct Nested : Validator<Nested<C>, C> {
  static_assert(Object<C>, "descr::Nested holds a descr class");

  // validate's verdict without raising (refusal.hpp): the first parameter without a value.
  template <std::same_as<C> V>
  constexpr std::optional<refusal> why_not(const V& value) const {
    std::optional<refusal> r;
    detail::for_each_type<parameters_t<C>>([&]<class P>(P*) {
      if constexpr (P::missing != detail::when_missing::stay_absent) {
        if (!r && !has_value<P>(value))
          r = refusal{"Expected " + detail::message_repr(value) + " to have a value for " +
                      detail::string_repr(P::name.view())};
      }
    });
    return r;
  }
  template <std::same_as<C> V>
  constexpr void validate(const V& value) const {
    raise_if(why_not(value));
  }

 private:
  // A descriptor's value is looked at where it keeps it (its private entry): hasattr of the
  // public name would read it, and a read that raises ends the program without exceptions.
  template <class P>
  static constexpr bool has_value(const C& value) {
    using M = typename P::member;
    if constexpr (M::kind == detail::member_kind::field) return hasattr<P::name>(value);
    else return hasattr<detail::storage_name<M>>(value);
  }
};

}  // namespace descr
