#pragma once
// Observed attributes, as Kotlin's Delegates.observable and Delegates.vetoable (or a Qt
// property's NOTIFY signal): a data descriptor that keeps its value in the object and calls the
// class's callback on every descr::setattr.
//
//   struct Person : descr::object<Person,
//       descr::attr<"name", descr::observable<std::string>(
//           [](auto& self, const std::string& old, const std::string& now) { ... })>,
//       descr::attr<"age", descr::vetoable<int>(
//           [](auto& self, const int& old, const int& proposed) { return proposed >= old; })>> {};
//
// observable<T>(f): after each change, f(self, old, new). vetoable<T>(f): before each change,
// f(self, old, proposed); false refuses it and the value stays as it was. A callback that
// throws leaves the value as the rule above has it (vetoable: unchanged; observable: changed).
//
// The value is an entry "_" + name, always present and value-initialized as a field is (set it
// in a constructor without a notification through that entry: descr::setattr<"_name">). It
// takes no more room than the value itself: the callback is part of the class, a constant that
// takes the object, so copies of an object keep observing, and nothing is stored per object.
// Reads give a const reference, so that every change goes through setattr. There is no del.
#include <type_traits>
#include <utility>

#include "../protocol.hpp"

namespace descr {

namespace detail {
// The storage both share: present from the start, read as a const reference.
template <class T>
struct observed_value {
  using storage_type = T;
  static constexpr bool storage_absentable = false;

  template <class Obj>
  constexpr const T& get(Obj&, const T& value) const noexcept {
    return value;
  }
};
}  // namespace detail

template <class T, class F>
struct observable_t : detail::observed_value<T> {
  F callback;

  template <class Obj>
  constexpr void set(Obj& obj, T value, T& stored) const {
    T old = std::exchange(stored, std::move(value));
    callback(obj, std::as_const(old), std::as_const(stored));
  }
};

template <class T, class F>
struct vetoable_t : detail::observed_value<T> {
  F callback;

  template <class Obj>
  constexpr void set(Obj& obj, T value, T& stored) const {
    if (callback(obj, std::as_const(stored), std::as_const(value))) stored = std::move(value);
  }
};

// descr::observable<T>(f): f(self, old, new) after each change.
template <class T, class F>
constexpr observable_t<T, F> observable(F callback) {
  static_assert(!std::is_reference_v<T> && !std::is_const_v<T>,
                "an observed attribute holds a value: observable<T> with T a plain type");
  return {{}, callback};
}

// descr::vetoable<T>(f): f(self, old, proposed) before each change; false refuses it.
template <class T, class F>
constexpr vetoable_t<T, F> vetoable(F callback) {
  static_assert(!std::is_reference_v<T> && !std::is_const_v<T>,
                "a vetoable attribute holds a value: vetoable<T> with T a plain type");
  return {{}, callback};
}

}  // namespace descr
