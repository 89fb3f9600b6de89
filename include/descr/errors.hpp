#pragma once
// Python's exceptions, as C++ exceptions: descr::error is the base of all of them. Each names
// its Python class (python_name), which a program built without exceptions prints as it aborts
// (detail/raise.hpp).
#include "detail/config.hpp"
#include "detail/raise.hpp"
#include <exception>
#include <string>
#include <string_view>

namespace descr {

class error : public std::exception {
 public:
  static constexpr const char* python_name = "Exception";
  explicit error(std::string message) : message_(std::move(message)) {}
  const char* what() const noexcept override { return message_.c_str(); }

 private:
  std::string message_;
};

// AttributeError: a run-time miss (an absent instance entry, or a descriptor that says so).
struct attribute_error : error {
  using error::error;
  static constexpr const char* python_name = "AttributeError";
  // Python's wording: 'C' object has no attribute 'x'.
  static attribute_error no_attribute(std::string_view cls, std::string_view name) {
    std::string m;
    m.append("'").append(cls).append("' object has no attribute '").append(name).append("'");
    return attribute_error(std::move(m));
  }
};
struct value_error : error {
  using error::error;
  static constexpr const char* python_name = "ValueError";
};
struct type_error : error {
  using error::error;
  static constexpr const char* python_name = "TypeError";
};

// RuntimeError: what CPython 3.11 raises when a descriptor's __set_name__ fails at class
// creation; descr throws it, with the descriptor's exception nested, at the class's set-up.
struct runtime_error : error {
  using error::error;
  static constexpr const char* python_name = "RuntimeError";
  // Python's wording: Error calling __set_name__ on 'D' instance 'x' in 'C' (each class name
  // cut at 100 characters, as CPython's %.100s does).
  static runtime_error set_name_failed(std::string_view descriptor, std::string_view name,
                                       std::string_view owner) {
    std::string m;
    m.append("Error calling __set_name__ on '").append(descriptor.substr(0, 100));
    m.append("' instance '").append(name).append("' in '").append(owner.substr(0, 100));
    m.append("'");
    return runtime_error(std::move(m));
  }
};

}  // namespace descr
