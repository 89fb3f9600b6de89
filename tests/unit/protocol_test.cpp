// The descriptor protocol (protocol.hpp): classification looks at which members a descriptor
// declares, never at argument types; a get receives the object or descr::none, and descr::type<C>.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/protocol.hpp>

#include <descr/access.hpp>
#include <descr/layout.hpp>
#include <descr/name_of.hpp>
#include <descr/object.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

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

namespace {
struct InheritsGet : GetOnly {};
struct AddsSet : GetOnly {
  void set(auto&, int) const {}
};
struct DataMemberGet {
  int get = 0;
};
}  // namespace

TEST_CASE("inherited members count, and so does a data member of the name") {
  // class InheritsGet(GetOnly): pass
  // class AddsSet(GetOnly):
  //     def __set__(self, obj, value): pass
  // class C: i = InheritsGet(); a = AddsSet()
  // c = C(); c.__dict__['i'] = 'entry'; c.__dict__['a'] = 'entry'
  // print(c.i, c.a)   # entry 1
  // class DataMember: __get__ = 0
  // class D: x = DataMember()
  // D().x             # TypeError: 'int' object is not callable: it is taken for a descriptor
  static_assert(descr::NonDataDescriptor<InheritsGet, Owner>);
  static_assert(descr::DataDescriptor<AddsSet, Owner>);
  static_assert(descr::HasGet<DataMemberGet, Owner>);
}

namespace {
struct Who {
  std::string get(auto& obj, auto objtype) const {
    using Obj = std::remove_cvref_t<decltype(obj)>;
    std::string who = std::is_same_v<Obj, descr::none_t> ? "None" : std::string(descr::name_of<Obj>);
    return who + "/" + std::string(descr::name_of<typename decltype(objtype)::type>);
  }
};
struct Base : descr::object<Base, descr::attr<"w", Who{}>> {};
struct Sub : descr::object<Sub, descr::bases<Base>> {};
}  // namespace

TEST_CASE("get receives the object, or descr::none from the class, and descr::type of the class looked at") {
  // class Who:
  //     def __get__(self, obj, objtype=None):
  //         return ('None' if obj is None else type(obj).__name__) + '/' + objtype.__name__
  // class Base: w = Who()
  // class Sub(Base): pass
  // print(Base.w, Sub.w, Sub().w, Base().w)   # None/Base None/Sub Sub/Sub Base/Base
  CHECK(descr::getattr<"w">(descr::type<Base>) == "None/Base");
  CHECK(descr::getattr<"w">(descr::type<Sub>) == "None/Sub");
  Sub s;
  CHECK(descr::getattr<"w">(s) == "Sub/Sub");
  Base b;
  CHECK(descr::getattr<"w">(b) == "Base/Base");
}

// Beyond Python, the dependencies of a descriptor (protocol.hpp): a user-written descriptor that
// counts how often its value had to be recomputed. The Python below does the same by hand, in
// the class's __setattr__ and __delattr__.
// class Versioned:
//     def __get__(self, obj, objtype=None): return obj.__dict__.setdefault('_ver', 0)
//     def forget(self, obj): obj._ver = obj.__dict__.get('_ver', 0) + 1
// class Doc:
//     ver = Versioned()
//     def __setattr__(self, name, value):
//         super().__setattr__(name, value)
//         if name in ('text', 'title'): Doc.ver.forget(self)
//     def __delattr__(self, name):
//         super().__delattr__(name)
//         if name in ('text', 'title'): Doc.ver.forget(self)
namespace {
std::vector<std::string> forgotten;
struct Versioned {
  using storage_type = int;
  static constexpr bool storage_absentable = false;
  using dependencies = descr::depends_on_t<"text", "title">;
  int get(auto&, const int& version) const { return version; }
  void forget(auto& obj, int& version) const {
    ++version;
    forgotten.emplace_back(descr::name_of<std::remove_cvref_t<decltype(obj)>>);
  }
};
struct Stateless {
  using dependencies = descr::depends_on_t<"text">;
  int get(auto&) const { return 0; }
  void forget(auto& obj) const { forgotten.emplace_back(descr::name_of<std::remove_cvref_t<decltype(obj)>>); }
};
struct Doc : descr::object<Doc,
    descr::field<"text", std::string>,
    descr::field<"title", std::string, descr::absentable>,
    descr::field<"notes", std::string>,
    descr::attr<"ver", Versioned{}>> {};
struct Page : descr::object<Page, descr::bases<Doc>, descr::attr<"mark", Stateless{}>> {};
struct Hides : descr::object<Hides, descr::bases<Doc>, descr::classvar<"ver", 0>> {};
}  // namespace

TEST_CASE("dependencies: setattr and delattr of a dependency call the dependent's forget") {
  // d = Doc(); d.text = 'a'; d.notes = 'n'; d.title = 't'; del d.title; print(d.ver)   # 3
  static_assert(descr::HasDependencies<Versioned> && !descr::HasDependencies<GetOnly>);
  static_assert(descr::depends_on_t<"text", "title">::contains("title"));
  static_assert(!descr::depends_on_t<>::contains("title"));
  forgotten.clear();
  Doc d;
  descr::setattr<"text">(d, "a");
  descr::setattr<"notes">(d, "n");
  descr::setattr<"title">(d, "t");
  descr::delattr<"title">(d);
  CHECK(descr::getattr<"ver">(d) == 3);
  CHECK(forgotten == std::vector<std::string>{"Doc", "Doc", "Doc"});
}

TEST_CASE("dependencies hold along the MRO; a class attribute that hides the dependent ends them") {
  forgotten.clear();
  Page p;
  descr::setattr<"text">(p, "a");  // ver (from Doc) and mark (Page's own) both depend on text
  CHECK(descr::getattr<"ver">(p) == 1);
  CHECK(forgotten == std::vector<std::string>{"Page", "Page"});
  forgotten.clear();
  Hides h;
  descr::setattr<"text">(h, "a");  // Hides.ver is a class variable: nothing depends on text
  CHECK(forgotten.empty());
}
