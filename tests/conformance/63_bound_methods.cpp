// 63_bound_methods.py: a function in a class is a non-data descriptor: a bound method per read
// from an instance, the function from the class, shadowed by an instance entry; get by hand
// binds it (seed 000's orig_forward.__get__(self_attn, type(self_attn))).
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

namespace {
using Pair = std::pair<std::string_view, int>;
std::string repr(const Pair& t) {
  return "(" + descr::repr(t.first) + ", " + descr::repr(t.second) + ")";
}
std::string repr(const std::tuple<std::string_view, int, std::optional<int>>& t) {
  return "(" + descr::repr(std::get<0>(t)) + ", " + descr::repr(std::get<1>(t)) + ", " +
         descr::repr(std::get<2>(t)) + ")";
}

struct D : descr::object<D,
    descr::attr<"f", descr::function{[](auto& self, int x) {
      return Pair{descr::name_of<std::remove_cvref_t<decltype(self)>>, x};
    }}>,
    descr::field<"f", std::function<Pair(int)>, descr::absentable>> {};   // d.f = lambda ...
struct E : descr::object<E, descr::bases<D>> {};   // E's instances have the entry f too

struct Attn : descr::object<Attn,
    descr::attr<"forward", descr::function{
        [](auto& self, int hidden_states, std::optional<int> attention_mask = std::nullopt) {
          return std::tuple{descr::name_of<std::remove_cvref_t<decltype(self)>>, hidden_states,
                            attention_mask};
        }}>> {};

Attn self_attn;
// orig_forward = Attn.__dict__['forward']
const auto& orig_forward = descr::getattr_static<"forward">(descr::type<Attn>);

auto patched_forward(int hidden_states, std::optional<int> attention_mask = std::nullopt) {
  std::cout << "forward " << hidden_states << ' ' << descr::repr(attention_mask) << '\n';
  return orig_forward.get(self_attn, descr::type<Attn>)(hidden_states, attention_mask);
}

// d.f(x) whichever answers: the instance entry (a std::function) or the bound method.
template <class Read>
Pair call(const Read& f, int x) {
  return std::visit([x](const auto& g) { return Pair(g(x)); }, f);
}
}  // namespace

int main() {
  D d;
  E e;
  std::cout << repr(call(descr::getattr<"f">(d), 3)) << ' '
            << repr(descr::getattr<"f">(descr::type<D>)(d, 4)) << ' '
            << repr(call(descr::getattr<"f">(e), 5)) << ' '
            << repr(descr::getattr<"f">(descr::type<D>)(e, 6)) << '\n';
  // m1, m2 = d.f, d.f: without an entry f, the read is the bound method.
  auto m1 = std::get<1>(descr::getattr<"f">(d));
  auto m2 = std::get<1>(descr::getattr<"f">(d));
  std::cout << descr::repr(&m1.func == &descr::getattr_static<"f">(descr::type<D>).func) << ' '
            << descr::repr(m1.self == &d) << ' '
            << descr::repr(static_cast<void*>(&m1) == static_cast<void*>(&m2)) << ' '
            << descr::repr(m1 == m2) << ' '
            << descr::repr(m1 == std::get<1>(descr::getattr<"f">(e))) << '\n';
  descr::setattr<"f">(d, std::function<Pair(int)>([](int x) { return Pair{"shadowed", x}; }));
  std::cout << repr(call(descr::getattr<"f">(d), 7)) << '\n';
  descr::delattr<"f">(d);
  std::cout << repr(call(descr::getattr<"f">(d), 8)) << '\n';

  std::cout << repr(patched_forward(1, 2)) << '\n';
  std::cout << repr(orig_forward.get(self_attn)(3)) << '\n';
  std::cout << descr::repr(&orig_forward.get(descr::none, descr::type<Attn>) ==
                           &descr::getattr<"forward">(descr::type<Attn>))
            << '\n';
}
