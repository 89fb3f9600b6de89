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

namespace {
struct Made : descr::object<Made, descr::field<"n", int>> {
  Made() = default;
  explicit Made(int n) { descr::setattr<"n">(*this, n); }
};
struct Unmade {
  Unmade(int, int) {}
};
}  // namespace

TEST_CASE("calling descr::type<C> constructs a C, as calling a class does") {
  // class Made:
  //     def __init__(self, n=0): self.n = n
  // cls = Made; print(cls().n, cls(3).n)   # 0 3
  auto cls = descr::type<Made>;
  static_assert(std::is_same_v<decltype(cls()), Made>);
  CHECK(descr::getattr<"n">(cls()) == 0);
  CHECK(descr::getattr<"n">(cls(3)) == 3);
  // Only with arguments a constructor takes: the call is constrained, so a wrong one is
  // "no match for call to descr::type_t<C>", and a classmethod can test for it.
  static_assert(!std::is_invocable_v<descr::type_t<Made>, const char*>);
  static_assert(std::is_invocable_v<descr::type_t<Unmade>, int, int>);
  static_assert(!std::is_invocable_v<descr::type_t<Unmade>>);
  static_assert(std::is_empty_v<descr::type_t<Made>>);
}

// A descriptor that declares a member and refuses it (protocol.hpp): Python's property without
// fset, fget or fdel. The refused members are declared only: the lookup never calls them.
namespace {
struct Guarded {  // get and set: a data descriptor, whose set is refused
  static constexpr bool writable = false;
  int get(auto&) const { return 7; }
  void set(auto&, int) const;
};
struct Unreadable {  // get and set: a data descriptor, whose get is refused
  static constexpr bool readable = false;
  static constexpr bool deletable = false;
  int get(auto&) const;
  void set(auto& obj, int v) const { descr::setattr<"seen">(obj, v); }
  void del(auto&) const;
};
struct G : descr::object<G,
    descr::attr<"g", Guarded{}>,
    descr::field<"g", int, descr::absentable>,   // an entry of the name never shadows it
    descr::attr<"w", Unreadable{}>,
    descr::field<"seen", int>> {};
struct H : descr::object<H, descr::bases<G>,
    descr::getattr_hook<[](auto&, auto name) { return std::string("hook ") + std::string(name); }>> {};
}  // namespace

TEST_CASE("a refused member keeps the classification its declaration gives") {
  // class Guarded:
  //     def __get__(self, obj, objtype=None): return 7
  //     def __set__(self, obj, v): raise AttributeError("refused")
  // class G: g = Guarded()
  // o = G(); o.__dict__['g'] = 1; print(o.g)   # 7
  static_assert(!Guarded::writable && !Unreadable::readable && !Unreadable::deletable);
  static_assert(descr::DataDescriptor<Guarded, G>);
  static_assert(descr::DataDescriptor<Unreadable, G>);
  static_assert(descr::resolution<G, "g"> == descr::rule::data_descriptor);
  static_assert(descr::resolution<G, "w"> == descr::rule::data_descriptor);
  G o;
  CHECK(descr::getattr<"g">(o) == 7);
  descr::setattr<"w">(o, 3);  // its set is not refused
  CHECK(descr::getattr<"seen">(o) == 3);
}

TEST_CASE("a refused get: hasattr is false, getattr's default answers, a getattr_hook answers") {
  // class Unreadable:
  //     def __get__(self, obj, objtype=None): raise AttributeError("no getter")
  //     def __set__(self, obj, v): obj.seen = v
  // class G: w = Unreadable()
  // class H(G):
  //     def __getattr__(self, name): return "hook " + name
  // print(hasattr(G(), 'w'), getattr(G(), 'w', 5), H().w)   # False 5 hook w
  G o;
  static_assert(std::is_same_v<decltype(descr::hasattr<"w">(o)), std::false_type>);
  CHECK(descr::getattr<"w">(o, 5) == 5);
  H h;
  CHECK(descr::getattr<"w">(h) == "hook w");
  CHECK(descr::hasattr<"w">(h));
  // The class attribute itself is no read of an instance: never refused.
  static_assert(std::is_same_v<decltype(descr::getattr_static<"w">(descr::type<G>)), const Unreadable&>);
}

// get<Name>(obj, objtype): the lookup hands the attribute's name to a get that declares it as
// its first template parameter, the name the access used. Python's descriptors learn it only
// from __set_name__, once per class attribute; here one descriptor bound under two names
// knows which one was read, as a constant.
namespace {
struct WhatsMyName {
  template <descr::fixed_string N, class Obj, class C>
  std::string get(Obj&, descr::type_t<C>) const {
    constexpr bool from_class = std::is_same_v<std::remove_const_t<Obj>, descr::none_t>;
    return std::string(N.view()) + (from_class ? " of class " : " of ") +
           std::string(descr::name_of<C>);
  }
};
struct Counted {  // a descriptor with storage: the slot comes last, as in the other forms
  using storage_type = int;
  template <descr::fixed_string N>
  int get(auto&, auto, descr::slot<int> s) const {
    static_assert(N == "hits");
    return s.has_value() ? s.get() : -1;
  }
};
struct Variadic {  // Python's __get__(self, *args): handed (obj, objtype), never a name
  std::size_t get(const auto&... args) const { return sizeof...(args); }
};
struct Nm : descr::object<Nm,
    descr::attr<"first", WhatsMyName{}>,
    descr::attr<"second", WhatsMyName{}>,
    descr::attr<"hits", Counted{}>,
    descr::attr<"args", Variadic{}>> {};
struct SubNm : descr::object<SubNm, descr::bases<Nm>> {};
}  // namespace

TEST_CASE("get may take the attribute's name, as the access spells it") {
  Nm n;
  CHECK(descr::getattr<"first">(n) == "first of Nm");
  CHECK(descr::getattr<"second">(n) == "second of Nm");
  CHECK(descr::getattr<"first">(descr::type<Nm>) == "first of class Nm");
  SubNm s;
  CHECK(descr::getattr<"second">(s) == "second of SubNm");
  CHECK(descr::getattr<"second">(descr::super<SubNm>(s)) == "second of SubNm");
  CHECK(descr::getattr<"hits">(n) == -1);
  CHECK(descr::getattr<"args">(n) == 2);
  CHECK(descr::getattr<"args">(descr::type<Nm>) == 2);
  static_assert(descr::resolution<Nm, "first"> == descr::rule::non_data_descriptor);
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
  void forget(auto& obj) const {
    forgotten.emplace_back(descr::name_of<std::remove_cvref_t<decltype(obj)>>);
  }
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
