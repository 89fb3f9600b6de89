#pragma once
// Built-in descriptors of a class declared in a header. Their lambdas are named constants at
// namespace scope (inline constexpr): a lambda written inside the template arguments of a class
// in a header has a type g++ 12 gives internal linkage, and it warns (-Wsubobject-linkage, on
// by default) for every class whose base names it. Included by property_test.cpp, compiled
// with -Werror.
#include <descr/descr.hpp>

#include <utility>

inline constexpr auto header_side = descr::property{
    [](auto& self) { return descr::getattr<"_side">(self); },
    [](auto& self, int v) { descr::setattr<"_side">(self, v); }};
inline constexpr auto header_scaled = descr::function{
    [](auto& self, int k) { return descr::getattr<"_side">(self) * k; }};
inline constexpr auto header_unit = descr::staticmethod{[] { return 1; }};
inline constexpr auto header_make = descr::classmethod{[](auto cls, int side) {
  auto obj = cls();
  descr::setattr<"side">(obj, side);
  return obj;
}};

struct HeaderSquare : descr::object<HeaderSquare,
    descr::field<"_side", int>,
    descr::attr<"side", header_side>,
    descr::attr<"scaled", header_scaled>,
    descr::attr<"unit", header_unit>,
    descr::attr<"make", header_make>> {};
