// Seed 002 (Python Descriptor Protocol Inside-out), "Descriptor Protocol". Port of
// seed002_data_non_data.py: a data descriptor (get and set) and a non-data descriptor (get
// only). DataDescriptor's value changes, so it is declared with attr_of; NonDataDescriptor is a
// constant.
#include <descr/descr.hpp>

#include <iostream>
#include <string>

struct DataDescriptor {
  int value = 0;  // self.__value

  int get(const auto& /*instance*/, auto /*owner*/) const {
    std::cout << "DataDescriptor __get__()\n";
    return value;
  }
  // data descriptor need to define set (or del)
  void set(const auto& /*instance*/, int new_value) {
    std::cout << "DataDescriptor __set__()\n";
    value = new_value;
  }
};

struct NonDataDescriptor {
  std::string get(const auto& /*instance*/, auto /*owner*/) const {
    std::cout << "NonDataDescriptor __get__()\n";
    return "NonDataDescriptor Value";
  }
};

struct MyTest : descr::object<MyTest,
    descr::attr_of<"dd", DataDescriptor>,
    descr::attr<"ndd", NonDataDescriptor{}>> {};

static_assert(descr::DataDescriptor<DataDescriptor, MyTest>);
static_assert(descr::NonDataDescriptor<NonDataDescriptor, MyTest>);

int main() {
  MyTest obj;
  int dd = descr::getattr<"dd">(obj);
  std::cout << dd << '\n';
  descr::setattr<"dd">(obj, 5);
  dd = descr::getattr<"dd">(obj);
  std::cout << dd << '\n';
  std::string ndd = descr::getattr<"ndd">(obj);
  std::cout << ndd << '\n';
}
