#pragma once
// What a failed entry point returns after its one static_assert.
#include "config.hpp"

namespace descr::detail {

// What a failed entry point returns after its static_assert: it converts to anything and
// absorbs operators, so that using the failed read in an expression adds no further errors.
struct poison {
  template <class T>
  operator T&() const noexcept;
  // A failed read of a method, called.
  template <class... A>
  poison operator()(A&&...) const noexcept;
};
// Declared only (not constexpr, which would make them inline): they are named solely in a
// translation unit that has already failed.
#define DESCR_DETAIL_POISON_OP(op)                               \
  poison operator op(const poison&, const poison&) noexcept;     \
  template <class T>                                             \
  poison operator op(const poison&, const T&) noexcept;          \
  template <class T>                                             \
  T& operator op(T&, const poison&) noexcept;
DESCR_DETAIL_POISON_OP(+)
DESCR_DETAIL_POISON_OP(-)
DESCR_DETAIL_POISON_OP(*)
DESCR_DETAIL_POISON_OP(/)
DESCR_DETAIL_POISON_OP(%)
DESCR_DETAIL_POISON_OP(==)
DESCR_DETAIL_POISON_OP(!=)
DESCR_DETAIL_POISON_OP(<)
DESCR_DETAIL_POISON_OP(>)
DESCR_DETAIL_POISON_OP(<=)
DESCR_DETAIL_POISON_OP(>=)
DESCR_DETAIL_POISON_OP(<<)
DESCR_DETAIL_POISON_OP(>>)
DESCR_DETAIL_POISON_OP(&&)
DESCR_DETAIL_POISON_OP(||)
#undef DESCR_DETAIL_POISON_OP

}  // namespace descr::detail
