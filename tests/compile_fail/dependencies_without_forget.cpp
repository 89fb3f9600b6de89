// A descriptor that declares dependencies must say how to forget: its forget(obj) is called
// when one of them changes.
// expect: declares dependencies but no forget | Doc | words
#include <descr/descr.hpp>

#include <string>

struct Words {
  using dependencies = descr::depends_on_t<"text">;
  int get(auto& obj) const { return static_cast<int>(descr::getattr<"text">(obj).size()); }
#ifndef DESCR_FAIL
  void forget(auto&) const {}
#endif
};

struct Doc : descr::object<Doc, descr::field<"text", std::string>, descr::attr<"words", Words{}>> {};

int main() {
  Doc d;
  descr::setattr<"text">(d, "abc");
  return descr::getattr<"words">(d);
}
