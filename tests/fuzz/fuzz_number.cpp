// libFuzzer target: descr::Number. A value of each kind Python's json.loads gives (an int, a
// float, a bool, a str) against several Numbers: validate and the JSON loader's check say the
// same; a rejected setattr leaves the old value; Number's answer agrees with a plain C++
// comparison where that one is exact.
#include <cmath>
#include <string>

#include "fuzz_common.hpp"

namespace {
constexpr descr::Number<> from_zero{.minvalue = 0};
constexpr descr::Number<> window{.minvalue = -1.5, .maxvalue = 2.5};
constexpr descr::Number<> below_2_53{.maxvalue = 9007199254740992.0};
constexpr descr::Number<> from_true{.minvalue = true};
constexpr descr::Number<int> small{.minvalue = -10, .maxvalue = 10};
constexpr descr::Number<double> unit{.minvalue = 0, .maxvalue = 1};
constexpr descr::Number<> open{.gt = -1, .lt = 2.5};

struct Gauge : descr::object<Gauge, descr::attr<"level", small>, descr::attr<"any", window>> {};

template <class V>
void all(const V& v) {
  fuzz::agree(from_zero, v);
  fuzz::agree(window, v);
  fuzz::agree(below_2_53, v);
  fuzz::agree(from_true, v);
  fuzz::agree(small, v);
  fuzz::agree(unit, v);
  fuzz::agree(open, v);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto kind = fuzz::take<std::uint8_t>(data, size) % 4;
  Gauge g;
  descr::setattr<"level">(g, 3);
  if (kind == 0) {
    auto i = fuzz::take<long long>(data, size);
    all(i);
    all(descr::int_or_float(i));
    // Exact here: an int against int bounds.
    bool in = i >= -10 && i <= 10;
    if (fuzz::agree(small, i).empty() != in) __builtin_trap();
    if (in) {
      descr::setattr<"level">(g, static_cast<int>(i));
      if (descr::getattr<"level">(g) != i) __builtin_trap();
    }
  } else if (kind == 1) {
    auto d = fuzz::take<double>(data, size);
    all(d);
    all(descr::int_or_float(d));
    // NaN passes both bounds, as in Python; else the plain comparison is exact for doubles.
    bool in = std::isnan(d) || (d >= -1.5 && d <= 2.5);
    if (fuzz::agree(window, d).empty() != in) __builtin_trap();
    if (fuzz::agree(open, d).empty() != (std::isnan(d) || (d > -1 && d < 2.5))) __builtin_trap();
    try {
      descr::setattr<"any">(g, d);
      if (!in) __builtin_trap();
    } catch (const descr::value_error&) {
      if (in) __builtin_trap();
    }
  } else if (kind == 2) {
    bool b = fuzz::take<std::uint8_t>(data, size) & 1;
    all(b);
    if (fuzz::agree(from_true, b).empty() != b) __builtin_trap();
  } else {
    std::string s(reinterpret_cast<const char*>(data), size);
    all(s);
    if (fuzz::agree(from_zero, s).empty()) __builtin_trap();  // a str is no number
  }
  // A rejected set never reached the object.
  try {
    descr::setattr<"level">(g, 11);
    __builtin_trap();
  } catch (const descr::value_error&) {
  }
  if (descr::getattr<"level">(g) < -10 || descr::getattr<"level">(g) > 10) __builtin_trap();
  return 0;
}
