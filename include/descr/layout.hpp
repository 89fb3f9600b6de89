#pragma once
// The members a class declares in descr::object<Self, Members...>: its compile-time layout.
#include <concepts>
#include <cstddef>
#include <optional>
#include <type_traits>

#include "detail/name_hash.hpp"
#include "detail/list.hpp"
#include "fixed_string.hpp"
#include "protocol.hpp"

namespace descr {

// Option of `field`: the instance entry may be missing at run time (never set, or deleted), as
// a key of Python's instance __dict__ may be. Reading it then throws descr::attribute_error, or
// falls through to the class attribute of the same name. It costs a presence flag.
struct absentable {};

namespace detail {
// Member kinds as plain integers, not an enum: in a template, `a == b` on enum operands costs
// clang an overload resolution over the built-in candidates at every instantiation (about
// 0.5 M instructions each, measured with callgrind), on integers nothing.
struct member_kind {
  static constexpr int field = 0, attr = 1, attr_of = 2, bases = 3, getattr_hook = 4,
                       getattribute_hook = 5, shared = 6;
};

template <class M>
inline constexpr bool is_class_attribute = M::kind == member_kind::attr ||
                                           M::kind == member_kind::attr_of ||
                                           M::kind == member_kind::shared;

// attr<"x", &obj>: a pointer to an object of class type binds the object itself (shared).
template <class V>
struct bound {
  static const int kind = member_kind::attr;
  using type = std::remove_const_t<V>;
};
template <class T>
  requires(__is_class(T))
struct bound<T*> {
  static const int kind = member_kind::shared;
  using type = T;  // const if the object is: it is then called as a constant
};

// A descriptor that keeps a per-instance value declares `using storage_type = T;`.
template <class D>
concept has_storage = requires { typename D::storage_type; };

// Where it keeps it: the entry "_" + name, unless the descriptor names it with
// `static constexpr auto storage_name(auto name)` (cached_property: the name itself).
template <fixed_string Name, class D>
constexpr auto storage_name_of() noexcept {
  if constexpr (requires { D::storage_name(Name); })
    return fixed_string(D::storage_name(Name));
  else
    return private_name_of(Name);
}
template <class M>
inline constexpr auto storage_name = storage_name_of<M::name, typename M::descriptor_type>();

// Whether that entry may be missing (a descr::slot<T> then views it), or is always there like
// a plain field, value-initialized (the descriptor then receives T&): a descriptor says so
// with `static constexpr bool storage_absentable = false;`.
template <class D>
inline constexpr bool storage_absentable = true;
template <class D>
  requires requires { D::storage_absentable; }
inline constexpr bool storage_absentable<D> = D::storage_absentable;
}  // namespace detail

// An instance variable: an entry of the instance "dict", stored inside the object. The field
// is its own entry: the class derives from it (detail/cells.hpp), so that declaring a field
// instantiates one class, not two (clang: 0.18 G instructions of a class of 1000 attributes);
// a descriptor's per-instance storage is a field too.
template <fixed_string Name, class T, class... Options>
struct field {
  static const int kind = detail::member_kind::field;
  // The template parameter object itself, not a copy: accesses compare names by address
  // (detail/fast_path.hpp's fast_kind), as every name member of a member or entry does.
  static constexpr const auto& name = Name;
  static const std::uint64_t name_hash =  // computed once per type: detail/name_hash.hpp
      detail::name_hash_of(Name.data);
  using value_type = T;
  static const bool may_be_absent = (std::is_same_v<Options, absentable> || ...);
  static const int access_kind = may_be_absent ? 2 : 1;  // detail/fast_path.hpp
  static_assert(!std::is_reference_v<T>, "a field holds a value, not a reference");
  std::conditional_t<may_be_absent, std::optional<T>, T> value{};
  // What the member adds to its class's lists (detail/class_layout.hpp), as every member says.
  using contributed_attributes = detail::list<>;
  using contributed_cells = detail::list<field>;
};

namespace detail {
// The instance entries a class attribute adds, named by each kind of class attribute: the
// per-instance storage of a descriptor that keeps one, or none. Member types of the members
// rather than of a class chosen by the member's kind: a class of 1000 attributes filters them
// for 25 M clang instructions less a list. g++ pays about 0.1 G more there, converting each
// attribute's name, a class-type template argument, for storage_cells (compile_time.md,
// Session 24).
// The entry holding a descriptor's per-instance value of type T (its name computed once).
template <fixed_string Name, class T, bool Absentable>
using storage_entry = std::conditional_t<Absentable, field<Name, T, absentable>, field<Name, T>>;
template <bool HasStorage>
struct storage_cells {
  template <fixed_string Name, class D>
  using type = list<>;
};
template <>
struct storage_cells<true> {
  template <fixed_string Name, class D>
  using type = list<storage_entry<storage_name_of<Name, D>(), typename D::storage_type,
                                  storage_absentable<D>>>;
};
}  // namespace detail

// A descriptor given as a constant object, one per (class, attribute): attr<"y", Ten{}>.
// Its set_name, if any, runs at compile time, so it must be constexpr.
//
// Or given by address, shared: attr<"x", &tracker>, where `tracker` is an object of class type
// with static storage (a namespace-scope variable, a static member). The class then holds that
// very object, as Python's `x = tracker` does: its state changes and is shared by every class and
// name it is bound to, and its set_name(type<Owner>, "x") runs once per binding, at run time, when
// the class is set up (see attr_of).
template <fixed_string Name, auto D>
struct attr {
  static const int kind = detail::bound<decltype(D)>::kind;
  static constexpr const auto& name = Name;
  static const std::uint64_t name_hash = detail::name_hash_of(Name.data);
  using descriptor_type = typename detail::bound<decltype(D)>::type;
  static constexpr auto prototype = D;
  using contributed_attributes = detail::list<attr>;
  using contributed_cells = typename detail::storage_cells<
      detail::has_storage<descriptor_type>>::template type<Name, descriptor_type>;
};

// A class variable (`x = 5` in a class body), given as a constant. Python's class dict makes
// no difference between the two: a class variable whose value is a descriptor acts as one.
template <fixed_string Name, auto Value>
struct classvar : attr<Name, Value> {
  using contributed_attributes = detail::list<classvar>;
};

// A constructor argument of attr_of, given as a constant: an integer, a floating-point number,
// a bool or a string literal (up to 127 characters). It reaches the constructor as a
// long long, double, bool or const char* respectively.
struct arg {
  enum class kind_t { integer, floating, boolean, string } kind;
  long long integer = 0;
  double floating = 0;
  char string[128] = {};

  template <std::integral T>
    requires(!std::same_as<T, bool>)
  constexpr arg(T v) noexcept : kind(kind_t::integer), integer(static_cast<long long>(v)) {}
  template <std::floating_point T>
  constexpr arg(T v) noexcept : kind(kind_t::floating), floating(static_cast<double>(v)) {}
  template <std::same_as<bool> T>
  constexpr arg(T v) noexcept : kind(kind_t::boolean), integer(v) {}
  template <std::size_t N>
    requires(N <= 128)
  constexpr arg(const char (&s)[N]) noexcept : kind(kind_t::string) {
    for (std::size_t i = 0; i != N; ++i) string[i] = s[i];
  }
};

// The second spelling, for descriptors with run-time state (a changing value shared by all
// instances, std::string names, ...): the descriptor type and its constructor arguments. One
// object per (class, attribute) is constructed when the class is set up at its first use (its
// first instance or attribute access; its bases are set up first), in declaration order, and its
// set_name(type<Owner>, name) is called right after, as Python calls __set_name__ at class
// creation:
//   attr_of<"x", RevealAccess, 10, "var \"x\"">
template <fixed_string Name, class D, arg... Args>
struct attr_of {
  static const int kind = detail::member_kind::attr_of;
  static constexpr const auto& name = Name;
  static const std::uint64_t name_hash = detail::name_hash_of(Name.data);
  using descriptor_type = D;
  using contributed_attributes = detail::list<attr_of>;
  using contributed_cells =
      typename detail::storage_cells<detail::has_storage<D>>::template type<Name, D>;
};

// Inheritance: class D(B, C) is object<D, bases<B, C>, ...>. The MRO is C3's.
template <class... B>
struct bases {
  static const int kind = detail::member_kind::bases;
  using contributed_attributes = detail::list<>;
  using contributed_cells = detail::list<>;
};

// __getattr__: called only when normal lookup finds nothing, as F(self, name) where `name` is a
// descr::name_t<"x"> (a constant: `if constexpr (name == "x")`).
template <auto F>
struct getattr_hook {
  static const int kind = detail::member_kind::getattr_hook;
  static constexpr auto function = F;
  using contributed_attributes = detail::list<>;
  using contributed_cells = detail::list<>;
};

// __getattribute__: sees every instance read, as F(self, name), and bypasses descriptors;
// descr::generic_getattr<"x">(self) is Python's object.__getattribute__(self, 'x').
template <auto F>
struct getattribute_hook {
  static const int kind = detail::member_kind::getattribute_hook;
  static constexpr auto function = F;
  using contributed_attributes = detail::list<>;
  using contributed_cells = detail::list<>;
};

// The name of an attribute as a value, handed to the hooks.
template <fixed_string Name>
struct name_t {
  static constexpr auto value = Name;
  constexpr operator std::string_view() const noexcept { return Name.view(); }
  template <std::size_t M>
  friend constexpr bool operator==(name_t, const char (&s)[M]) noexcept {
    return Name.view() == std::string_view{s, M - 1};
  }
  // Printable on any output stream, without this header including <ostream>.
  template <class Stream>
    requires requires(Stream& os, std::string_view v) { os << v; }
  friend Stream& operator<<(Stream& os, name_t) {
    os << Name.view();
    return os;
  }
};

// The names a getattr_hook answers, as a constraint on its name parameter:
//   getattr_hook<[](auto& self, descr::NameIn<"x", "y"> auto name) { ... }>
// Any other name is then the usual `has no attribute` compile error. A hook whose name
// parameter is unconstrained answers every name, as Python's __getattr__ does.
template <class N, fixed_string... Names>
concept NameIn = (std::is_same_v<N, name_t<Names>> || ...);

}  // namespace descr
