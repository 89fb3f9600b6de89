// libFuzzer target: descr::OneOf. validate and the JSON loader's check say the same, and a
// text passes exactly when the schema's enum lists it.
#include <string>
#include <type_traits>

#include "fuzz_common.hpp"

namespace {
constexpr descr::OneOf kinds{"wood", "metal", "plastic", "wood", "", "m\xc3\xa9tal"};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  bool passes = fuzz::agree(kinds, s).empty();
  bool listed = false;
  static const nlohmann::json schema = descr::json_rules<std::remove_const_t<decltype(kinds)>>::schema(kinds);
  for (const auto& option : schema["enum"])
    listed = listed || option.get_ref<const std::string&>() == s;
  if (passes != listed) __builtin_trap();
  fuzz::agree(kinds, static_cast<long long>(size));  // not a str: never one of them
  if (fuzz::agree(kinds, static_cast<long long>(size)).empty()) __builtin_trap();
  return 0;
}
