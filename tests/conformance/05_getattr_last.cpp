// 05_getattr_last.py: __getattr__ is consulted only when normal lookup fails.
#include <descr/descr.hpp>

#include <cctype>
#include <iostream>
#include <string>

namespace {
struct C : descr::object<C,
    descr::classvar<"x", 1>,  // x = 1
    // def __getattr__(self, name): print("__getattr__", name); return name.upper()
    descr::getattr_hook<[](auto&, auto name) {
      std::string s(name);
      std::cout << "__getattr__ " << s << '\n';
      for (char& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      return s;
    }>> {};
}  // namespace

int main() {
  C c;
  // print(c.x)
  int x = descr::getattr<"x">(c);
  std::cout << x << '\n';
  // print(c.missing)
  std::string missing = descr::getattr<"missing">(c);
  std::cout << missing << '\n';
}
