// 27_cached_dependencies.py: beyond Python, a cached_property that declares what it depends on
// (descr::depends_on<"w", "h">) is forgotten when descr::setattr or descr::delattr changes one
// of those attributes: what the script writes out in __setattr__ and __delattr__.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>

namespace {
struct Rect : descr::object<Rect,
    descr::field<"w", long>,
    descr::field<"h", long, descr::absentable>,
    descr::field<"label", std::string>,
    descr::attr<"area", descr::cached_property{[](auto& self) -> long {
      std::cout << "computing " << descr::getattr<"w">(self) << " x " << descr::getattr<"h">(self)
                << '\n';
      return descr::getattr<"w">(self) * descr::getattr<"h">(self);
    }, descr::depends_on<"w", "h">}>> {
  Rect(long w, long h) {
    descr::setattr<"w">(*this, w);
    descr::setattr<"h">(*this, h);
  }
};
}  // namespace

int main() {
  Rect r(2, 3);
  long area = descr::getattr<"area">(r);
  std::cout << area << '\n';
  descr::setattr<"label">(r, "unrelated");
  area = descr::getattr<"area">(r);
  std::cout << area << '\n';
  descr::setattr<"w">(r, 4);
  std::cout << descr::repr(descr::vars(r).contains("area")) << '\n';
  area = descr::getattr<"area">(r);
  std::cout << area << '\n';
  descr::delattr<"h">(r);
  descr::setattr<"h">(r, 10);
  area = descr::getattr<"area">(r);
  std::cout << area << '\n';
}
