#pragma once
// A class with every validator of descr's beyond the HowTo's three, and a validator of one's
// own, and one document with an error in each: json_test.cpp loads it with exceptions (through
// descr::setattr), noexcept_test.cpp without (through why_not), and both compare the errors
// with the one list below.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <descr/json.hpp>
#include <descr/validators/pattern.hpp>

namespace validated {

// A validator of one's own: why_not says why it refuses, validate raises that. A document may
// leave it out (json_rules says so; its schema is its type's), and then it holds nothing.
struct Even : descr::Validator<Even, int> {
  std::optional<descr::refusal> why_not(int value) const {
    if (value % 2) return descr::refusal{"Expected " + std::to_string(value) + " to be even"};
    return std::nullopt;
  }
  void validate(int value) const { descr::raise_if(why_not(value)); }
};
}  // namespace validated
template <>
struct descr::json_rules<validated::Even> {
  static constexpr bool required = false;
  static nlohmann::json schema(const validated::Even&) { return nlohmann::json::object(); }
};
namespace validated {

struct Leaf : descr::object<Leaf,
    descr::attr<"name", descr::NonEmpty{}>,
    descr::attr<"even", Even{}>> {};

struct Shelf : descr::object<Shelf,
    descr::attr<"sizes", descr::List{.item = descr::Number<int>{.minvalue = 0}, .maxsize = 3}>,
    descr::attr<"grid", descr::List<descr::List<descr::Number<int>>>{
                            .item = {.item = {.maxvalue = 9}, .minsize = 1}}>,
    descr::attr<"leaves", descr::List{.item = descr::Nested<Leaf>{}}>,
    descr::attr<"words", descr::List{.item = descr::String{.predicate = descr::islower}}>,
    descr::attr<"code", descr::Pattern<"^[A-Z]+$">{}>,
    descr::attr<"title", descr::NonEmpty{}>,
    descr::attr<"tags", descr::NonEmpty<std::vector<std::string>>{}>,
    descr::attr<"nickname", descr::Optional{descr::String{.maxsize = 4}}>,
    descr::attr<"part", descr::Nested<Leaf>{}>,
    descr::attr<"label", descr::AllOf{descr::String{.minsize = 2}, descr::Pattern<"^[a-z]+$">{}}>,
    descr::attr<"count", descr::AllOf{descr::Number<int>{.minvalue = 0}, Even{}}>,
    descr::attr<"level", descr::Default{Even{}, 2}>> {};

inline const char* const bad_shelf = R"({
  "sizes": [1, -2, 3], "grid": [[1], [2, 10], []],
  "leaves": [{"name": "a", "even": 2}, {"name": "b"}],
  "words": ["ok", "Bad"], "code": "ab1", "title": "", "tags": [], "nickname": "Rumpelstiltskin",
  "part": {"name": "p"}, "label": "x", "count": 3, "level": 5})";

// Python's messages (tests/json's validators are the HowTo's, List's path as Python's
// List.validate builds it, with the attribute's name first as its __set__ adds it).
inline const std::vector<descr::json_error> bad_shelf_errors = {
    {"sizes", "sizes[1]: Expected -2 to be at least 0"},
    {"grid", "grid[1][1]: Expected 10 to be no more than 9"},
    {"leaves", "leaves[1]: Expected <Leaf object> to have a value for 'even'"},
    {"words", "words[1]: Expected <method 'islower' of 'str' objects> to be true for 'Bad'"},
    {"code", "Expected 'ab1' to match '^[A-Z]+$'"},
    {"title", "Expected '' to be non-empty"},
    {"tags", "Expected [] to be non-empty"},
    {"nickname", "Expected 'Rumpelstiltskin' to be no bigger than 4"},
    {"part", "Expected <Leaf object> to have a value for 'even'"},
    {"label", "Expected 'x' to be no smaller than 2"},
    {"count", "Expected 3 to be even"},
    {"level", "Expected 5 to be even"},
};

inline const char* const good_shelf = R"({
  "sizes": [1, 0], "grid": [[1, 2], [9]], "leaves": [{"name": "a", "even": 2}],
  "words": ["ok"], "code": "AB", "title": "T", "tags": ["x"], "nickname": null,
  "part": {"name": "p", "even": 0}, "label": "ab", "count": 4})";
inline const char* const good_shelf_dump =
    R"({"code":"AB","count":4,"grid":[[1,2],[9]],"label":"ab","leaves":[{"even":2,"name":"a"}],)"
    R"("level":2,"nickname":null,"part":{"even":0,"name":"p"},"sizes":[1,0],"tags":["x"],)"
    R"("title":"T","words":["ok"]})";

// The good shelf with a nickname, then without one (Optional's default, None).
inline std::string with_nickname(std::string_view nickname) {
  std::string text = good_shelf;
  std::string_view none = R"("nickname": null,)";
  text.replace(text.find(none), none.size(), nickname);
  return text;
}

}  // namespace validated
