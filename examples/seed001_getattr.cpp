// Seed 001 (Python Descriptor - A Thorough Guide), "__getattribute__". Port of
// seed001_getattr.py: the seed redefines class Example three times; here each one has its own
// namespace (descr::name_of drops it, so each is still called Example).
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>
#include <utility>

namespace plain {
struct Example : descr::object<Example, descr::field<"valid_attr", std::string>> {
  explicit Example(std::string valid_attr) {
    descr::setattr<"valid_attr">(*this, std::move(valid_attr));
  }
};
}  // namespace plain

// __getattr__ is called only when the lookup finds nothing. It stores an entry of the name it
// was asked for: a descr class declares the entries it may hold, so invalid_attr is declared as
// one that starts out missing (absentable), as a key not yet in the instance __dict__.
namespace with_getattr {
struct Example : descr::object<Example,
    descr::field<"valid_attr", std::string>,
    descr::field<"invalid_attr", std::string, descr::absentable>,
    descr::getattr_hook<[](auto& self, auto attr) {
      descr::setattr<decltype(attr)::value>(self, "this is invalid");  // self.__dict__[attr] = ...
      return std::string("this is indeed invalid");
    }>> {
  explicit Example(std::string valid_attr) {
    descr::setattr<"valid_attr">(*this, std::move(valid_attr));
  }
};
}  // namespace with_getattr

// __getattribute__ answers every read, whatever the name; assignment is not affected.
namespace with_getattribute {
struct Example : descr::object<Example,
    descr::field<"valid_attr", std::string>,
    descr::getattribute_hook<[](auto& /*self*/, auto /*attr*/) {
      return std::string("this is indeed invalid");
    }>> {
  explicit Example(std::string valid_attr) {
    descr::setattr<"valid_attr">(*this, std::move(valid_attr));
  }
};
}  // namespace with_getattribute

int main() {
  {
    plain::Example e("valid");
    std::cout << descr::vars(e) << '\n';                      // e.__dict__
    std::cout << descr::getattr<"valid_attr">(e) << '\n';     // e.valid_attr
    // Python's next line, print(e.invalid_attr), raises AttributeError: 'Example' object has
    // no attribute 'invalid_attr'. No rule answers that name here, so in C++ the read
    // descr::getattr<"invalid_attr">(e) is a compile error ("has no attribute"): left out.
  }
  {
    with_getattr::Example e("valid");
    std::cout << descr::vars(e) << '\n';                      // e.__dict__
    std::cout << descr::getattr<"valid_attr">(e) << '\n';     // e.valid_attr
    std::string invalid = descr::getattr<"invalid_attr">(e);  // e.invalid_attr: __getattr__
    std::cout << invalid << '\n';
    std::cout << descr::vars(e) << '\n';                      // e.__dict__, with the new entry
  }
  {
    with_getattribute::Example e("valid");
    // e.__dict__ is an attribute read too, so __getattribute__ answers it.
    std::cout << descr::getattr<"__dict__">(e) << '\n';
    std::cout << descr::getattr<"valid_attr">(e) << '\n';     // e.valid_attr
    std::cout << descr::getattr<"invalid_attr">(e) << '\n';   // e.invalid_attr
  }
}
