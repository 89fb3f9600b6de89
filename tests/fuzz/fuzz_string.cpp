// libFuzzer target: descr::String and its predicates, with any bytes (UTF-8 or not). validate
// and the JSON loader's check say the same; each predicate agrees with the pattern the JSON
// Schema gives it (json_pattern, run with std::regex's ECMAScript grammar, as JSON Schema's
// patterns are ECMA-262).
#include <regex>
#include <string>
#include <string_view>

#include "fuzz_common.hpp"

namespace {
template <class P>
void predicate_matches_pattern(P p, std::string_view s) {
  static const std::regex pattern(std::string(descr::json_pattern<P>), std::regex::ECMAScript);
  if (s.size() > 64) return;  // std::regex backtracks recursively: keep its stack small
  bool matched = std::regex_search(s.begin(), s.end(), pattern);
  if (matched != p(s)) __builtin_trap();
}
template <class P>
void check(P p, const std::string& s) {
  fuzz::agree(descr::String{.predicate = p}, s);
  fuzz::agree(descr::String{.minsize = 2, .maxsize = 8, .predicate = p}, s);
  predicate_matches_pattern(p, s);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  fuzz::agree(descr::String{}, s);
  fuzz::agree(descr::String{.minsize = 3, .maxsize = 10}, s);
  fuzz::agree(descr::String{}, std::string_view(s).size());  // not a str
  check(descr::isupper, s);
  check(descr::islower, s);
  check(descr::istitle, s);
  check(descr::isalpha, s);
  check(descr::isdigit, s);
  check(descr::isalnum, s);
  check(descr::isspace, s);
  check(descr::isascii, s);
  return 0;
}
