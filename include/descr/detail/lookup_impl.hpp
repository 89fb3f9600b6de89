#pragma once
// The machinery behind lookup.hpp. Per (class, name) facts live in class templates, computed
// once and shared by every access to that name.
#include <array>
#include <type_traits>
#include <utility>

#include "../errors.hpp"
#include "../name_of.hpp"
#include "../object.hpp"
#include "../protocol.hpp"
#include "../slot.hpp"

namespace descr {

// The rule that answers obj.x (see lookup.hpp).
enum class rule { data_descriptor, instance, non_data_descriptor, class_variable, getattr_hook, none };

namespace detail {
// Rules are compared through this function: a dependent `a == b` on enum operands costs clang
// an overload resolution at every instantiation (see member_kind).
constexpr bool is(rule a, rule b) noexcept { return a == b; }
}  // namespace detail

// Conditions of the static_asserts behind each misuse: the compilers print them with their
// arguments, so the error names the class and the attribute.
namespace diagnostics {
template <class Class, fixed_string Name>
inline constexpr bool object_has_no_attribute = false;
template <class Class, fixed_string Name>
inline constexpr bool read_only_attribute = false;
template <class Class, fixed_string Name>
inline constexpr bool cannot_delete_attribute = false;
template <class Class, fixed_string Name, class Value>
inline constexpr bool wrong_type_for_attribute = false;
template <class Class, fixed_string Name>
inline constexpr bool descriptor_get_accepts_the_object = false;
template <class Class, class Base>
inline constexpr bool super_base_is_in_the_mro = false;
template <class Class, fixed_string Name>
inline constexpr bool attribute_declared_once_per_class = false;
template <class Class, fixed_string Name>
inline constexpr bool class_is_mutable = false;
}  // namespace diagnostics

// super(B, obj): lookup in the MRO of obj's class, after B, with obj bound.
template <class B, class Obj>
struct super_t {
  Obj& obj;
};
template <class B, class C>
struct super_t<B, type_t<C>> {};

namespace detail {

// What a failed entry point returns after its static_assert: it converts to anything and
// absorbs operators, so that using the failed read in an expression adds no further errors.
struct poison {
  template <class T>
  operator T&() const noexcept;
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

// A class whose hierarchy object<> rejected has had its one error.
template <class C>
inline constexpr bool broken = !C::descr_layout::hierarchy_ok;

template <class T>
inline constexpr bool is_type_v = false;
template <class C>
inline constexpr bool is_type_v<type_t<C>> = true;
template <class T>
inline constexpr bool is_super_v = false;
template <class B, class O>
inline constexpr bool is_super_v<super_t<B, O>> = true;

template <class T>
using class_of = typename std::remove_cvref_t<T>::descr_layout::self;
template <class C>
using layout_of = typename C::descr_layout;
template <class C>
using mro_t = typename layout_of<C>::mro;

// The class attributes of a list of classes (an MRO, or the part of it after super's B), the
// first of each name along the list. One index per tail of the list, so the classes of a
// single-inheritance chain build on their bases' entries.
template <class Classes>
struct attribute_index_impl;
template <>
struct attribute_index_impl<list<>> {
  using entries = list<>;
  using type = flat_index<entries>;
};
template <class K, class... Rest>
struct attribute_index_impl<list<K, Rest...>> {
  using rest = attribute_index_impl<list<Rest...>>;
  using entries = typename shadow_merge<typename layout_of<K>::own_attributes,
                                        typename rest::entries, typename rest::type>::type;
  using type = flat_index<entries>;
};

// The first class attribute Name along Classes: its declaring class and its member.
template <class Entry>
struct attribute_entry {
  static constexpr bool found = true;
  using owner = typename Entry::owner;
  using member = typename Entry::member;
  using value_type = typename member::descriptor_type;
};
template <>
struct attribute_entry<void> {
  static constexpr bool found = false;
  using owner = void;
  using member = void;
  using value_type = void;
};
template <fixed_string Name, class Classes>
using class_attribute =
    attribute_entry<entry_t<typename attribute_index_impl<Classes>::type, Name>>;

// Whether some class of the MRO declares Name twice, as two class attributes or as two
// instance entries (which makes its lookup ambiguous). Only evaluated on the error path.
template <fixed_string Name, class Members>
struct declarations;
template <fixed_string Name, class... M>
struct declarations<Name, list<M...>> {
  static constexpr std::size_t count = count_true({M::name == Name...});
};
template <fixed_string Name, class C>
inline constexpr bool declared_twice = []<class... K>(list<K...>*) {
  return ((declarations<Name, typename layout_of<K>::class_attributes>::count > 1 ||
           declarations<Name, typename layout_of<K>::own_cells>::count > 1) ||
          ...);
}(static_cast<mro_t<C>*>(nullptr));

// A constant class attribute after set_name(type<Owner>, name), run at compile time.
template <class Owner, class M>
inline constexpr auto named_constant = [] {
  auto d = M::prototype;
  if constexpr (HasSetName<decltype(d), Owner>) d.set_name(type<Owner>, M::name.view());
  return d;
}();

template <class Owner, class M>
constexpr decltype(auto) class_attribute_object() {
  if constexpr (M::kind == member_kind::attr_of) {
    return (runtime_descriptor<Owner, M>());
  } else {
    // Through a reference: g++ 12 deduces a value for `return (variable_template<...>);`.
    const auto& constant = named_constant<Owner, M>;
    return (constant);
  }
}

template <class Classes, bool Getattribute>
struct first_hook;
template <class... K, bool Getattribute>
struct first_hook<list<K...>, Getattribute> {
  template <class L>
  using own = std::conditional_t<Getattribute, typename L::own_getattribute_hook,
                                 typename L::own_getattr_hook>;
  static constexpr std::size_t index = first_true({!std::is_void_v<own<layout_of<K>>>...});
  using type = std::conditional_t<index == sizeof...(K), void,
                                  own<layout_of<type_at<index % sizeof...(K), K...>>>>;
};
template <class C>
using getattr_hook_of = typename first_hook<mro_t<C>, false>::type;
template <class C>
using getattribute_hook_of = typename first_hook<mro_t<C>, true>::type;

template <class C, fixed_string Name>
struct resolve {
  using found = class_attribute<Name, mro_t<C>>;
  using V = typename found::value_type;
  static constexpr bool has_get = HasGet<V, C>;
  static constexpr bool has_set = HasSet<V, C>;
  static constexpr bool has_del = HasDelete<V, C>;
  static constexpr bool binds = has_set || has_del;  // CPython's PyDescr_IsData
  using cell = cell_t<Name, C>;
  static constexpr bool has_field = !std::is_void_v<cell>;
  static constexpr bool has_hook = !std::is_void_v<getattr_hook_of<C>>;
  // What answers when there is no instance entry (none declared, or absent at run time).
  static constexpr rule without_instance = has_get        ? rule::non_data_descriptor
                                           : found::found ? rule::class_variable
                                           : has_hook     ? rule::getattr_hook
                                                          : rule::none;
  static constexpr rule value = binds && has_get ? rule::data_descriptor
                                : has_field      ? rule::instance
                                                 : without_instance;
};

// Calling a descriptor's member: on the constant itself when the member is const, else on a
// copy (a constant descriptor's own state cannot change; state that must change belongs in
// attr_of). can_get<D, A...>: d.get(a...) is valid; get_callable: on d or on a copy.
#define DESCR_DETAIL_CALLER(member)                                                        \
  template <class D, class... A>                                                           \
  concept can_##member = requires(D& d, A&&... a) { d.member(static_cast<A&&>(a)...); };   \
  template <class D, class... A>                                                           \
  concept member##_callable =                                                              \
      can_##member<D, A...> || can_##member<std::remove_const_t<D>, A...>;                 \
  template <class D, class... A>                                                           \
  constexpr decltype(auto) call_##member(D& d, A&&... a) {                                 \
    if constexpr (can_##member<D, A...>) {                                                 \
      return d.member(static_cast<A&&>(a)...);                                             \
    } else {                                                                               \
      std::remove_const_t<D> copy = d;                                                     \
      using R = std::decay_t<decltype(copy.member(static_cast<A&&>(a)...))>;               \
      return R(copy.member(static_cast<A&&>(a)...));                                       \
    }                                                                                      \
  }
DESCR_DETAIL_CALLER(get)
DESCR_DETAIL_CALLER(set)
DESCR_DETAIL_CALLER(del)
#undef DESCR_DETAIL_CALLER

// The descriptor's per-instance slot. A read through a const object hands over the same slot:
// Python has no const, and get() of a well-behaved descriptor only reads it.
template <fixed_string Name, class Obj>
auto slot_of(Obj& obj) {
  auto& c = cell_of<private_name<Name>>(obj);
  using T = typename std::remove_cvref_t<decltype(c)>::value_type;
  return slot<T>(const_cast<std::optional<T>&>(c.value), name_of<class_of<Obj>>,
                 private_name<Name>.view());
}

// d.get(obj, type<C>) or d.get(obj), with the slot last for descriptors that keep one.
template <class C, class M, class Owner, class Obj>
constexpr decltype(auto) descriptor_get(Obj& obj) {
  decltype(auto) d = class_attribute_object<Owner, M>();
  using D = std::remove_reference_t<decltype(d)>;
  if constexpr (has_storage<typename M::descriptor_type>) {
    auto s = slot_of<M::name>(obj);
    if constexpr (get_callable<D, Obj&, type_t<C>, decltype(s)>)
      return call_get(d, obj, type<C>, s);
    else if constexpr (get_callable<D, Obj&, decltype(s)>)
      return call_get(d, obj, s);
    else {
      static_assert(diagnostics::descriptor_get_accepts_the_object<C, M::name>,
                    "the descriptor's get takes neither (obj, type, slot) nor (obj, slot)");
      return poison{};
    }
  } else if constexpr (get_callable<D, Obj&, type_t<C>>) {
    return call_get(d, obj, type<C>);
  } else if constexpr (get_callable<D, Obj&>) {
    return call_get(d, obj);
  } else {
    static_assert(diagnostics::descriptor_get_accepts_the_object<C, M::name>,
                  "the descriptor's get takes neither (obj, type) nor (obj)");
    return poison{};
  }
}

// Class access: d.get(none, type<C>) or d.get(none); a descriptor whose get takes neither
// answers with itself, as Python's property does for C.x.
template <class C, class M, class Owner>
constexpr decltype(auto) descriptor_get_class() {
  decltype(auto) d = class_attribute_object<Owner, M>();
  using D = std::remove_reference_t<decltype(d)>;
  if constexpr (!HasGet<D, C>) return d;
  else if constexpr (get_callable<D, const none_t&, type_t<C>>)
    return call_get(d, none, type<C>);
  else if constexpr (get_callable<D, const none_t&>)
    return call_get(d, none);
  else return d;
}

template <fixed_string Name, class Obj>
constexpr decltype(auto) call_getattr_hook(Obj& obj) {
  return getattr_hook_of<class_of<Obj>>::function(obj, name_t<Name>{});
}

// An attribute_error raised while reading sends the read to the class's getattr_hook, as
// Python's slot_tp_getattr_hook does (when the hook's result converts to the read's type).
template <fixed_string Name, class Obj, class F>
constexpr decltype(auto) or_getattr_hook(Obj& obj, F&& read) {
  using C = class_of<Obj>;
  if constexpr (std::is_void_v<getattr_hook_of<C>>) {
    return read();
  } else {
    using R = std::decay_t<decltype(read())>;
    if constexpr (std::is_convertible_v<decltype(call_getattr_hook<Name>(obj)), R>) {
      try {
        return R(read());
      } catch (const attribute_error&) {
        return R(call_getattr_hook<Name>(obj));
      }
    } else {
      return read();
    }
  }
}

// A descriptor's get; an attribute_error it raises goes to the class's getattr_hook, if any.
template <fixed_string Name, class C, class A, class Obj>
constexpr decltype(auto) hooked_descriptor_get(Obj& obj) {
  if constexpr (std::is_void_v<getattr_hook_of<C>>) {
    return descriptor_get<C, typename A::member, typename A::owner>(obj);
  } else {
    return or_getattr_hook<Name>(obj, [&]() -> decltype(auto) {
      return descriptor_get<C, typename A::member, typename A::owner>(obj);
    });
  }
}

// Rules 3 to 5, which answer when the instance has no entry of that name.
template <fixed_string Name, class Obj>
constexpr decltype(auto) without_instance(Obj& obj) {
  using C = class_of<Obj>;
  using R = resolve<C, Name>;
  using A = typename R::found;
  if constexpr (is(R::without_instance, rule::non_data_descriptor)) {
    return hooked_descriptor_get<Name, C, A>(obj);
  } else if constexpr (is(R::without_instance, rule::class_variable)) {
    return class_attribute_object<typename A::owner, typename A::member>();
  } else {
    return call_getattr_hook<Name>(obj);
  }
}

template <fixed_string Name, class Obj>
constexpr decltype(auto) generic_getattr(Obj& obj) {
  using C = class_of<Obj>;
  using R = resolve<C, Name>;
  using A = typename R::found;
  if constexpr (broken<C>) {
    return poison{};
  } else if constexpr (is(R::value, rule::data_descriptor)) {
    return hooked_descriptor_get<Name, C, A>(obj);
  } else if constexpr (is(R::value, rule::instance)) {
    auto& c = as_cell<typename R::cell>(obj);
    if constexpr (!std::remove_cvref_t<decltype(c)>::may_be_absent) {
      return (c.value);
    } else if constexpr (is(R::without_instance, rule::none)) {
      // The one run-time check lookup makes: is the entry there?
      if (!c.value) throw attribute_error::no_attribute(name_of<C>, Name.view());
      return (*c.value);
    } else {
      using T = typename std::remove_cvref_t<decltype(c)>::value_type;
      if (c.value) return T(*c.value);
      return T(without_instance<Name>(obj));
    }
  } else if constexpr (!is(R::value, rule::none)) {
    return without_instance<Name>(obj);
  } else if constexpr (declared_twice<Name, C>) {
    static_assert(diagnostics::attribute_declared_once_per_class<C, Name>,
                  "attribute declared twice: a class of the MRO declares this name more than once");
    return poison{};
  } else {
    static_assert(diagnostics::object_has_no_attribute<C, Name>,
                  "object has no attribute: no rule of the lookup answers this name");
    return poison{};
  }
}

template <fixed_string Name, class Obj>
constexpr decltype(auto) hooked_getattr(Obj& obj) {
  using C = class_of<Obj>;
  return or_getattr_hook<Name>(obj, [&]() -> decltype(auto) {
    return getattribute_hook_of<C>::function(obj, name_t<Name>{});
  });
}

// What a field accepts: implicit conversions, except those that lose a value's kind
// (floating to integral, a number to bool).
template <class T, class V>
concept accepts = std::is_convertible_v<V, T> &&
                  !(std::is_integral_v<T> && std::is_floating_point_v<std::remove_cvref_t<V>>) &&
                  !(std::is_same_v<T, bool> && !std::is_same_v<std::remove_cvref_t<V>, bool>);

template <fixed_string Name, class Obj, class V>
constexpr void instance_setattr(Obj& obj, V&& v) {
  using C = class_of<Obj>;
  using R = resolve<C, Name>;
  using A = typename R::found;
  if constexpr (broken<C>) {
    return;
  } else if constexpr (R::binds) {
    using M = typename A::member;
    decltype(auto) d = class_attribute_object<typename A::owner, M>();
    using D = std::remove_reference_t<decltype(d)>;
    if constexpr (!R::has_set) {
      static_assert(diagnostics::read_only_attribute<C, Name>,
                    "read-only attribute: its descriptor has no set");
    } else if constexpr (has_storage<typename M::descriptor_type>) {
      auto s = slot_of<Name>(obj);
      if constexpr (set_callable<D, Obj&, V&&, decltype(s)>)
        call_set(d, obj, std::forward<V>(v), s);
      else
        static_assert(diagnostics::wrong_type_for_attribute<C, Name, std::remove_cvref_t<V>>,
                      "wrong type for attribute: its descriptor's set does not take this value");
    } else if constexpr (set_callable<D, Obj&, V&&>) {
      call_set(d, obj, std::forward<V>(v));
    } else {
      static_assert(diagnostics::wrong_type_for_attribute<C, Name, std::remove_cvref_t<V>>,
                    "wrong type for attribute: its descriptor's set does not take this value");
    }
  } else if constexpr (R::has_field) {
    auto& c = as_cell<typename R::cell>(obj);
    using T = typename std::remove_cvref_t<decltype(c)>::value_type;
    if constexpr (accepts<T, V&&>)
      c.value = std::forward<V>(v);
    else
      static_assert(diagnostics::wrong_type_for_attribute<C, Name, std::remove_cvref_t<V>>,
                    "wrong type for attribute: the field does not accept this value");
  } else if constexpr (declared_twice<Name, C>) {
    static_assert(diagnostics::attribute_declared_once_per_class<C, Name>,
                  "attribute declared twice: a class of the MRO declares this name more than once");
  } else {
    static_assert(diagnostics::object_has_no_attribute<C, Name>,
                  "object has no attribute: no data descriptor or instance field of this name");
  }
}

template <fixed_string Name, class Obj>
constexpr void instance_delattr(Obj& obj) {
  using C = class_of<Obj>;
  using R = resolve<C, Name>;
  using A = typename R::found;
  if constexpr (broken<C>) {
    return;
  } else if constexpr (R::binds) {
    using M = typename A::member;
    decltype(auto) d = class_attribute_object<typename A::owner, M>();
    if constexpr (!R::has_del) {
      static_assert(diagnostics::cannot_delete_attribute<C, Name>,
                    "cannot delete attribute: its descriptor has no del");
    } else if constexpr (has_storage<typename M::descriptor_type>) {
      call_del(d, obj, slot_of<Name>(obj));
    } else {
      call_del(d, obj);
    }
  } else if constexpr (R::has_field) {
    auto& c = as_cell<typename R::cell>(obj);
    if constexpr (std::remove_cvref_t<decltype(c)>::may_be_absent) {
      if (!c.value) throw attribute_error::no_attribute(name_of<C>, Name.view());
      c.value.reset();
    } else {
      static_assert(diagnostics::cannot_delete_attribute<C, Name>,
                    "cannot delete attribute: a field that is not absentable is always there");
    }
  } else if constexpr (declared_twice<Name, C>) {
    static_assert(diagnostics::attribute_declared_once_per_class<C, Name>,
                  "attribute declared twice: a class of the MRO declares this name more than once");
  } else {
    static_assert(diagnostics::object_has_no_attribute<C, Name>,
                  "object has no attribute: no instance entry or data descriptor to delete");
  }
}

template <fixed_string Name, class C>
constexpr decltype(auto) class_getattr() {
  using A = class_attribute<Name, mro_t<C>>;
  if constexpr (broken<C>) {
    return poison{};
  } else if constexpr (declared_twice<Name, C> && !A::found) {
    static_assert(diagnostics::attribute_declared_once_per_class<C, Name>,
                  "attribute declared twice: a class of the MRO declares this name more than once");
    return poison{};
  } else if constexpr (!A::found) {
    static_assert(diagnostics::object_has_no_attribute<type_t<C>, Name>,
                  "type object has no attribute: no class in the MRO declares this name");
    return poison{};
  } else {
    return descriptor_get_class<C, typename A::member, typename A::owner>();
  }
}

template <class B, class Classes>
struct after;
template <class B, class... K>
struct after<B, list<K...>> {
  static constexpr std::size_t index =
      first_true({std::is_same_v<B, K>...});
  static constexpr bool found = index != sizeof...(K);
  static constexpr auto idx = [] {
    std::array<std::size_t, found ? sizeof...(K) - index - 1 : 0> a{};
    for (std::size_t i = 0; i != a.size(); ++i) a[i] = index + 1 + i;
    return a;
  }();
  using type = pick<list<K...>, idx>;
};

template <class O>
struct super_class {
  using type = class_of<O>;
};
template <class C>
struct super_class<type_t<C>> {
  using type = C;
};

template <fixed_string Name, class B, class O>
constexpr decltype(auto) super_getattr(const super_t<B, O>& s) {
  constexpr bool is_class = is_type_v<O>;
  using C = typename super_class<O>::type;
  using Rest = after<B, mro_t<C>>;
  using A = class_attribute<Name, typename Rest::type>;
  if constexpr (broken<C>) {
    return poison{};
  } else if constexpr (!Rest::found) {
    static_assert(diagnostics::super_base_is_in_the_mro<C, B>,
                  "super(type, obj): obj must be an instance or subtype of type");
    return poison{};
  } else if constexpr (!A::found) {
    static_assert(diagnostics::object_has_no_attribute<super_t<B, C>, Name>,
                  "'super' object has no attribute: no class after B in the MRO declares it");
    return poison{};
  } else if constexpr (is_class) {
    return descriptor_get_class<C, typename A::member, typename A::owner>();
  } else if constexpr (HasGet<typename A::value_type, C>) {
    return descriptor_get<C, typename A::member, typename A::owner>(s.obj);
  } else {
    return class_attribute_object<typename A::owner, typename A::member>();
  }
}

template <class T, class B>
inline constexpr bool in_mro = after<B, mro_t<class_of<T>>>::found;

}  // namespace detail
}  // namespace descr
