#pragma once
// The descriptor protocol as concepts: __get__, __set__, __delete__, __set_name__.
#include "detail/builtin_traits.hpp"
#include "detail/config.hpp"
#include <string_view>
#include <type_traits>
#include <utility>

#include "fixed_string.hpp"

namespace descr {

// descr::type<C> stands for the class object C (Python's `objtype`, and `C.x` access).
// Calling it constructs a C, as calling a class does in Python: `cls(args...)` in a
// classmethod builds an object of the class the method was read from (a derived class's
// constructors are its own: descr::bases does not inherit them).
template <class C>
struct type_t {
  using type = C;

  template <class... A>
    requires std::is_constructible_v<C, A...>
  constexpr C operator()(A&&... a) const {
    return C(std::forward<A>(a)...);
  }
};
template <class C>
inline constexpr type_t<C> type{};

// Python's None, passed as `obj` when an attribute is read from the class.
struct none_t {
  friend constexpr bool operator==(none_t, none_t) noexcept { return true; }
};
inline constexpr none_t none{};

namespace detail {

// Whether a class declares a member of a given name at all (function, template, overload set
// or data), whatever its signature: a probe base declares the same name, so naming it through
// a class that derives from both is ambiguous exactly when the descriptor has one too. This is
// what keeps classification independent of the value being assigned. A final class cannot be
// derived from; for it only a member that is not a template or an overload set is seen.
#define DESCR_DETAIL_MEMBER_PROBE(member)                                                  \
  struct probe_##member {                                                                  \
    void member();                                                                         \
  };                                                                                       \
  template <class D>                                                                       \
  struct prober_##member : D, probe_##member {};                                           \
  template <class D>                                                                       \
  concept declares_##member =                                                              \
      __is_class(D) && ((!__is_final(D) && !requires { &prober_##member<D>::member; }) ||   \
                        (__is_final(D) && requires { &D::member; }));

DESCR_DETAIL_MEMBER_PROBE(get)
DESCR_DETAIL_MEMBER_PROBE(set)
DESCR_DETAIL_MEMBER_PROBE(del)
DESCR_DETAIL_MEMBER_PROBE(set_name)
DESCR_DETAIL_MEMBER_PROBE(forget)
#undef DESCR_DETAIL_MEMBER_PROBE

}  // namespace detail

// The Owner parameter names the class the descriptor is used in; classification looks only at
// which members the descriptor declares, never at argument types.
template <class D, class Owner>
concept HasGet = detail::declares_get<detail::remove_cvref_t<D>>;
template <class D, class Owner>
concept HasSet = detail::declares_set<detail::remove_cvref_t<D>>;
template <class D, class Owner>
concept HasDelete = detail::declares_del<detail::remove_cvref_t<D>>;
template <class D, class Owner>
concept HasSetName = detail::declares_set_name<detail::remove_cvref_t<D>>;

// As DESIGN.md defines them: a data descriptor has get and (set or del); a non-data one only get.
template <class D, class Owner>
concept DataDescriptor = HasGet<D, Owner> && (HasSet<D, Owner> || HasDelete<D, Owner>);
template <class D, class Owner>
concept NonDataDescriptor = HasGet<D, Owner> && !HasSet<D, Owner> && !HasDelete<D, Owner>;
template <class D, class Owner>
concept Descriptor = HasGet<D, Owner> || HasSet<D, Owner> || HasDelete<D, Owner>;

// A descriptor may declare get, set or del and refuse that access all the same, as Python's
// property does when it has no fget, fset or fdel: its __get__, __set__ and __delete__ exist
// (a property without a setter is still a data descriptor, which an instance entry never
// shadows) and raise AttributeError. The refusal is known at compile time, so it says so with
// a constant beside the member, and the access is a compile error in Python's words:
//   static constexpr bool readable = false;   a read:       `has no getter` (but a getattr_hook
//                                             that answers the name answers instead, as
//                                             __getattr__ does after the AttributeError)
//   static constexpr bool writable = false;   an assignment: `read-only attribute`
//   static constexpr bool deletable = false;  a del:          `cannot delete attribute`
// Classification still looks at the declared members only. A refused member is never called
// by the lookup, so it may be constrained away (requires) or left undefined. Class access
// (C.x, getattr_static) is not a read of the instance: it is never refused.
namespace detail {
template <class D>
concept refuses_get = requires { requires !remove_cvref_t<D>::readable; };
template <class D>
concept refuses_set = requires { requires !remove_cvref_t<D>::writable; };
template <class D>
concept refuses_del = requires { requires !remove_cvref_t<D>::deletable; };
}  // namespace detail
// Beyond Python: the attributes a descriptor's value is computed from. A descriptor that declares
// `using dependencies = descr::depends_on_t<"side", ...>;` and a member `forget(obj)` (with its
// storage last, as get takes it) has forget called after descr::setattr or descr::delattr changes
// one of those attributes of obj: a cached value is then computed again. Classes and attributes
// without dependents pay nothing, not even a test.
template <fixed_string... Names>
struct depends_on_t {
  static constexpr bool contains([[maybe_unused]] std::string_view name) noexcept {
    return ((Names.view() == name) || ...);
  }
};
template <fixed_string... Names>
inline constexpr depends_on_t<Names...> depends_on{};

template <class D>
concept HasDependencies = requires { typename detail::remove_cvref_t<D>::dependencies; };

}  // namespace descr
