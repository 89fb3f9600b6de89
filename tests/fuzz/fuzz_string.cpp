// libFuzzer target: descr::String and its predicates, with any bytes (UTF-8 or not). validate
// and the JSON loader's check say the same; each predicate agrees with the pattern the JSON
// Schema gives it (json_pattern, run with std::regex's ECMAScript grammar, as JSON Schema's
// patterns are ECMA-262). So do the validators built on text: NonEmpty, Pattern, Optional,
// AllOf, and List (over the input's lines, its item paths included).
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include <descr/validators/pattern.hpp>

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
  fuzz::agree(descr::NonEmpty{}, s);
  fuzz::agree(descr::Optional{descr::String{.maxsize = 4}}, s);
  std::vector<std::string> lines;
  for (std::size_t at = 0, end; at <= s.size() && lines.size() < 16; at = end + 1) {
    end = std::min(s.find('\n', at), s.size());
    lines.push_back(s.substr(at, end - at));
  }
  fuzz::agree(descr::List{.item = descr::String{.maxsize = 6, .predicate = descr::isalnum},
                          .maxsize = 12},
              lines);
  fuzz::agree(descr::List{.item = descr::NonEmpty{}}, lines);
  fuzz::agree(descr::NonEmpty<std::vector<std::string>>{}, lines);
  if (s.size() <= 64) {  // std::regex backtracks recursively: keep its stack small
    fuzz::agree(descr::Pattern<"^[A-Z]+[0-9]*$">{}, s);
    fuzz::agree(descr::AllOf{descr::String{.minsize = 2}, descr::Pattern<"[a-z]">{}}, s);
    fuzz::agree(descr::List{.item = descr::Pattern<"^[a-z]+$">{}}, lines);
  }
  return 0;
}
