// descr::Validator (validators/validator.hpp): the HowTo's abstract base of validated fields,
// and validated_set, the set a validator that does not derive from it calls.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/validators/validator.hpp>

#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

// from abc import ABC, abstractmethod
// class Validator(ABC):
//     def __set_name__(self, owner, name): self.private_name = '_' + name
//     def __get__(self, obj, objtype=None): return getattr(obj, self.private_name)
//     def __set__(self, obj, value):
//         self.validate(value)
//         setattr(obj, self.private_name, value)
//     @abstractmethod
//     def validate(self, value): pass
//
// class Even(Validator):
//     def validate(self, value):
//         if value % 2: raise ValueError(f'Expected {value!r} to be even')
// class Pair:
//     left = Even()
//     right = Even()

namespace {
int validations = 0;

struct Even : descr::Validator<Even, int> {
  void validate(int value) const {
    ++validations;
    if (value % 2) throw descr::value_error("Expected " + std::to_string(value) + " to be even");
  }
};

struct Pair : descr::object<Pair, descr::attr<"left", Even{}>, descr::attr<"right", Even{}>> {};
}  // namespace

TEST_CASE("a validator keeps its value under the private name, which vars shows") {
  // p = Pair(); p.left = 2; p.right = 4
  // print(p.left, p.right, vars(p))     # 2 4 {'_left': 2, '_right': 4}
  Pair p;
  descr::setattr<"left">(p, 2);
  descr::setattr<"right">(p, 4);
  CHECK(descr::getattr<"left">(p) == 2);
  CHECK(descr::getattr<"right">(p) == 4);
  CHECK(descr::repr(descr::vars(p)) == "{'_left': 2, '_right': 4}");
  static_assert(descr::resolution<Pair, "left"> == descr::rule::data_descriptor);
  static_assert(std::is_same_v<Even::storage_type, int>);
}

TEST_CASE("a read before any set raises AttributeError for the private name") {
  // Pair().left   # AttributeError: 'Pair' object has no attribute '_left'
  Pair p;
  CHECK_THROWS_WITH_AS(descr::getattr<"left">(p), "'Pair' object has no attribute '_left'",
                       descr::attribute_error);
  CHECK(descr::repr(descr::vars(p)) == "{}");
  CHECK_FALSE(descr::hasattr<"left">(p));
}

TEST_CASE("validate runs before the store; a rejected value leaves the old one") {
  // p.left = 2; p.left = 3   # ValueError: Expected 3 to be even
  // print(p.left)             # 2
  Pair p;
  validations = 0;
  descr::setattr<"left">(p, 2);
  CHECK(validations == 1);
  CHECK_THROWS_WITH_AS(descr::setattr<"left">(p, 3), "Expected 3 to be even", descr::value_error);
  CHECK(validations == 2);
  CHECK(descr::getattr<"left">(p) == 2);
  // A rejected first value leaves the entry absent.
  CHECK_THROWS_AS(descr::setattr<"right">(p, 5), descr::value_error);
  CHECK_FALSE(descr::hasattr<"right">(p));
  CHECK(descr::repr(descr::vars(p)) == "{'_left': 2}");
}

TEST_CASE("a read gives the stored value read-only: a change goes through set and validate") {
  // Python has no reference to the stored int: p.left += 1 is a get, then a validated set.
  Pair p;
  descr::setattr<"left">(p, 2);
  static_assert(std::is_same_v<decltype(descr::getattr<"left">(p)), const int&>);
  CHECK_THROWS_AS(descr::setattr<"left">(p, descr::getattr<"left">(p) + 1), descr::value_error);
  descr::setattr<"left">(p, descr::getattr<"left">(p) + 2);
  CHECK(descr::getattr<"left">(p) == 4);
}

TEST_CASE("values are taken as an int field takes them; the class gives the descriptor") {
  // Python would take p.left = 2.0 (2.0 % 2 == 0); C++ keeps an int field's rule: a double
  // given to an int validator is the `wrong type for attribute` compile error
  // (tests/compile_fail/wrong_type_validator.cpp). Smaller integers convert.
  Pair p;
  descr::setattr<"left">(p, static_cast<short>(6));
  CHECK(descr::getattr<"left">(p) == 6);
  // Pair.left: the HowTo's Validator would read getattr(None, '_left') and fail; descr gives
  // the descriptor, as Python's property does.
  const Even& d = descr::getattr<"left">(descr::type<Pair>);
  CHECK_THROWS_AS(d.validate(1), descr::value_error);
}

// A value type whose copy can throw: the store must be strongly exception-safe.
namespace {
struct Fragile {
  static inline bool copies_throw = false;
  static inline int assignments = 0;
  std::string text;
  explicit Fragile(std::string t) : text(std::move(t)) {}
  Fragile(const Fragile& other) : text(other.text) {
    if (copies_throw) throw std::runtime_error("copy failed");
  }
  Fragile(Fragile&&) noexcept = default;
  // A copy assignment that throws half-way, after changing the target: calling it would
  // corrupt the stored value.
  Fragile& operator=(const Fragile& other) {
    text = "half-" + other.text;
    ++assignments;
    if (copies_throw) throw std::runtime_error("assignment failed");
    text = other.text;
    return *this;
  }
  Fragile& operator=(Fragile&&) noexcept = default;
};
struct NotEmpty : descr::Validator<NotEmpty, Fragile> {
  void validate(const Fragile& f) const {
    if (f.text.empty()) throw descr::value_error("Expected a text");
  }
};
struct Box : descr::object<Box, descr::attr<"content", NotEmpty{}>> {};
}  // namespace

TEST_CASE("a store that throws leaves the old value: the new one is made before the old goes") {
  Box b;
  Fragile first("first"), second("second");
  descr::setattr<"content">(b, first);
  CHECK(descr::getattr<"content">(b).text == "first");
  Fragile::copies_throw = true;
  CHECK_THROWS_WITH_AS(descr::setattr<"content">(b, second), "copy failed", std::runtime_error);
  CHECK(descr::getattr<"content">(b).text == "first");
  Fragile::copies_throw = false;
  // The half-way assignment is never used: the copy is made aside, then moved in.
  descr::setattr<"content">(b, second);
  CHECK(descr::getattr<"content">(b).text == "second");
  CHECK(Fragile::assignments == 0);
  // A moved value is moved in.
  descr::setattr<"content">(b, Fragile("third"));
  CHECK(descr::getattr<"content">(b).text == "third");
  CHECK_THROWS_WITH_AS(descr::setattr<"content">(b, Fragile("")), "Expected a text",
                       descr::value_error);
  CHECK(descr::getattr<"content">(b).text == "third");
}

// A std::basic_string set from a string of its own type is assigned in place (one copy of the
// characters, not a copy made aside and moved in): the standard gives basic_string's members
// the strong guarantee ([string.require]: a member that throws has no other effect), so a copy
// that needs more room allocates it before it touches the old characters. Tested with an
// allocator that fails on demand.
namespace {
template <class T>
struct failing_allocator {
  using value_type = T;
  static inline bool fail = false;
  failing_allocator() = default;
  template <class U>
  failing_allocator(const failing_allocator<U>&) noexcept {}
  T* allocate(std::size_t n) {
    if (fail) throw std::bad_alloc();
    return std::allocator<T>{}.allocate(n);
  }
  void deallocate(T* p, std::size_t n) noexcept { std::allocator<T>{}.deallocate(p, n); }
  friend bool operator==(const failing_allocator&, const failing_allocator&) = default;
};
using fragile_string = std::basic_string<char, std::char_traits<char>, failing_allocator<char>>;
struct Brief : descr::Validator<Brief, fragile_string> {
  void validate(const fragile_string& s) const {
    if (s.size() > 60) throw descr::value_error("Expected a shorter text");
  }
};
struct Note : descr::object<Note, descr::attr<"text", Brief{}>> {};
}  // namespace

TEST_CASE("a string set from a string is assigned in place; a failed allocation keeps the old") {
  static_assert(descr::detail::assigns_strongly<fragile_string, const fragile_string&>);
  static_assert(descr::detail::assigns_strongly<std::string, std::string&>);
  static_assert(!descr::detail::assigns_strongly<std::string, const char (&)[4]>);
  static_assert(!descr::detail::assigns_strongly<Fragile, const Fragile&>);
  Note n;
  fragile_string first("short"), longer("a text longer than the short string's own buffer");
  descr::setattr<"text">(n, first);
  failing_allocator<char>::fail = true;
  CHECK_THROWS_AS(descr::setattr<"text">(n, longer), std::bad_alloc);
  CHECK(descr::getattr<"text">(n) == "short");
  failing_allocator<char>::fail = false;
  descr::setattr<"text">(n, longer);
  CHECK(descr::getattr<"text">(n) == longer);
  // In place: a shorter text reuses the room the stored string has.
  const char* room = descr::getattr<"text">(n).data();
  fragile_string shorter("a shorter text than before, still long");
  descr::setattr<"text">(n, shorter);
  CHECK(descr::getattr<"text">(n).data() == room);
}

// A value whose type is known at run time (a std::variant) reaches validate as the
// alternative it holds; a validator that takes one declares a validate for each alternative.
namespace {
struct Short : descr::Validator<Short, std::string> {
  void validate(std::string_view s) const {
    if (s.size() > 3) throw descr::value_error("Expected " + descr::repr(s) + " to be short");
  }
  void validate(long long n) const {
    throw descr::type_error("Expected " + std::to_string(n) + " to be an str");
  }
};
struct Tag : descr::object<Tag, descr::attr<"label", Short{}>> {};
}  // namespace

TEST_CASE("a std::variant is validated and stored as the alternative it holds") {
  // t.label = 'abc'     # stored
  // t.label = 5         # TypeError: Expected 5 to be an str
  // t.label = 'abcd'    # ValueError: Expected 'abcd' to be short
  Tag t;
  using value = std::variant<long long, std::string>;
  descr::setattr<"label">(t, value("abc"));
  CHECK(descr::getattr<"label">(t) == "abc");
  CHECK_THROWS_WITH_AS(descr::setattr<"label">(t, value(5LL)), "Expected 5 to be an str",
                       descr::type_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"label">(t, value("abcd")), "Expected 'abcd' to be short",
                       descr::value_error);
  CHECK(descr::getattr<"label">(t) == "abc");
  // Text of every kind: a literal, std::string_view (stored through an explicit conversion).
  descr::setattr<"label">(t, std::string_view("xy"));
  CHECK(descr::getattr<"label">(t) == "xy");
}

// A validator with options given by designated initializers declares Validator's members
// itself and calls validated_set (g++ -Wextra warns about a base left out of a designated
// initializer), as descr::Number does.
namespace {
struct Between {
  int lo = 0;
  int hi = 0;

  using storage_type = int;
  int get(auto&, descr::slot<int> private_value) const { return private_value.get(); }
  template <class V>
    requires std::is_same_v<std::remove_cvref_t<V>, int>
  void set(auto&, V&& value, descr::slot<int> private_value) const {
    descr::validated_set(*this, static_cast<V&&>(value), private_value);
  }
  void validate(int value) const {
    if (value < lo || value > hi)
      throw descr::value_error("Expected " + std::to_string(value) + " to be between " +
                               std::to_string(lo) + " and " + std::to_string(hi));
  }
  constexpr std::string_view constant_error() const {
    return lo > hi ? "lo is greater than hi" : "";
  }
};
struct Dial : descr::object<Dial, descr::attr<"volume", Between{.lo = 0, .hi = 11}>> {};
}  // namespace

TEST_CASE("validated_set: validate, then the strongly exception-safe store") {
  Dial d;
  descr::setattr<"volume">(d, 11);
  CHECK_THROWS_WITH_AS(descr::setattr<"volume">(d, 12), "Expected 12 to be between 0 and 11",
                       descr::value_error);
  CHECK(descr::getattr<"volume">(d) == 11);
  CHECK(descr::repr(descr::vars(d)) == "{'_volume': 11}");
}

// Constant evaluation of a validated set: a valid value is a constant expression, an invalid
// one is not (its throw stops the evaluation), so a class built in a constexpr function is
// checked by the compiler. (A std::string value is not constant-evaluable with clang 19 on
// libstdc++ 12; String and OneOf store one.)
namespace {
template <class F>
concept constant_evaluable = requires { typename std::bool_constant<(F{}(), true)>; };

// A validator whose validate is constexpr (its throw is reached only for a rejected value).
struct NonNegative : descr::Validator<NonNegative, int> {
  constexpr void validate(int value) const {
    if (value < 0) throw descr::value_error("Expected " + std::to_string(value) + " to be at least 0");
  }
};
struct Counter : descr::object<Counter, descr::attr<"count", NonNegative{}>> {};

constexpr int count_after(int v) {
  Counter c;
  descr::setattr<"count">(c, v);
  return descr::getattr<"count">(c);
}
}  // namespace

TEST_CASE("a validated set runs in constant evaluation; a rejected value is no constant expression") {
  static_assert(count_after(4) == 4);
  static_assert(constant_evaluable<decltype([] { return count_after(4); })>);
  static_assert(!constant_evaluable<decltype([] { return count_after(-1); })>);
  static_assert(!constant_evaluable<decltype([] { Counter c; return descr::getattr<"count">(c); })>);
  CHECK(count_after(7) == 7);
  CHECK_THROWS_WITH_AS(count_after(-1), "Expected -1 to be at least 0", descr::value_error);
}
