#pragma once
// For the validator targets: the message a validator's validate throws (empty if none), and
// a check that json_rules<D>::check (the no-exception path of the JSON loader) says the same.
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>

#include <descr/json.hpp>

namespace fuzz {

template <class D, class V>
std::string thrown(const D& d, const V& v) {
  try {
    d.validate(v);
  } catch (const descr::error& e) {
    return e.what();
  }
  return {};
}

// validate and json_rules::check agree, word for word; the message, or empty.
template <class D, class V>
std::string agree(const D& d, const V& v) {
  std::string a = thrown(d, v);
  std::optional<std::string> b = descr::json_rules<D>::check(d, v);
  if (a != b.value_or("")) __builtin_trap();
  if (!a.empty() && a.rfind("Expected ", 0) != 0) __builtin_trap();
  return a;
}

// The next T from the input (zeros past its end).
template <class T>
T take(const std::uint8_t*& data, std::size_t& size) {
  T v{};
  std::size_t n = size < sizeof v ? size : sizeof v;
  std::memcpy(&v, data, n);
  data += n;
  size -= n;
  return v;
}

}  // namespace fuzz
