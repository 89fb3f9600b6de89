// 31_presence_either.py: a read whose answer depends on whether an instance entry is present
// has either answer's own type (a std::variant where the two differ), never a conversion.
#include <descr/descr.hpp>
#include <descr/hana.hpp>
#include <descr/repr.hpp>

#include <boost/hana/at_key.hpp>
#include <boost/hana/string.hpp>

#include <iostream>
#include <type_traits>
#include <variant>

namespace hana = boost::hana;

namespace {
struct Word {
  const char* get(auto&, auto) const { return "from get"; }
};
struct SetOnly {
  void set(auto&, int value) const { std::cout << "SetOnly.__set__ " << value << '\n'; }
};
const char* helper() { return "helper called"; }

struct C : descr::object<C,
    descr::attr<"n", Word{}>,                                  // n = Word()
    descr::field<"n", long, descr::absentable>,
    descr::classvar<"cv", descr::fixed_string{"class text"}>,  // cv = "class text"
    descr::field<"cv", int, descr::absentable>,
    descr::attr<"so", SetOnly{}>,                              // so = SetOnly()
    descr::field<"so", double, descr::absentable>,
    descr::attr<"m", descr::function{[](auto&) { return "method called"; }}>,  // def m(self)
    descr::field<"m", long, descr::absentable>,
    descr::field<"f", const char* (*)(), descr::absentable>,   // entries only, no class attribute
    descr::field<"w", Word, descr::absentable>> {};

// type(v).__name__ of whatever the read holds.
template <class V>
std::string_view type_name(const V& v) {
  return std::visit([](const auto& held) { return descr::name_of<std::decay_t<decltype(held)>>; }, v);
}
}  // namespace

int main() {
  C c;
  // c.n: an absent long entry over a get returning const char*
  static_assert(std::is_same_v<decltype(descr::getattr<"n">(c)), std::variant<long, const char*>>);
  std::cout << descr::repr(descr::getattr<"n">(c)) << '\n';
  descr::setattr<"n">(c, 42);
  std::cout << descr::repr(descr::getattr<"n">(c)) << '\n';
  descr::delattr<"n">(c);
  std::cout << descr::repr(descr::getattr<"n">(c)) << '\n';

  // c.cv: an absent int entry over a string class variable
  std::cout << descr::repr(descr::getattr<"cv">(c)) << '\n';
  descr::setattr<"cv">(c, 7);
  std::cout << descr::repr(descr::getattr<"cv">(c)) << '\n';
  descr::delattr<"cv">(c);
  std::cout << descr::repr(descr::getattr<"cv">(c)) << '\n';

  // c.so: without an entry, the set-only descriptor object itself
  std::cout << type_name(descr::getattr<"so">(c)) << '\n';
  hana::at_key(c, BOOST_HANA_STRING("so")) = 3.5;  // c.__dict__['so'] = 3.5
  std::cout << descr::repr(descr::getattr<"so">(c)) << '\n';
  descr::setattr<"so">(c, 1);

  descr::setattr<"f">(c, &helper);
  std::cout << descr::getattr<"f">(c)() << '\n';
  descr::setattr<"w">(c, Word{});
  std::cout << descr::name_of<std::decay_t<decltype(descr::getattr<"w">(c))>> << '\n';

  // c.m: a bound method, or the long entry that shadows it
  std::cout << std::get<1>(descr::getattr<"m">(c))() << '\n';
  descr::setattr<"m">(c, 99);
  std::cout << descr::repr(descr::getattr<"m">(c)) << '\n';
  descr::delattr<"m">(c);
  std::cout << std::get<1>(descr::getattr<"m">(c))() << '\n';
}
