// libFuzzer target: any bytes as a JSON document for the loader, with and without
// forbid_extra. A failed load has errors; a load that succeeds dumps a document that loads
// again into the same dump (round trip). ASan and UBSan watch everything else.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "../json/models.hpp"

namespace {
template <class C>
void one(std::string_view text, const descr::json_options& options) {
  auto r = descr::try_load_json<C>(text, options);
  if (!r) {
    if (r.errors.empty()) __builtin_trap();
    return;
  }
  if (!r.errors.empty()) __builtin_trap();
  std::string once = descr::dump_json(*r.value);
  auto again = descr::try_load_json<C>(once, options);
  if (!again || descr::dump_json(*again.value) != once) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool strict : {false, true}) {
    descr::json_options options{.forbid_extra = strict, .max_depth = 32, .max_errors = 20};
    one<models::Order>(text, options);
    one<models::Sampler>(text, options);
  }
  return 0;
}
