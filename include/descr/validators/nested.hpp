#pragma once
// descr::Nested: a descr object held as an attribute, validated as a whole (pydantic's model
// field, attrs' instance_of with a validated class):
//   descr::attr<"part", descr::Nested<Component>{}>
#include <string>
#include <type_traits>

#include "../access.hpp"
#include "../errors.hpp"
#include "../parameters.hpp"
#include "../name_of.hpp"
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

  template <std::same_as<C> V>
  constexpr void validate(const V& value) const {
    detail::for_each_type<parameters_t<C>>([&]<class P>(P*) {
      if constexpr (P::missing != detail::when_missing::stay_absent) {
        if (!hasattr<P::name>(value))
          DESCR_DETAIL_RAISE(value_error("Expected " + detail::message_repr(value) +
                                         " to have a value for " +
                                         detail::string_repr(P::name.view())));
      }
    });
  }
};

}  // namespace descr
