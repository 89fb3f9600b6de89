// 18_cached_property.py: functools.cached_property computes on the first read, stores the value
// under the attribute's own name (vars shows it), and keeps it until del forgets it.
//
// Python's side and area are ints; here a long each (the cache's type is the function's
// declared return type).
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string_view>

namespace {
struct Square : descr::object<Square,
    descr::field<"side", long>,
    descr::attr<"area", descr::cached_property{[](auto& self) -> long {  // @cached_property
      std::cout << "computing area of side " << descr::getattr<"side">(self) << '\n';
      return descr::getattr<"side">(self) * descr::getattr<"side">(self);
    }}>> {
  explicit Square(long side) { descr::setattr<"side">(*this, side); }
};

// type(v).__name__: the class template's name, without its arguments.
template <class T>
std::string_view type_name(const T&) {
  std::string_view n = descr::name_of<T>;
  return n.substr(0, n.find('<'));
}
}  // namespace

int main() {
  std::cout << type_name(descr::getattr<"area">(descr::type<Square>)) << '\n';
  Square s(3);
  std::cout << descr::vars(s) << '\n';
  long area = descr::getattr<"area">(s);
  std::cout << area << '\n';
  area = descr::getattr<"area">(s);
  std::cout << area << '\n';
  std::cout << descr::vars(s) << '\n';
  descr::setattr<"side">(s, 4);
  area = descr::getattr<"area">(s);
  std::cout << area << '\n';  // still the cached value
  descr::delattr<"area">(s);
  std::cout << descr::vars(s) << '\n';
  area = descr::getattr<"area">(s);
  std::cout << area << '\n';  // computed again, from the new side
  std::cout << descr::vars(s) << '\n';

  Square t(5);
  descr::setattr<"area">(t, 20);  // before the first read: stored, never computed
  std::cout << descr::getattr<"area">(t) << ' ' << descr::vars(t) << '\n';

  Square u(2);
  try {
    descr::delattr<"area">(u);  // nothing cached yet
  } catch (const descr::attribute_error& e) {
    std::cout << "AttributeError: " << e.what() << '\n';
  }
  bool has = descr::hasattr<"area">(u);  // hasattr reads, and so computes
  std::cout << descr::repr(has) << '\n';
  std::cout << descr::vars(u) << '\n';
}
