// Keyword arguments (builtins/params.hpp, keyword.hpp): descr::params<...>(f) names f's
// parameters, so calls may pass them as descr::kw<"name"> = value, as Python's name=value.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/builtins/params.hpp>

#include <descr/access.hpp>
#include <descr/builtins/classmethod.hpp>
#include <descr/builtins/function.hpp>
#include <descr/builtins/staticmethod.hpp>
#include <descr/object.hpp>

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <type_traits>
#include <utility>

namespace {
using descr::kw;

struct Layer : descr::object<Layer,
    descr::field<"scale", int>,
    descr::attr<"forward", descr::function{descr::params<"self", "hidden", "mask", "bias">(
        [](auto& self, int hidden, int mask, int bias = 100) {
          return descr::getattr<"scale">(self) * hidden + mask + bias;
        })}>,
    descr::attr<"take", descr::function{descr::params<"self", "box", "out">(
        [](auto&, std::unique_ptr<int> box, int& out) { out = *box; })}>,
    descr::attr<"join", descr::staticmethod{descr::params<"a", "b">(
        [](std::string a, std::string b) { return a + "/" + b; })}>,
    descr::attr<"make", descr::classmethod{descr::params<"cls", "scale">([](auto cls, int scale) {
      auto obj = cls();
      descr::setattr<"scale">(obj, scale);
      return obj;
    })}>> {};
struct Deeper : descr::object<Deeper, descr::bases<Layer>> {};
}  // namespace

TEST_CASE("keywords fill the parameters after the positional arguments, in any order") {
  // class Layer:
  //     def forward(self, hidden, mask, bias=100): return self.scale * hidden + mask + bias
  // l = Layer(); l.scale = 2
  // print(l.forward(mask=3, hidden=5), l.forward(5, bias=1, mask=3), l.forward(1, 2, bias=7),
  //       l.forward(1, 2), Layer.forward(self=l, hidden=1, mask=0))   # 113 14 11 104 102
  Layer l;
  descr::setattr<"scale">(l, 2);
  auto forward = descr::getattr<"forward">(l);
  CHECK(forward(kw<"mask"> = 3, kw<"hidden"> = 5) == 113);
  CHECK(forward(5, kw<"bias"> = 1, kw<"mask"> = 3) == 14);
  int seven = 7;
  CHECK(forward(1, 2, kw<"bias"> = seven) == 11);
  CHECK(forward(1, 2) == 104);
  CHECK(descr::getattr<"forward">(descr::type<Layer>)(kw<"self"> = l, kw<"hidden"> = 1,
                                                      kw<"mask"> = 0) == 102);
}

TEST_CASE("a keyword passes its value as given: an lvalue by reference, an rvalue moved") {
  Layer l;
  int out = 0;
  descr::getattr<"take">(l)(kw<"out"> = out, kw<"box"> = std::make_unique<int>(42));
  CHECK(out == 42);
}

TEST_CASE("staticmethod and classmethod take keywords too, bound or not") {
  // print(Layer.join(b='y', a='x'), Layer().join('x', b='z'))   # x/y x/z
  // print(Deeper.make(scale=3).scale, type(Deeper.make(scale=3)).__name__)   # 3 Deeper
  CHECK(descr::getattr<"join">(descr::type<Layer>)(kw<"b"> = "y", kw<"a"> = "x") == "x/y");
  CHECK(descr::getattr<"join">(Layer{})("x", kw<"b"> = "z") == "x/z");
  auto made = descr::getattr<"make">(descr::type<Deeper>)(kw<"scale"> = 3);
  static_assert(std::is_same_v<decltype(made), Deeper>);
  CHECK(descr::getattr<"scale">(made) == 3);
}

TEST_CASE("a call without keywords is the function's own call, and it is a constant expression") {
  constexpr auto sub = descr::params<"a", "b">([](int a, int b) { return a - b; });
  static_assert(sub(5, 1) == 4);
  static_assert(sub(kw<"b"> = 1, kw<"a"> = 5) == 4);
  static_assert(sub(5, kw<"b"> = 1) == 4);
  // A call whose keywords fit is invocable; other argument lists are C++'s own matter.
  static_assert(std::is_invocable_v<decltype(sub), decltype(kw<"a"> = 1), decltype(kw<"b"> = 2)>);
  static_assert(!std::is_invocable_v<decltype(sub), int, int, int>);
}

TEST_CASE("bound methods of a function with params compare and hash as any method") {
  Layer a, b;
  CHECK(descr::getattr<"forward">(a) == descr::getattr<"forward">(a));
  CHECK(!(descr::getattr<"forward">(a) == descr::getattr<"forward">(b)));
}
