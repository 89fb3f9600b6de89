// 08_logged_access.py: the HowTo's LoggedAccess: public name from __set_name__, storage under a
// private name.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>
#include <utility>

namespace {
// Python's LoggedAccess takes any value; a descriptor that keeps its value in the instance
// declares the value's type, so it is a template here. Its value lives in the owner under the
// private name "_" + name (descr::slot), which is what getattr(obj, self.private_name) reads.
template <class T>
struct LoggedAccess {
  using storage_type = T;
  // A constant descriptor: set_name runs at compile time, and keeps the name as pointer and size.
  const char* public_name = nullptr;
  std::size_t public_size = 0;

  constexpr void set_name(auto, std::string_view name) {
    public_name = name.data();
    public_size = name.size();
  }
  constexpr std::string_view name() const { return {public_name, public_size}; }

  T get(auto&, descr::slot<T> private_value) const {
    T value = private_value.get();  // getattr(obj, self.private_name)
    std::cout << "Accessing " << descr::repr(name()) << " giving " << descr::repr(value) << '\n';
    return value;
  }
  void set(auto&, T value, descr::slot<T> private_value) const {
    std::cout << "Updating " << descr::repr(name()) << " to " << descr::repr(value) << '\n';
    private_value.set(std::move(value));  // setattr(obj, self.private_name, value)
  }
};

struct Person : descr::object<Person,
    descr::attr<"name", LoggedAccess<std::string>{}>,  // name = LoggedAccess()
    descr::attr<"age", LoggedAccess<int>{}>,           // age = LoggedAccess()
    descr::attr<"birthday", descr::function{[](auto& self) {
      // self.age += 1
      descr::setattr<"age">(self, descr::getattr<"age">(self) + 1);
    }}>> {
  Person(std::string name, int age) {
    descr::setattr<"name">(*this, std::move(name));  // self.name = name
    descr::setattr<"age">(*this, age);               // self.age = age
  }
};
}  // namespace

int main() {
  Person pete("Peter P", 10);
  // print(vars(pete))
  std::cout << descr::vars(pete) << '\n';
  // pete.birthday()
  descr::getattr<"birthday">(pete)();
  // print(pete.age)
  int age = descr::getattr<"age">(pete);
  std::cout << age << '\n';
}
