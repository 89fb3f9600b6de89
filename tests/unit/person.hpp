#pragma once
// A class the introspection tests share: a field, an absentable field, a descriptor that keeps
// its value in a slot (vars shows it as "_age") and a class variable.
#include <descr/descr.hpp>

#include <string>

namespace {
struct Stored {
  using storage_type = int;
  int get(auto&, descr::slot<int> s) const { return s.get(); }
  void set(auto&, int v, descr::slot<int> s) const { s.set(v); }
};
struct P : descr::object<P,
    descr::field<"name", std::string>,
    descr::field<"nick", std::string, descr::absentable>,
    descr::attr<"age", Stored{}>,
    descr::classvar<"species", 1>> {};
}  // namespace
