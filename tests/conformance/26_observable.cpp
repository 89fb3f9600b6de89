// 26_observable.py: observed attributes. descr::observable<T>(f) calls f(self, old, new) after
// each change; descr::vetoable<T>(f) calls it before, and a false answer refuses the change.
// The values live in the object under "_" + name; the callbacks belong to the class, so a copy
// of an object keeps observing.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <string>

namespace {
struct Person : descr::object<Person,
    descr::field<"_tag", std::string>,
    descr::attr<"name", descr::observable<std::string>(
        [](auto& self, const std::string& old, const std::string& now) {  // name_changed
          std::cout << descr::getattr<"_tag">(self) << ": name " << descr::repr(old) << " -> "
                    << descr::repr(now) << '\n';
        })>,
    descr::attr<"age", descr::vetoable<int>([](auto& self, const int& old, const int& now) {
      std::cout << descr::getattr<"_tag">(self) << ": age " << old << " -> " << now << "? "
                << (now >= old ? "yes" : "no") << '\n';
      return now >= old;
    })>> {
  explicit Person(std::string tag) { descr::setattr<"_tag">(*this, std::move(tag)); }
};
}  // namespace

int main() {
  Person p("p");
  descr::setattr<"name">(p, "Ann");
  descr::setattr<"name">(p, "Bea");
  descr::setattr<"age">(p, 30);
  descr::setattr<"age">(p, 20);
  std::cout << descr::getattr<"name">(p) << ' ' << descr::getattr<"age">(p) << '\n';
  Person q = p;  // copy.copy(p)
  descr::setattr<"_tag">(q, "q");
  descr::setattr<"name">(q, "Cy");
  std::cout << descr::getattr<"name">(p) << ' ' << descr::getattr<"name">(q) << '\n';
  std::cout << descr::vars(q) << '\n';
}
