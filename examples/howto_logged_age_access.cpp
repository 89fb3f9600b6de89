// Seed 000 (the Descriptor HowTo's Primer), "Managed attributes". Port of
// howto_logged_age_access.py: the descriptor is public, the data is private. LoggedAgeAccess
// declares a per-instance int, which descr keeps in the owner under the private name "_age"
// (Python's obj._age) and hands to get and set as a descr::slot. Log records go through
// logging.hpp's replaceable sink, to stderr as "INFO:root:...".
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>
#include <utility>

#include "logging.hpp"
#include "python_repr.hpp"

// tutorial: logged-age
struct LoggedAgeAccess {
  using storage_type = int;  // obj._age

  int get(const auto& /*obj*/, auto /*objtype*/, descr::slot<int> age) const {
    int value = age.get();  // value = obj._age
    logging::info("Accessing " + descr::repr("age") + " giving " + descr::repr(value));
    return value;
  }
  void set(auto& /*obj*/, int value, descr::slot<int> age) const {
    logging::info("Updating " + descr::repr("age") + " to " + descr::repr(value));
    age.set(value);         // obj._age = value
  }
};

struct Person : descr::object<Person,
    descr::field<"name", std::string>,      // Regular instance attribute
    descr::attr<"age", LoggedAgeAccess{}>,  // age = LoggedAgeAccess()   Descriptor instance
    descr::attr<"birthday", descr::function{[](auto& self) {
      // self.age += 1: calls both get and set
      descr::setattr<"age">(self, descr::getattr<"age">(self) + 1);
    }}>> {
  Person(std::string name, int age) {
    descr::setattr<"name">(*this, std::move(name));
    descr::setattr<"age">(*this, age);      // Calls set
  }
};
// tutorial end

int main() {
  Person mary("Mary M", 30);              // The initial age update is logged
  Person dave("David D", 40);
  std::cout << py::tuple_repr(descr::vars(mary), descr::vars(dave)) << '\n';  // private data
  int age = descr::getattr<"age">(mary);  // Access the data and log the lookup
  std::cout << age << '\n';
  descr::getattr<"birthday">(mary)();     // Updates are logged as well
  age = descr::getattr<"age">(mary);
  std::cout << age << '\n';
  std::cout << descr::repr(descr::getattr<"name">(dave)) << '\n';  // not logged
  age = descr::getattr<"age">(dave);      // Only the managed attribute is logged
  std::cout << age << '\n';
}
