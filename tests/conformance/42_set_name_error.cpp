// 42_set_name_error.py: an exception raised by __set_name__ stops the class's creation;
// CPython 3.11 raises RuntimeError naming the descriptor's class, the attribute and the owner,
// with the original exception as its __cause__. Creating the class again runs every
// __set_name__ again.
//
// descr sets a class up at its first use: the RuntimeError is a descr::runtime_error thrown by
// that use (here the first instance), with the original nested in it (std::rethrow_if_nested
// gives it back). A set-up that failed is run again, whole, by the next use.
#include <descr/descr.hpp>

#include <exception>
#include <iostream>
#include <string>
#include <string_view>

namespace {
struct Descriptor {
  void set_name(auto owner, std::string_view name) {
    throw descr::value_error(std::string(name) + " cannot be bound to " +
                             std::string(descr::name_of<typename decltype(owner)::type>));
  }
};

struct NotGoingToWork : descr::object<NotGoingToWork, descr::attr_of<"attr", Descriptor>> {};

// Python's KeyError, which descr has no use for: str(KeyError('x')) is 'x', quoted.
struct KeyError : std::exception {
  std::string message;
  explicit KeyError(std::string_view key) : message("'" + std::string(key) + "'") {}
  const char* what() const noexcept override { return message.c_str(); }
};

// print(type(e).__name__, e); print(type(e.__cause__).__name__, e.__cause__)
void print_error(const descr::runtime_error& e) {
  std::cout << "RuntimeError " << e.what() << '\n';
  try {
    std::rethrow_if_nested(e);
  } catch (const descr::value_error& cause) {
    std::cout << "ValueError " << cause.what() << '\n';
  } catch (const KeyError& cause) {
    std::cout << "KeyError " << cause.what() << '\n';
  }
}

int tries = 0;

struct Fine {
  void set_name(auto owner, std::string_view name) {
    std::cout << "set_name " << descr::name_of<typename decltype(owner)::type> << '.' << name
              << '\n';
  }
};

struct Flaky {
  void set_name(auto owner, std::string_view name) {
    tries += 1;
    std::cout << "set_name " << descr::name_of<typename decltype(owner)::type> << '.' << name
              << ", try " << tries << '\n';
    if (tries == 1) throw KeyError(name);
  }
  int get(auto&, auto) const { return tries; }
};

struct Retried : descr::object<Retried,
    descr::attr_of<"before", Fine>,    // before = Fine()
    descr::attr_of<"flaky", Flaky>,    // flaky = Flaky()
    descr::attr_of<"after", Fine>> {};  // after = Fine()
}  // namespace

int main() {
  try {
    NotGoingToWork n;  // class NotGoingToWork: attr = Descriptor()
  } catch (const descr::runtime_error& e) {
    print_error(e);
  }

  for (int attempt = 1; attempt <= 2; ++attempt) {
    try {
      Retried r;
      int flaky = descr::getattr<"flaky">(r);
      std::cout << "Retried created: " << flaky << '\n';
    } catch (const descr::runtime_error& e) {
      print_error(e);
    }
  }
}
