#pragma once
// For the validator targets: the message a validator's validate throws (empty if none), and
// a check that json_rules<D>::check (the no-exception path of the JSON loader) and why_not
// (the refusal, with Python's exception type) say the same.
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include <descr/json.hpp>

namespace fuzz {

template <class D, class V>
std::string thrown(const D& d, const V& v, bool* type_error = nullptr) {
  try {
    d.validate(v);
  } catch (const descr::type_error& e) {
    if (type_error) *type_error = true;
    return e.what();
  } catch (const descr::error& e) {
    return e.what();
  }
  return {};
}

// validate and json_rules::check agree, word for word; the message, or empty.
template <class D, class V>
std::string agree(const D& d, const V& v) {
  bool type_error = false;
  std::string a = thrown(d, v, &type_error);
  std::optional<std::string> b = descr::json_rules<D>::check(d, v);
  if (a != b.value_or("")) __builtin_trap();
  std::optional<descr::refusal> r = d.why_not(v);
  if (r.has_value() != !a.empty()) __builtin_trap();
  if (r && (r->message != a || (r->kind == descr::refusal::type_error) != type_error))
    __builtin_trap();
  std::size_t path = a.starts_with('[') ? a.find("]: ") : std::string::npos;  // List's "[2]: "
  std::string_view said = path == std::string::npos ? std::string_view(a)
                                                     : std::string_view(a).substr(path + 3);
  if (!a.empty() && !said.starts_with("Expected ")) __builtin_trap();
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
