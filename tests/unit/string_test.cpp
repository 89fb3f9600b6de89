// descr::String (validators/string.hpp): the HowTo's String validator, and Python's str
// predicates (descr::isupper, ...).
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/validators/string.hpp>

#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

// class String(Validator):   (the HowTo's, with Validator as in validator_test.cpp)
//     def __init__(self, minsize=None, maxsize=None, predicate=None): ...
//     def validate(self, value):
//         if not isinstance(value, str):
//             raise TypeError(f'Expected {value!r} to be an str')
//         if self.minsize is not None and len(value) < self.minsize:
//             raise ValueError(f'Expected {value!r} to be no smaller than {self.minsize!r}')
//         if self.maxsize is not None and len(value) > self.maxsize:
//             raise ValueError(f'Expected {value!r} to be no bigger than {self.maxsize!r}')
//         if self.predicate is not None and not self.predicate(value):
//             raise ValueError(f'Expected {self.predicate} to be true for {value!r}')
// class Label:
//     text = String(minsize=2, maxsize=4, predicate=str.isupper)

namespace {
struct Label : descr::object<Label, descr::attr<"text", descr::String{.minsize = 2, .maxsize = 4,
                                                                      .predicate = descr::isupper}>> {};
}  // namespace

TEST_CASE("the HowTo's messages, checked in its order: type, minsize, maxsize, predicate") {
  // l = Label()
  // l.text = 'A'       # ValueError: Expected 'A' to be no smaller than 2
  // l.text = 'ABCDE'   # ValueError: Expected 'ABCDE' to be no bigger than 4
  // l.text = 'ab'      # ValueError: Expected <method 'isupper' of 'str' objects> to be true for 'ab'
  // l.text = 'a'       # ValueError: Expected 'a' to be no smaller than 2   (size before predicate)
  // l.text = 'abcde'   # ValueError: Expected 'abcde' to be no bigger than 4
  // l.text = 5         # TypeError: Expected 5 to be an str
  Label l;
  CHECK_THROWS_WITH_AS(descr::setattr<"text">(l, "A"), "Expected 'A' to be no smaller than 2", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"text">(l, "ABCDE"), "Expected 'ABCDE' to be no bigger than 4", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"text">(l, "ab"),
                       "Expected <method 'isupper' of 'str' objects> to be true for 'ab'", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"text">(l, "a"), "Expected 'a' to be no smaller than 2", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"text">(l, "abcde"), "Expected 'abcde' to be no bigger than 4", descr::value_error);
  using value = std::variant<long long, std::string>;
  CHECK_THROWS_WITH_AS(descr::setattr<"text">(l, value(5LL)), "Expected 5 to be an str", descr::type_error);
}

TEST_CASE("sizes are inclusive and count characters, as len() does, not UTF-8 bytes") {
  // class S: s = String(minsize=2, maxsize=3)
  // S().s = 'ab'; S().s = 'abc'; S().s = 'éé'    # stored ('éé' is 2 characters, 4 bytes)
  // S().s = 'éééé'    # ValueError: Expected 'éééé' to be no bigger than 3
  // S().s = "it's"    # ValueError: Expected "it's" to be no bigger than 3
  struct S : descr::object<S, descr::attr<"s", descr::String{.minsize = 2, .maxsize = 3}>> {};
  S s;
  descr::setattr<"s">(s, "ab");
  descr::setattr<"s">(s, "abc");
  descr::setattr<"s">(s, "\xc3\xa9\xc3\xa9");
  CHECK(descr::getattr<"s">(s) == "\xc3\xa9\xc3\xa9");
  CHECK_THROWS_WITH_AS(descr::setattr<"s">(s, "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"),
                       "Expected '\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9' to be no bigger than 3", descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"s">(s, "it's"), "Expected \"it's\" to be no bigger than 3",
                       descr::value_error);
  CHECK(descr::getattr<"s">(s) == "\xc3\xa9\xc3\xa9");
}

TEST_CASE("a read before any set raises AttributeError; a failed set keeps the old value") {
  // Label().text     # AttributeError: 'Label' object has no attribute '_text'
  // l.text = 'AB'; l.text = 'Ab'; print(l.text, vars(l))   # AB {'_text': 'AB'}
  Label l;
  CHECK_THROWS_WITH_AS(descr::getattr<"text">(l), "'Label' object has no attribute '_text'",
                       descr::attribute_error);
  descr::setattr<"text">(l, std::string("AB"));
  CHECK_THROWS_AS(descr::setattr<"text">(l, "Ab"), descr::value_error);
  CHECK(descr::getattr<"text">(l) == "AB");
  CHECK(descr::repr(descr::vars(l)) == "{'_text': 'AB'}");
  static_assert(std::is_same_v<decltype(descr::getattr<"text">(l)), const std::string&>);
}

TEST_CASE("no option bounds nothing, as None does; any text is taken") {
  struct Free : descr::object<Free, descr::attr<"s", descr::String{}>> {};
  Free f;
  descr::setattr<"s">(f, "");
  descr::setattr<"s">(f, std::string(1000, 'x'));
  descr::setattr<"s">(f, std::string_view("view"));
  CHECK(descr::getattr<"s">(f) == "view");
  using value = std::variant<double, std::string, descr::none_t>;
  CHECK_THROWS_WITH_AS(descr::setattr<"s">(f, value(5.5)), "Expected 5.5 to be an str", descr::type_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"s">(f, value(descr::none)), "Expected None to be an str",
                       descr::type_error);
  descr::setattr<"s">(f, value("held"));
  CHECK(descr::getattr<"s">(f) == "held");
}

TEST_CASE("Python's str predicates, on ASCII, answer as Python's do") {
  // for f in (str.isupper, str.islower, str.istitle, str.isalpha, str.isdigit, str.isalnum,
  //           str.isspace, str.isascii):
  //     print([f(s) for s in ['', 'A1', '12', 'ab', 'Ab Cd', 'AB', ' \t', 'a b', 'a_b',
  //                           'Hello World', 'HeLLo', '1A', '\x1c']])
  const char* const texts[] = {"", "A1", "12", "ab", "Ab Cd", "AB", " \t", "a b", "a_b",
                               "Hello World", "HeLLo", "1A", "\x1c"};
  auto answers = [&](auto predicate) {
    std::string out;
    for (const char* t : texts) out += predicate(t) ? 'T' : 'F';
    return out;
  };
  CHECK(answers(descr::isupper) == "FTFFFTFFFFFTF");
  CHECK(answers(descr::islower) == "FFFTFFFTTFFFF");
  CHECK(answers(descr::istitle) == "FTFFTFFFFTFTF");
  CHECK(answers(descr::isalpha) == "FFFTFTFFFFTFF");
  CHECK(answers(descr::isdigit) == "FFTFFFFFFFFFF");
  CHECK(answers(descr::isalnum) == "FTTTFTFFFFTTF");
  CHECK(answers(descr::isspace) == "FFFFFFTFFFFFT");
  CHECK(answers(descr::isascii) == "TTTTTTTTTTTTT");
  static_assert(descr::isupper("A1") && !descr::isupper("12"));
  // Outside ASCII a character is uncased and neither letter, digit nor space here (Python's
  // 'É'.isupper() is True); isascii tells them apart.
  CHECK_FALSE(descr::isupper("\xc3\x89"));
  CHECK(descr::isupper("\xc3\x89" "B"));
  CHECK_FALSE(descr::isascii("\xc3\x89"));
}

TEST_CASE("predicates print as Python prints them") {
  // print(str.isupper, str.islower)
  // # <method 'isupper' of 'str' objects> <method 'islower' of 'str' objects>
  CHECK(descr::isupper.repr() == "<method 'isupper' of 'str' objects>");
  CHECK(descr::islower.repr() == "<method 'islower' of 'str' objects>");
  CHECK(descr::istitle.repr() == "<method 'istitle' of 'str' objects>");
  CHECK(descr::isalpha.repr() == "<method 'isalpha' of 'str' objects>");
  CHECK(descr::isdigit.repr() == "<method 'isdigit' of 'str' objects>");
  CHECK(descr::isalnum.repr() == "<method 'isalnum' of 'str' objects>");
  CHECK(descr::isspace.repr() == "<method 'isspace' of 'str' objects>");
  CHECK(descr::isascii.repr() == "<method 'isascii' of 'str' objects>");
}

namespace {
// def is_short(s): return len(s) < 3
struct is_short {
  constexpr bool operator()(std::string_view s) const { return s.size() < 3; }
};
struct is_short_named {
  static constexpr std::string_view descr_name = "is_short";
  constexpr bool operator()(std::string_view s) const { return s.size() < 3; }
};
}  // namespace

TEST_CASE("a user's predicate: a function object by its name, a lambda as <lambda>, without Python's address") {
  // class T: t = String(predicate=is_short); u = String(predicate=lambda s: len(s) < 3)
  // T().t = 'abcd'   # ValueError: Expected <function is_short at 0x7f...> to be true for 'abcd'
  // T().u = 'abcd'   # ValueError: Expected <function <lambda> at 0x7f...> to be true for 'abcd'
  struct T : descr::object<T,
      descr::attr<"t", descr::String{.predicate = is_short{}}>,
      descr::attr<"n", descr::String{.predicate = is_short_named{}}>,
      descr::attr<"u", descr::String{.predicate = [](std::string_view s) { return s.size() < 3; }}>> {};
  T t;
  CHECK_THROWS_WITH_AS(descr::setattr<"t">(t, "abcd"), "Expected <function is_short> to be true for 'abcd'",
                       descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"n">(t, "abcd"), "Expected <function is_short> to be true for 'abcd'",
                       descr::value_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"u">(t, "abcd"), "Expected <function <lambda>> to be true for 'abcd'",
                       descr::value_error);
  descr::setattr<"u">(t, "ab");
  CHECK(descr::getattr<"u">(t) == "ab");
}

TEST_CASE("sizes that cannot hold together are a constant error, reported where the class is defined") {
  // (Python's String takes them and rejects every value: compile_fail/string_sizes_inverted.cpp)
  static_assert(descr::String{.minsize = 5, .maxsize = 2}.constant_error() == "minsize is greater than maxsize");
  static_assert(descr::String{.minsize = 2, .maxsize = 2}.constant_error().empty());
  static_assert(descr::String{.minsize = 5}.constant_error().empty());
  static_assert(descr::String{}.constant_error().empty());
  static_assert(std::is_same_v<decltype(descr::String{}), descr::String<descr::no_predicate>>);
  static_assert(std::is_same_v<decltype(descr::String{.predicate = descr::isupper}), descr::String<descr::isupper_t>>);
}
