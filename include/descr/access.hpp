#pragma once
// getattr, setattr, delattr and hasattr: Python's attribute access, on instances, on classes
// (descr::type<C>) and through descr::super. Each entry point checks its access once, reports
// a misuse as one compile error, and only then runs the lookup of lookup.hpp.
#include <type_traits>
#include <utility>

#include "detail/access_plan.hpp"
#include "detail/builtin_traits.hpp"
#include "detail/fast_path.hpp"
#include "detail/misuse.hpp"
#include "detail/read.hpp"
#include "detail/write.hpp"
#include "diagnostics.hpp"
#include "lookup.hpp"
#include "object.hpp"
#include "super.hpp"

namespace descr {

namespace detail {
template <class T>
inline constexpr bool is_type_v = false;
template <class C>
inline constexpr bool is_type_v<type_t<C>> = true;

// setattr (Del 0) and delattr (Del 1) on what is not a descr object. A descr class is fixed
// at compile time, like Python's built-in types ("cannot set 'x' attribute of immutable type
// 'C'"): state shared by the instances and changing at run time belongs in an attr_of
// descriptor. A super object has no attribute to assign or delete (Python's "'super' object
// has no attribute 'x'"), whatever the classes declare. A poison is what a failed access
// returned: its one error has been reported.
template <fixed_string Name, class T, int Del>
constexpr void refuse_set_or_del() {
  if constexpr (is_type_v<T>) {
    if constexpr (Del == 0)
      static_assert(diagnostics::class_is_mutable<typename T::type, Name>,
                    "cannot set attribute of immutable type: class attributes are compile-time");
    else
      static_assert(diagnostics::class_is_mutable<typename T::type, Name>,
                    "cannot delete attribute of immutable type: class attributes are "
                    "compile-time");
  } else if constexpr (is_super_v<T>) {
    using C = typename super_lookup<typename T::base, typename T::object_type, Name>::C;
    if constexpr (!std::is_same_v<typename T::object_type, rejected_super>)  // else reported
      report<misuse::no_attribute, super_t<typename T::base, C>, Name>();
  } else if constexpr (!std::is_same_v<T, poison>) {
    report<Del == 0 ? misuse::setattr_argument : misuse::delattr_argument, T, "">();
  }
}
}  // namespace detail

// Python's object.__getattribute__(obj, 'x'): the lookup without the class's getattribute_hook.
template <fixed_string Name, Object Obj>
constexpr decltype(auto) generic_getattr(Obj& obj) {
  using C = std::remove_cv_t<Obj>;
  constexpr int m = detail::get_misuse<C, Name, Obj>();
  if constexpr (m != detail::misuse::none) return detail::report<m, C, Name>();
  else return detail::generic_getattr<Name>(obj);
}

// obj.x, C.x (descr::type<C>) and super(B, obj).x.
template <fixed_string Name, class Obj>
DESCR_DETAIL_ACCESS constexpr decltype(auto) getattr(Obj&& obj) {
  using T = detail::remove_cvref_t<Obj>;  // builtins where the compiler has them
  using O = detail::remove_reference_t<Obj>;
  // The common cases first (detail/fast_path.hpp). Written out, not through an alias taking
  // Name: each template argument of class type costs a constant evaluation to check.
  using Names = detail::names_of<T>;
  using F = detail::entry_at<Names, detail::position_of<Names>(Name.data)>;
  constexpr int fast = detail::fast_kind(F::access_kind, &F::name, &Name);
  if constexpr (fast == 1) {
    // An instance entry always present: the class's member pointer to it (detail/cells.hpp).
    return (obj.*detail::value_of<T, F>);
  } else if constexpr (fast == 3) {
    // A constant of scalar type: the member's constant itself, as named_constant names it
    // (through a reference, as class_attribute_object does: g++ 12 would deduce a value).
    const auto& constant = F::member::prototype;
    return (constant);
  } else if constexpr (fast == 4) {
    // A class attribute: its get called on the constant itself, or through descriptor_get,
    // or the general path. Decided by constants, not concepts (a concept costs each entry a
    // satisfaction check of its own): per descriptor type on clang (read_plan), per attribute
    // on g++ (fast_get, direct_get), whichever costs each compiler less (detail/access_plan.hpp).
    using M = typename F::member;
#if defined(__clang__)
    using D = typename M::descriptor_type;
    constexpr int plan = detail::read_plan<T, D, O, M::kind>::value;
    // A get that takes the name, asked of D (a const get is callable on it too).
    constexpr int form =
        plan > 0 && requires(D& d, O& o) { d.template get<Name>(o, type<T>); } ? 0 : plan;
#else
    constexpr int form = detail::fast_get<T, M, O> ? detail::direct_get<T, M, O> : -1;
#endif
    // 3 and 4: on the member's prototype, for a descriptor without set_name (read_plan).
    if constexpr (form == 3) return M::prototype.get(obj, type<T>);
    else if constexpr (form == 4) return M::prototype.get(obj);
    else if constexpr (form == 1)
      return detail::named_constant<typename F::owner, M>.get(obj, type<T>);
    else if constexpr (form == 2) return detail::named_constant<typename F::owner, M>.get(obj);
    else if constexpr (form == 0) return detail::descriptor_get<T, M, typename F::owner>(obj);
    else return descr::generic_getattr<Name>(obj);
  } else if constexpr (detail::is_type_v<T>) {
    using C = typename T::type;
    using A = detail::class_attribute<Name, detail::mro_t<C>>;
    constexpr int m = detail::class_get_misuse<C, Name>();
    if constexpr (m != detail::misuse::none) return detail::report<m, T, Name>();
    else return detail::descriptor_get_class<C, typename A::member, typename A::owner>();
  } else if constexpr (detail::is_super_v<T>) {
    using B = typename T::base;
    using O = typename T::object_type;
    using C = typename detail::super_lookup<B, O, Name>::C;
    constexpr int m = detail::super_misuse<B, O, Name>();
    // Python names the object's class where super's own words do not apply.
    using Subject = std::conditional_t<
        m == detail::misuse::super_base_not_in_mro || m == detail::misuse::no_getter, C,
        super_t<B, C>>;
    if constexpr (m != detail::misuse::none) return detail::report<m, Subject, Name, B>();
    else return detail::super_getattr<Name>(obj);
  } else if constexpr (!Object<T>) {
    // A poison is what a failed access returned (an object a failed call would have built):
    // its one error has been reported.
    if constexpr (std::is_same_v<T, detail::poison>) return detail::poison{};
    else return detail::report<detail::misuse::getattr_argument, T, "">();
  } else if constexpr (!std::is_void_v<detail::getattribute_hook_of<detail::class_of<T>>>) {
    return detail::hooked_getattr<Name>(obj);
  } else {
    return descr::generic_getattr<Name>(obj);
  }
}

// obj.x = value, and C.x = value (descr::type<C>) and super(B, obj).x = value, which are
// errors. One function template for all, dispatching inside as getattr does: an overload per
// kind of argument would make every access deduce super_t<B, O> and type_t<C> against each of
// the object's bases (its entries: a thousand, in a class of a thousand fields), which cost
// clang more than the assignment itself.
template <fixed_string Name, class Obj, class V>
DESCR_DETAIL_ACCESS constexpr void setattr(Obj&& obj, V&& value) {
  using O = detail::remove_reference_t<Obj>;  // as in getattr
  using C = detail::remove_cv_t<O>;
  using Names = detail::names_of<C>;
  using F = detail::entry_at<Names, detail::position_of<Names>(Name.data)>;
  constexpr int fast = detail::fast_kind(F::access_kind, &F::name, &Name);
  if constexpr ((fast == 1 || fast == 2) && !DESCR_DETAIL_IS_CONST(O) &&
                detail::accepts_v<typename F::value_type, V&&>) {
    // An instance entry, through its member pointer as getattr reads it (an absentable
    // entry's std::optional becomes present).
    obj.*detail::value_of<C, F> = std::forward<V>(value);
    if constexpr (detail::has_dependents<C>) detail::forget_dependents<Name>(obj);
  } else if constexpr (constexpr int plan = detail::write_plan_of<fast == 4>::template type<
                                               C, F, O, V&&>::value;
                       plan >= 0) {
    using M = typename F::member;
    if constexpr (plan == 2)
      M::prototype.set(obj, std::forward<V>(value));
    else if constexpr (plan == 1)
      detail::named_constant<typename F::owner, M>.set(obj, std::forward<V>(value));
    else
      detail::descriptor_set<M, typename F::owner>(obj, std::forward<V>(value));
    if constexpr (detail::has_dependents<C>) detail::forget_dependents<Name>(obj);
  } else if constexpr (Object<C>) {
    constexpr int m = detail::set_misuse<C, Name, O, V&&>();
    if constexpr (m != detail::misuse::none) detail::report<m, C, Name, std::remove_cvref_t<V>>();
    else detail::instance_setattr<Name>(obj, std::forward<V>(value));
  } else {
    detail::refuse_set_or_del<Name, C, 0>();
  }
}

// del obj.x, and del C.x and del super(B, obj).x (errors): one function template, as setattr.
template <fixed_string Name, class Obj>
constexpr void delattr(Obj&& obj) {
  using O = std::remove_reference_t<Obj>;
  using C = std::remove_cv_t<O>;
  if constexpr (Object<C>) {
    constexpr int m = detail::del_misuse<C, Name>();
    if constexpr (m != detail::misuse::none) detail::report<m, C, Name>();
    else detail::instance_delattr<Name>(obj);
  } else {
    detail::refuse_set_or_del<Name, C, 1>();
  }
}

// inspect.getattr_static(C, 'x'), or C.__dict__['x'] for the class that declares it: the class
// attribute itself, the first along the MRO, without calling its get (a descriptor object, a
// class variable's constant).
template <fixed_string Name, class C>
constexpr decltype(auto) getattr_static(type_t<C>) {
  using A = detail::class_attribute<Name, detail::mro_t<C>>;
  constexpr int m = detail::class_get_misuse<C, Name>();
  if constexpr (m != detail::misuse::none) return detail::report<m, type_t<C>, Name>();
  else return detail::class_attribute_object<typename A::owner, typename A::member>();
}

namespace detail {
template <class C, fixed_string Name>
concept always_present =
    is(resolve<C, Name>::value, rule::instance) && !resolve<C, Name>::cell::may_be_absent;

// Whether obj.x answers: 0 never, 1 always (decided at compile time), 2 it depends on run
// time (an absentable entry, a descriptor's get that may raise attribute_error, the hooks).
template <fixed_string Name, class T>
consteval int presence() {
  if constexpr (is_type_v<T>) {
    return class_attribute<Name, mro_t<typename T::type>>::found ? 1 : 0;
  } else if constexpr (is_super_v<T>) {
    using L = super_lookup<typename T::base, typename T::object_type, Name>;
    constexpr bool refused = !is_type_v<typename T::object_type> &&
                             refuses_get<typename L::found::value_type>;
    return L::found::found && !refused ? 2 : 0;
  } else {
    using C = class_of<T>;
    using R = resolve<C, Name>;
    if constexpr (!std::is_void_v<getattribute_hook_of<C>>) return 2;
    else if constexpr (is(R::value, rule::none) || refused_read<C, Name>) return 0;
    else if constexpr (is(R::value, rule::class_variable) || always_present<C, Name>) return 1;
    else return 2;
  }
}

#if !defined(__cpp_exceptions)
// Without exceptions nothing catches a read's attribute_error. Where the answer is an instance
// entry that may be absent and nothing else answers for it (no class attribute, no hook),
// hasattr and getattr with a default look at the entry instead of reading it; elsewhere they
// read, and a read that raises ends the program (detail/raise.hpp).
template <fixed_string Name, class T>
consteval bool entry_decides() {
  if constexpr (is_type_v<T> || is_super_v<T>) {
    return false;
  } else {
    using R = resolve<class_of<T>, Name>;
    return std::is_void_v<getattribute_hook_of<class_of<T>>> && is(R::value, rule::instance) &&
           is(R::without_instance, rule::none);
  }
}
template <fixed_string Name, class Obj>
constexpr bool entry_present(Obj& obj) {
  return static_cast<bool>(value_in<typename resolve<class_of<Obj>, Name>::cell>(obj));
}
#endif
}  // namespace detail

// hasattr(obj, 'x'): std::true_type / std::false_type where the rules decide it at compile
// time; a bool where it depends on run time, found as Python does: by trying the read.
template <fixed_string Name, class Obj>
constexpr auto hasattr(Obj&& obj) {
  constexpr int p = detail::presence<Name, std::remove_cvref_t<Obj>>();
  if constexpr (p != 2) {
    return std::bool_constant<p == 1>{};
  } else {
#if defined(__cpp_exceptions)
    try {
      static_cast<void>(getattr<Name>(obj));
      return true;
    } catch (const attribute_error&) {
      return false;
    }
#else
    if constexpr (detail::entry_decides<Name, std::remove_cvref_t<Obj>>()) {
      return detail::entry_present<Name>(obj);
    } else {
      static_cast<void>(getattr<Name>(obj));
      return true;
    }
#endif
  }
}

// getattr(obj, 'x', default): the default where the read raises attribute_error, or where no
// rule answers x at all (then the default is the answer, decided at compile time). Where it
// depends on run time, the result has either answer's type (a std::variant if they differ).
template <fixed_string Name, class Obj, class Default>
constexpr decltype(auto) getattr(Obj&& obj, Default&& fallback) {
  constexpr int p = detail::presence<Name, std::remove_cvref_t<Obj>>();
  if constexpr (p == 0) {
    return std::decay_t<Default>(std::forward<Default>(fallback));
  } else if constexpr (p == 1) {
    return getattr<Name>(std::forward<Obj>(obj));
  } else {
    using R = detail::either<decltype(getattr<Name>(obj)), Default>;
#if defined(__cpp_exceptions)
    try {
      return detail::widen<R>(getattr<Name>(std::forward<Obj>(obj)));
    } catch (const attribute_error&) {
      return detail::widen<R>(std::forward<Default>(fallback));
    }
#else
    if constexpr (detail::entry_decides<Name, std::remove_cvref_t<Obj>>())
      if (!detail::entry_present<Name>(obj))
        return detail::widen<R>(std::forward<Default>(fallback));
    return detail::widen<R>(getattr<Name>(std::forward<Obj>(obj)));
#endif
  }
}

}  // namespace descr
