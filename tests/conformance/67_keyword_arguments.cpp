// 67_keyword_arguments.py: keyword arguments through descr::params, and seed 000's story: a
// method instrumented to log the types of its keyword arguments, which then calls the original
// through its own binding, orig_forward.get(self, type<C>)(kwargs...).
//
// Passing self_attn again to the bound original, Python's
//   TypeError: Attention.forward() got multiple values for argument 'hidden_states'
// is a compile error here (tests/compile_fail/keyword_multiple_values.cpp): the port skips
// that line.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <algorithm>
#include <iostream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

struct Attention : descr::object<Attention,
    descr::field<"scale", int>,
    descr::attr<"forward", descr::function{
        descr::params<"self", "hidden_states", "attention_mask", "bias">(
            [](auto& self, double hidden_states, double attention_mask, double bias = 0.5) {
              return descr::getattr<"scale">(self) * hidden_states + attention_mask + bias;
            })}>> {};

// Python's type(v).__name__ for the values this script passes.
template <class V>
std::string type_name() {
  if constexpr (std::is_integral_v<std::remove_cvref_t<V>>) return "int";
  else return "float";
}

std::vector<std::vector<std::pair<std::string, std::string>>> log;
constexpr auto& orig_forward = descr::getattr_static<"forward">(descr::type<Attention>);

// def logged_forward(self, **kwargs): log the sorted (name, type) pairs, then call the original
// bound to self.
auto logged_forward(auto& self, auto&&... kwargs) {
  std::vector<std::pair<std::string, std::string>> entry{
      {std::string(kwargs.name.view()),
       type_name<typename std::remove_cvref_t<decltype(kwargs)>::value_type>()}...};
  std::sort(entry.begin(), entry.end());
  log.push_back(entry);
  return orig_forward.get(self, descr::type<std::remove_cvref_t<decltype(self)>>)(
      std::forward<decltype(kwargs)>(kwargs)...);
}

struct Shape : descr::object<Shape,
    descr::field<"side", int>,
    descr::attr<"make", descr::staticmethod{descr::params<"a", "b">([](int a, std::string b) {
      std::string s;
      for (int i = 0; i != a; ++i) s += b;
      return s;
    })}>,
    descr::attr<"of", descr::classmethod{descr::params<"cls", "side">([](auto cls, int side) {
      auto s = cls();
      descr::setattr<"side">(s, side);
      return s;
    })}>> {};

}  // namespace

int main() {
  using descr::kw;
  Attention attn;
  descr::setattr<"scale">(attn, 2);
  auto forward = descr::getattr<"forward">(attn);
  std::cout << descr::repr(forward(3, 1)) << '\n';
  std::cout << descr::repr(forward(kw<"attention_mask"> = 1, kw<"hidden_states"> = 3)) << '\n';
  std::cout << descr::repr(forward(3, kw<"bias"> = 0.25, kw<"attention_mask"> = 1)) << '\n';
  std::cout << descr::repr(descr::getattr<"forward">(descr::type<Attention>)(
                   kw<"self"> = attn, kw<"hidden_states"> = 3, kw<"attention_mask"> = 1))
            << '\n';

  std::cout << descr::repr(logged_forward(attn, kw<"hidden_states"> = 3, kw<"attention_mask"> = 1))
            << '\n';
  std::cout << descr::repr(logged_forward(attn, kw<"attention_mask"> = 1.5,
                                          kw<"hidden_states"> = 2, kw<"bias"> = 0))
            << '\n';
  std::string text = "[";
  for (const auto& entry : log) {
    if (text.size() != 1) text += ", ";
    text += "[";
    for (const auto& [name, type] : entry) {
      if (text.back() != '[') text += ", ";
      text += "(" + descr::repr(name) + ", " + descr::repr(type) + ")";
    }
    text += "]";
  }
  std::cout << text << "]\n";

  std::cout << descr::getattr<"make">(descr::type<Shape>)(kw<"b"> = "ab", kw<"a"> = 3) << ' '
            << descr::getattr<"make">(Shape{})(3, kw<"b"> = "x") << '\n';
  std::cout << descr::getattr<"side">(
                   descr::getattr<"of">(descr::type<Shape>)(kw<"side"> = 4))
            << '\n';
}
