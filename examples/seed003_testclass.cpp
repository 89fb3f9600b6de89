// Seed 003 (Descriptors, a notebook), "When Do Descriptors Come Into Effect?". Port of
// seed003_testclass.py: assigning to the non-data descriptor's name creates an instance entry
// that hides it; assigning to the data descriptor's name calls its set.
//
// Python's get and set take *args and are printed as a tuple; here they take a pack. Both gets
// return None, and after the assignment t.nondata is a str: a C++ read has one type, so the
// gets return Value, None or a str, and the instance entry holds a Value too.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <iostream>
#include <optional>
#include <string>

#include "python_repr.hpp"

using Value = std::optional<std::string>;  // None or a str

// constructs a dummy non-data descriptor with an identifying name.
struct NonDataDescriptor {
  std::string name;
  explicit NonDataDescriptor(const char* name) : name(name) {}

  Value get(const auto&... args) const {
    std::cout << "called nondata “" << name << "” get(" << py::tuple_repr(args...) << ")\n";
    return std::nullopt;
  }
};

// constructs a dummy data descriptor with an identifying name.
struct DataDescriptor {
  std::string name;
  explicit DataDescriptor(const char* name) : name(name) {}

  Value get(const auto&... args) const {
    std::cout << "called data “" << name << "” get(" << py::tuple_repr(args...) << ")\n";
    return std::nullopt;
  }
  void set(const auto&... args) const {
    std::cout << "called data “" << name << "” set(" << py::tuple_repr(args...) << ")\n";
  }
};

struct TestClass : descr::object<TestClass,
    descr::attr_of<"nondata", NonDataDescriptor, "meth">,    // nondata = NonDataDescriptor("meth")
    descr::attr_of<"data", DataDescriptor, "prop">,          // data = DataDescriptor("prop")
    descr::field<"nondata", Value, descr::absentable>> {};   // once assigned, t.__dict__['nondata']

int main() {
  // In [ ]:
  TestClass t;
  descr::getattr<"nondata">(t);
  descr::getattr<"data">(t);                       // displays nothing: get returned None

  // In [ ]:
  descr::setattr<"nondata">(t, "something new");
  Value nondata = descr::getattr<"nondata">(t);
  std::cout << descr::repr(nondata) << '\n';

  // In [ ]:
  descr::setattr<"data">(t, "something new");
  descr::getattr<"data">(t);                       // displays nothing: get returned None
}
