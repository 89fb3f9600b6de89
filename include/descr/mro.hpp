#pragma once
// The method resolution order: descr::mro<C> is Python's C.__mro__ (without `object`), the
// C3 linearization of C's bases, computed once per class at compile time. With it come
// Python's issubclass and isinstance, decided from static types.
#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include "detail/c3.hpp"
#include "object.hpp"

namespace descr {

// C.__mro__, as a Boost.Hana tuple of types: hana::for_each(descr::mro<C>, f).
template <class C>
inline constexpr auto mro = []<class... K>(detail::list<K...>*) {
  return boost::hana::make_tuple(boost::hana::type_c<K>...);
}(static_cast<typename C::descr_layout::mro*>(nullptr));

// Whether a class with these bases can exist: no base listed twice, and C3 can merge their
// MROs (Python raises TypeError at class creation otherwise; descr rejects it at compile time).
template <class... B>
inline constexpr bool consistent_bases =
    detail::first_repeat({&detail::type_tag<B>...}) == sizeof...(B) &&
    detail::checked_mro<detail::list<>, detail::list<B...>>::ok && (detail::descr_class<B> && ...);

// Python's issubclass(D, B).
template <class D, class B>
inline constexpr bool issubclass = detail::after<B, typename D::descr_layout::mro>::found;

// Python's isinstance(obj, B), decided from the static type: write functions against a base as
// `void f(descr::InstanceOf<B> auto& obj)`. A descr class holds the fields of its whole MRO
// itself (a diamond keeps one copy of the shared base), so it is not a C++ subclass of its
// bases, and a derived object does not convert to a base reference.
template <class T, class B>
concept InstanceOf = Object<T> && issubclass<std::remove_cvref_t<T>, B>;

}  // namespace descr
