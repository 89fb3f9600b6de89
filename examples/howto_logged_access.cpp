// Seed 000 (the Descriptor HowTo's Primer), "Customized names". Port of
// howto_logged_access.py: set_name tells each LoggedAccess its public and private names.
// The names are std::strings set at run time, so the descriptors are declared with attr_of:
// built when Person is first used, then set_name(type<Person>, "name") is called, as Python
// calls __set_name__ when the class is created. The value itself lives in the instance under the
// private name (storage_type), which is what getattr(obj, self.private_name) reads.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>
#include <string_view>
#include <utility>

#include "logging.hpp"
#include "python_repr.hpp"

// Python's LoggedAccess stores any value; in C++ the stored value's type is a parameter.
// tutorial: logged-access
template <class T>
struct LoggedAccess {
  static constexpr std::string_view descr_name = "LoggedAccess";  // its __name__
  using storage_type = T;

  std::string public_name;
  std::string private_name;

  void set_name(auto /*owner*/, std::string_view name) {
    public_name = name;
    private_name = "_" + public_name;
  }

  T get(const auto& /*obj*/, auto /*objtype*/, descr::slot<T> slot) const {
    T value = slot.get();  // getattr(obj, self.private_name)
    logging::info("Accessing " + descr::repr(public_name) + " giving " + descr::repr(value));
    return value;
  }
  void set(auto& /*obj*/, T value, descr::slot<T> slot) const {
    logging::info("Updating " + descr::repr(public_name) + " to " + descr::repr(value));
    slot.set(std::move(value));  // setattr(obj, self.private_name, value)
// tutorial end
  }

  // vars(descriptor): its own instance dictionary.
  std::string vars() const {
    return "{'public_name': " + descr::repr(public_name) +
           ", 'private_name': " + descr::repr(private_name) + "}";
  }
};

// tutorial: logged-access-person
struct Person : descr::object<Person,
    descr::attr_of<"name", LoggedAccess<std::string>>,  // First descriptor instance
    descr::attr_of<"age", LoggedAccess<int>>,           // Second descriptor instance
    descr::attr<"birthday", descr::function{[](auto& self) {
      descr::setattr<"age">(self, descr::getattr<"age">(self) + 1);  // self.age += 1
    }}>> {
  Person(std::string name, int age) {
    descr::setattr<"name">(*this, std::move(name));  // Calls the first descriptor
    descr::setattr<"age">(*this, age);               // Calls the second descriptor
  }
};
// tutorial end

int main() {
  // vars(Person)['name']: the descriptor object itself, without calling its get.
  const auto& name_descriptor = descr::getattr_static<"name">(descr::type<Person>);
  const auto& age_descriptor = descr::getattr_static<"age">(descr::type<Person>);
  std::cout << py::repr(name_descriptor) << '\n';
  std::cout << name_descriptor.vars() << '\n';
  std::cout << age_descriptor.vars() << '\n';

  Person pete("Peter P", 10);
  Person kate("Catherine C", 20);
  std::cout << descr::vars(pete) << '\n';
  std::cout << descr::vars(kate) << '\n';
}
