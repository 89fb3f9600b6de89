// Classification looks at which members a descriptor declares, never at argument types.
#include <descr/protocol.hpp>

#include <string_view>

#include <doctest/doctest.h>

namespace {
struct Owner {};
struct Plain {};
struct GetOnly {
  int get(auto&, auto) const { return 1; }
};
struct GetSet {
  int get(auto&) const { return 1; }
  void set(auto&, int) const {}
};
struct GetDel {
  int get(auto&) const { return 1; }
  void del(auto&) const {}
};
struct SetOnly {
  void set(Owner&, int) const {}
};
struct Overloaded {
  int get(Owner&) const { return 1; }
  int get(descr::none_t) const { return 2; }
  void set(Owner&, int) {}
  void set(Owner&, double) {}
};
struct TemplateSet {
  template <class O, class V>
  void set(O&, V&&) const {}
  template <class O>
  int get(O&) const { return 0; }
};
struct Named {
  constexpr void set_name(auto, std::string_view) {}
};
struct FinalGet final {
  int get(Owner&) const { return 1; }
};
}  // namespace

TEST_CASE("a type with no descriptor members is not a descriptor") {
  static_assert(!descr::Descriptor<Plain, Owner>);
  static_assert(!descr::Descriptor<int, Owner>);
  static_assert(!descr::HasGet<Plain, Owner>);
}

TEST_CASE("get alone makes a non-data descriptor") {
  static_assert(descr::HasGet<GetOnly, Owner>);
  static_assert(descr::NonDataDescriptor<GetOnly, Owner>);
  static_assert(!descr::DataDescriptor<GetOnly, Owner>);
}

TEST_CASE("get with set or del makes a data descriptor") {
  static_assert(descr::DataDescriptor<GetSet, Owner>);
  static_assert(descr::DataDescriptor<GetDel, Owner>);
  static_assert(descr::HasDelete<GetDel, Owner> && !descr::HasSet<GetDel, Owner>);
  static_assert(!descr::NonDataDescriptor<GetSet, Owner>);
}

TEST_CASE("set without get is a descriptor but not a DataDescriptor in DESIGN's sense") {
  static_assert(descr::Descriptor<SetOnly, Owner>);
  static_assert(descr::HasSet<SetOnly, Owner>);
  static_assert(!descr::DataDescriptor<SetOnly, Owner>);
}

TEST_CASE("overloads, templates and generic members are detected by name") {
  static_assert(descr::DataDescriptor<Overloaded, Owner>);
  static_assert(descr::DataDescriptor<TemplateSet, Owner>);
  static_assert(descr::HasSetName<Named, Owner> && !descr::Descriptor<Named, Owner>);
}

TEST_CASE("final classes and cv-qualified types are classified too") {
  static_assert(descr::NonDataDescriptor<FinalGet, Owner>);
  static_assert(descr::DataDescriptor<const GetSet&, Owner>);
}

TEST_CASE("type<C> and none") {
  static_assert(std::is_same_v<decltype(descr::type<Owner>)::type, Owner>);
  CHECK(descr::none == descr::none);
}
