// descr::NonEmpty (validators/non_empty.hpp): a str or a list that is not empty.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/validators/non_empty.hpp>

#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {
// class Note: title = NonEmpty(); tags = NonEmpty()
struct Note : descr::object<Note, descr::attr<"title", descr::NonEmpty{}>,
                            descr::attr<"tags", descr::NonEmpty<std::vector<int>>{}>> {};
}  // namespace

TEST_CASE("an empty str or list raises ValueError; a failed set keeps the old value") {
  // n.title = ''   ValueError: Expected '' to be non-empty
  // n.tags = []    ValueError: Expected [] to be non-empty
  Note n;
  CHECK_THROWS_WITH_AS(descr::setattr<"title">(n, ""), "Expected '' to be non-empty",
                       descr::value_error);
  descr::setattr<"title">(n, std::string_view("x"));
  CHECK_THROWS_AS(descr::setattr<"title">(n, std::string()), descr::value_error);
  CHECK(descr::getattr<"title">(n) == "x");
  CHECK_THROWS_WITH_AS(descr::setattr<"tags">(n, std::vector<int>{}), "Expected [] to be non-empty",
                       descr::value_error);
  descr::setattr<"tags">(n, std::vector<int>{1, 2});
  CHECK(descr::repr(descr::vars(n)) == "{'_title': 'x', '_tags': [1, 2]}");
}
