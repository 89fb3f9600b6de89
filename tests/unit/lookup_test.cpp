// Which rule answers obj.x (lookup.hpp): each rule of its table, shown twice, by
// descr::resolution at compile time and by a read at run time; then what lookup.hpp puts
// around the rule (the hooks, an absent entry), and where setattr and delattr go.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/lookup.hpp>

#include <descr/access.hpp>
#include <descr/errors.hpp>
#include <descr/layout.hpp>
#include <descr/object.hpp>
#include <descr/reflect.hpp>

#include <doctest/doctest.h>

#include "chain.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>

namespace {
using descr::rule;

struct NonData {
  const char* get(auto&, auto) const { return "descriptor"; }
};
struct Data {
  const char* get(auto&) const { return "data"; }
  void set(auto& obj, int v) const { descr::setattr<"log">(obj, v); }
};
struct GetDelOnly {
  int get(auto&) const { return 7; }
  void del(auto& obj) const { descr::setattr<"log">(obj, -1); }
};
struct SetOnly {
  void set(auto& obj, int v) const { descr::setattr<"log">(obj, v * 10); }
};

struct C : descr::object<C,
    descr::field<"log", int>,
    descr::field<"plain", int>,
    descr::classvar<"cv", 5>,
    descr::attr<"nd", NonData{}>,
    descr::field<"nd", std::string, descr::absentable>,
    descr::attr<"nd_only", NonData{}>,
    descr::attr<"d", Data{}>,
    descr::field<"d", std::string, descr::absentable>,
    descr::attr<"d_present", Data{}>,
    descr::field<"d_present", std::string>,
    descr::attr<"ro", GetDelOnly{}>,
    descr::field<"ro", int>,
    descr::attr<"so", SetOnly{}>,
    descr::field<"so", int, descr::absentable>,
    descr::attr<"so_only", SetOnly{}>,
    descr::field<"cvshadow", int, descr::absentable>,
    descr::classvar<"cvshadow", 1>,
    descr::field<"maybe", int, descr::absentable>> {};
}  // namespace

TEST_CASE("rule 1, data_descriptor: a descriptor with get and set answers before an instance entry") {
  // class Data:
  //     def __get__(self, obj, objtype=None): return 'data'
  //     def __set__(self, obj, value): obj.log = value
  // class C: d = Data(); d_present = Data()
  // c = C(); print(c.d)                         # data
  // c.d = 4; print(c.log, 'd' in vars(c))       # 4 False
  // c.__dict__['d_present'] = ''
  // print(c.d_present, 'd_present' in vars(c))  # data True
  static_assert(descr::resolution<C, "d"> == rule::data_descriptor);
  static_assert(descr::resolution<C, "d_present"> == rule::data_descriptor);
  C c;
  CHECK(std::string(descr::getattr<"d">(c)) == "data");
  descr::setattr<"d">(c, 4);
  CHECK(descr::getattr<"log">(c) == 4);
  CHECK_FALSE(descr::vars(c).contains("d"));
  CHECK(descr::vars(c).contains("d_present"));
  CHECK(std::string(descr::getattr<"d_present">(c)) == "data");
}

TEST_CASE("rule 1 also for a descriptor with del but no set (CPython's PyDescr_IsData)") {
  // class GetDel:
  //     def __get__(self, obj, objtype=None): return 7
  //     def __delete__(self, obj): obj.log = -1
  // class C: ro = GetDel()
  // c = C(); c.__dict__['ro'] = 0; print(c.ro)   # 7
  // del c.ro; print(c.log)                       # -1
  static_assert(descr::resolution<C, "ro"> == rule::data_descriptor);
  C c;
  CHECK(descr::getattr<"ro">(c) == 7);
  descr::delattr<"ro">(c);
  CHECK(descr::getattr<"log">(c) == -1);
}

TEST_CASE("rule 2, instance: an entry answers when no data descriptor has its name") {
  static_assert(descr::resolution<C, "plain"> == rule::instance);
  C c;
  descr::setattr<"plain">(c, 9);
  CHECK(descr::getattr<"plain">(c) == 9);
}

TEST_CASE("rules 2 and 3: an instance entry shadows a non-data descriptor; del re-exposes it") {
  // class NonData:
  //     def __get__(self, obj, objtype=None): return 'descriptor'
  // class C: nd = NonData()
  // c = C(); print(c.nd)                    # descriptor
  // c.nd = 'instance'; print(c.nd, C.nd)    # instance descriptor
  // del c.nd; print(c.nd)                   # descriptor
  // del c.nd                                # AttributeError: 'C' object has no attribute 'nd'
  static_assert(descr::resolution<C, "nd"> == rule::instance);  // when present; see below
  // The entry is a std::string, the descriptor's get returns const char*: the read is a
  // std::variant of the two, holding whichever answered.
  C c;
  CHECK(std::get<const char*>(descr::getattr<"nd">(c)) == std::string("descriptor"));
  descr::setattr<"nd">(c, "instance");
  CHECK(std::get<std::string>(descr::getattr<"nd">(c)) == "instance");
  CHECK(descr::getattr<"nd">(descr::type<C>) == std::string("descriptor"));
  descr::delattr<"nd">(c);
  CHECK(std::get<const char*>(descr::getattr<"nd">(c)) == std::string("descriptor"));
  CHECK_THROWS_WITH_AS(descr::delattr<"nd">(c), "'C' object has no attribute 'nd'",
                       descr::attribute_error);
}

namespace {
// A get that returns a reference of the entry's own class type: the read is then a reference
// to whichever answers (a cache is not copied on each read); a scalar is read by value.
const std::string shared_default = "default";
const int int_default = 3;
struct Shared {
  const std::string& get(auto&, auto) const { return shared_default; }
};
struct SharedInt {
  const int& get(auto&, auto) const { return int_default; }
};
struct Refs : descr::object<Refs,
    descr::attr<"s", Shared{}>, descr::field<"s", std::string, descr::absentable>,
    descr::attr<"i", SharedInt{}>, descr::field<"i", int, descr::absentable>> {};
}  // namespace

TEST_CASE("rules 2 and 3 with one class type: the read is a reference to the entry or to get's answer") {
  Refs r;
  static_assert(std::is_same_v<decltype(descr::getattr<"s">(r)), const std::string&>);
  static_assert(std::is_same_v<decltype(descr::getattr<"i">(r)), int>);
  CHECK(&descr::getattr<"s">(r) == &shared_default);
  descr::setattr<"s">(r, "own");
  CHECK(descr::getattr<"s">(r) == "own");
  CHECK(&descr::getattr<"s">(r) != &shared_default);
  CHECK(descr::getattr<"i">(r) == 3);
}

TEST_CASE("rule 3, non_data_descriptor: a get-only descriptor answers when there is no entry") {
  // class C: nd_only = NonData()
  // print(C().nd_only)   # descriptor
  static_assert(descr::resolution<C, "nd_only"> == rule::non_data_descriptor);
  C c;
  CHECK(std::string(descr::getattr<"nd_only">(c)) == "descriptor");
}

TEST_CASE("rule 4, class_variable: class variables answer after instance entries") {
  // class C: cv = 5; cvshadow = 1
  // c = C(); print(c.cv, c.cvshadow)               # 5 1
  // c.cvshadow = 2; print(c.cvshadow, C.cvshadow)  # 2 1
  // del c.cvshadow; print(c.cvshadow)              # 1
  static_assert(descr::resolution<C, "cv"> == rule::class_variable);
  static_assert(descr::resolution<C, "cvshadow"> == rule::instance);
  C c;
  CHECK(descr::getattr<"cv">(c) == 5);
  CHECK(descr::getattr<"cvshadow">(c) == 1);
  descr::setattr<"cvshadow">(c, 2);
  CHECK(descr::getattr<"cvshadow">(c) == 2);
  CHECK(descr::getattr<"cvshadow">(descr::type<C>) == 1);
  descr::delattr<"cvshadow">(c);
  CHECK(descr::getattr<"cvshadow">(c) == 1);
}

TEST_CASE("rule 4 for a descriptor with set but no get: set binds, a read gives the object itself") {
  // Python: with only __set__, reading falls through to the instance dict, then to the
  // descriptor object itself.
  // class SetOnly:
  //     def __set__(self, obj, value): obj.log = value * 10
  // class C: so = SetOnly()
  // c = C(); print(c.so is C.__dict__['so'], type(C.so).__name__)  # True SetOnly
  // c.so = 2; print(c.log, 'so' in vars(c))                         # 20 False
  static_assert(descr::resolution<C, "so_only"> == rule::class_variable);
  static_assert(descr::resolution<C, "so"> == rule::instance);
  C c;
  CHECK(&descr::getattr<"so_only">(c) == &descr::getattr_static<"so_only">(descr::type<C>));
  descr::setattr<"so">(c, 2);
  CHECK(descr::getattr<"log">(c) == 20);
  CHECK_FALSE(descr::vars(c).contains("so"));
  static_assert(std::is_same_v<std::remove_cvref_t<decltype(descr::getattr<"so">(descr::type<C>))>,
                               SetOnly>);
}

namespace {
struct Raises {
  using storage_type = std::string;
  std::string get(auto&, descr::slot<std::string> s) const { return s.get(); }
  void set(auto&, std::string v, descr::slot<std::string> s) const { s.set(std::move(v)); }
};

int hook_calls = 0;
struct H : descr::object<H,
    descr::classvar<"x", 1>,
    descr::attr<"v", Raises{}>,
    descr::field<"made", std::string, descr::absentable>,
    descr::getattr_hook<[](auto& self, auto name) -> std::string {
      ++hook_calls;
      if constexpr (name == "made") {
        descr::setattr<"made">(self, std::string("created"));  // seed 001: the hook makes an entry
        return "created";
      } else {
        std::string s(name);
        for (auto& ch : s) ch = static_cast<char>(ch - 32);
        return s;
      }
    }>> {};
}  // namespace

TEST_CASE("rule 5, getattr_hook: __getattr__ answers only when normal lookup finds nothing") {
  // calls = 0
  // class H:
  //     x = 1
  //     def __getattr__(self, name):
  //         global calls; calls += 1
  //         return name.upper()
  // h = H(); print(h.x, calls)   # 1 0
  // print(h.missing, calls)      # MISSING 1
  H h;
  hook_calls = 0;
  static_assert(descr::resolution<H, "x"> == rule::class_variable);
  CHECK(descr::getattr<"x">(h) == 1);
  CHECK(hook_calls == 0);
  static_assert(descr::resolution<H, "missing"> == rule::getattr_hook);
  CHECK(descr::getattr<"missing">(h) == "MISSING");
  CHECK(hook_calls == 1);
}

TEST_CASE("rule 6, none: nothing answers, so there is no attribute") {
  // class C: pass
  // print(hasattr(C(), 'missing'))   # False
  // Reading it is a compile error: tests/compile_fail/no_attribute_get.cpp.
  static_assert(descr::resolution<C, "missing"> == rule::none);
  static_assert(
      std::is_same_v<decltype(descr::hasattr<"missing">(std::declval<C&>())), std::false_type>);
}

TEST_CASE("an absent entry sends the read to the getattr_hook, which may create the entry") {
  // calls = 0
  // class H:
  //     def __getattr__(self, name):
  //         global calls; calls += 1
  //         self.made = 'created'; return 'created'
  // h = H(); print(h.made, h.made, calls)   # created created 1
  static_assert(descr::resolution<H, "made"> == rule::instance);
  H h;
  hook_calls = 0;
  CHECK(descr::getattr<"made">(h) == "created");
  CHECK(descr::getattr<"made">(h) == "created");
  CHECK(hook_calls == 1);
}

TEST_CASE("an attribute_error raised by a descriptor's get goes to the getattr_hook") {
  // class Raises:
  //     def __get__(self, obj, objtype=None):
  //         if '_v' not in vars(obj): raise AttributeError("'H' object has no attribute '_v'")
  //         return vars(obj)['_v']
  //     def __set__(self, obj, value): vars(obj)['_v'] = value
  // class H:
  //     v = Raises()
  //     def __getattr__(self, name): return name.upper()
  // h = H(); print(h.v)          # V
  // h.v = 'set'; print(h.v)      # set
  H h;
  CHECK(descr::getattr<"v">(h) == "V");
  descr::setattr<"v">(h, std::string("set"));
  CHECK(descr::getattr<"v">(h) == "set");
}

TEST_CASE("an absent entry with nothing behind it throws Python's AttributeError") {
  // class C: pass
  // C().maybe   # AttributeError: 'C' object has no attribute 'maybe'
  static_assert(descr::resolution<C, "maybe"> == rule::instance);
  C c;
  CHECK_THROWS_WITH_AS(descr::getattr<"maybe">(c), "'C' object has no attribute 'maybe'",
                       descr::attribute_error);
  descr::setattr<"maybe">(c, 3);
  CHECK(descr::getattr<"maybe">(c) == 3);
  descr::delattr<"maybe">(c);
  CHECK_THROWS_AS(descr::getattr<"maybe">(c), descr::attribute_error);
}

namespace {
struct Answer {
  int get(auto&) const { return 42; }
};
struct G : descr::object<G,
    descr::attr<"x", Answer{}>,
    descr::classvar<"y", 5>,
    descr::getattribute_hook<[](auto& self, auto name) -> decltype(auto) {
      if constexpr (name == "x") return std::string("bypassed");
      else return descr::generic_getattr<decltype(name)::value>(self);
    }>> {};
}  // namespace

TEST_CASE("getattribute_hook sees every read first and replaces the rule") {
  // class Answer:
  //     def __get__(self, obj, objtype=None): return 42
  // class G:
  //     x = Answer(); y = 5
  //     def __getattribute__(self, name):
  //         if name == 'x': return 'bypassed'
  //         return object.__getattribute__(self, name)
  // g = G(); print(g.x, g.y, object.__getattribute__(g, 'x'))   # bypassed 5 42
  static_assert(descr::resolution<G, "x"> == rule::non_data_descriptor);  // the rule, not the hook
  G g;
  CHECK(descr::getattr<"x">(g) == "bypassed");
  CHECK(descr::getattr<"y">(g) == 5);
  CHECK(descr::generic_getattr<"x">(g) == 42);
}

namespace {
struct GH : descr::object<GH,
    descr::getattribute_hook<[](auto&, auto name) -> std::string {
      if constexpr (name == "x") throw descr::attribute_error::no_attribute("GH", "x");
      else return "read " + std::string(name);
    }>,
    descr::getattr_hook<[](auto&, auto name) -> std::string {
      return "fallback " + std::string(name);
    }>> {};
}  // namespace

TEST_CASE("an attribute_error raised by the getattribute_hook goes to the getattr_hook") {
  // class GH:
  //     def __getattribute__(self, name):
  //         if name == 'x': raise AttributeError(name)
  //         return 'read ' + name
  //     def __getattr__(self, name): return 'fallback ' + name
  // gh = GH(); print(gh.x, '|', gh.z)   # fallback x | read z
  GH gh;
  CHECK(descr::getattr<"x">(gh) == "fallback x");
  CHECK(descr::getattr<"z">(gh) == "read z");
}

namespace {
struct Base : descr::object<Base, descr::attr<"a", Data{}>, descr::field<"log", int>> {};
struct Mid : descr::object<Mid, descr::bases<Base>> {};
struct Leaf : descr::object<Leaf, descr::bases<Mid>, descr::classvar<"a", 3>> {};
}  // namespace

TEST_CASE("the first class attribute along the MRO decides: a derived class variable hides a base's data descriptor") {
  // class Base: a = Data()
  // class Mid(Base): pass
  // class Leaf(Mid): a = 3
  // print(Leaf().a, Mid().a)   # 3 data
  static_assert(descr::resolution<Mid, "a"> == rule::data_descriptor);
  static_assert(descr::resolution<Leaf, "a"> == rule::class_variable);
  Leaf l;
  CHECK(descr::getattr<"a">(l) == 3);
  Mid m;
  CHECK(descr::getattr<"a">(m) == std::string("data"));
}


TEST_CASE("overrides along a chain: the first class of the MRO that declares a name answers") {
  // class GA: x = 1; y = 10; z = 100
  // class GB(GA): x = 2
  // class GC(GB): y = 30
  // class GD(GC): x = 4; z = 400
  // d = GD(); print(GC.x, GC.y, GC.z, d.x, d.y, d.z)   # 2 30 100 4 30 400
  CHECK(descr::getattr<"x">(descr::type<GC>) == 2);
  CHECK(descr::getattr<"y">(descr::type<GC>) == 30);
  CHECK(descr::getattr<"z">(descr::type<GC>) == 100);
  GD d;
  CHECK(descr::getattr<"x">(d) == 4);
  CHECK(descr::getattr<"y">(d) == 30);
  CHECK(descr::getattr<"z">(d) == 400);
}

// The first attribute of each name is found by the names' hashes in one pass
// (detail/class_attributes.hpp); two names of one hash, a 64-bit collision no test can build,
// would take the class-by-class merge instead. Both give the same entries in the same order.
template <class C>
constexpr bool one_pass_is_the_merge() {
  namespace d = descr::detail;
  using Classes = d::mro_t<C>;
  using All = typename d::merged_attributes<Classes, 0>::type;
  constexpr auto hashes = []<class... E>(d::list<E...>*) {
    return std::array<std::uint64_t, sizeof...(E)>{E::name_hash...};
  }(static_cast<All*>(nullptr));
  constexpr std::size_t shadowed = [&]<std::size_t... I>(std::index_sequence<I...>) {
    return d::repeated_hashes<All::size>({hashes[I]...});
  }(std::make_index_sequence<All::size>{});
  constexpr auto firsts = [&]<std::size_t... I>(std::index_sequence<I...>) {
    return d::first_by_hash<All::size, shadowed>({hashes[I]...});
  }(std::make_index_sequence<All::size>{});
  using by_hash = typename d::first_of_names<Classes, All, firsts, shadowed, true>::type;
  using merged = typename d::first_of_names<Classes, All, firsts, shadowed, false>::type;
  return shadowed > 0 && std::is_same_v<by_hash, merged> &&
         std::is_same_v<typename d::attribute_index_impl<Classes>::entries, by_hash>;
}

TEST_CASE("the first of each name by hash is the class-by-class merge's answer") {
  static_assert(one_pass_is_the_merge<GB>());
  static_assert(one_pass_is_the_merge<GC>());
  static_assert(one_pass_is_the_merge<GD>());
}

// Names of L characters told apart by one character, at each position: 16 names, 16 hashes,
// never 0, that fall in at least 8 of the 33 slots of the tables holding 16 names
// (detail/unique_names.hpp). name_hash_of reads a name 8 characters at a time, and its
// multiplications carry a character's bits only upwards: with tables of 32 slots (the low 5
// bits), names that differ in their 8th character would all share one slot.
template <std::size_t L>
constexpr bool one_character_spreads() {
  namespace d = descr::detail;
  constexpr std::size_t capacity = d::hash_set_capacity(16);
  static_assert(capacity == 33);
  for (std::size_t at = 0; at != L; ++at) {
    std::uint64_t hashes[16]{};
    bool taken[capacity]{};
    std::size_t slots = 0;
    for (std::size_t c = 0; c != 16; ++c) {
      char name[L + 1]{};
      for (std::size_t i = 0; i != L; ++i) name[i] = i == at ? static_cast<char>('a' + c) : 'x';
      hashes[c] = d::name_hash_of(name);
      if (hashes[c] == 0) return false;
      for (std::size_t k = 0; k != c; ++k)
        if (hashes[k] == hashes[c]) return false;
      slots += !taken[hashes[c] % capacity];
      taken[hashes[c] % capacity] = true;
    }
    if (slots < 8) return false;
  }
  return true;
}

TEST_CASE("a name's hash tells apart names that differ in any one character") {
  // Every shape name_hash_of reads: lengths 1 to 20 (words of 8 characters, then 1 to 7).
  static_assert([]<std::size_t... L>(std::index_sequence<L...>) {
    return (one_character_spreads<L + 1>() && ...);
  }(std::make_index_sequence<20>{}));
  // The same at run time, where __builtin_bit_cast is a load.
  CHECK(one_character_spreads<9>());
}

// A class wider than the 64 lists a step of the long concatenation (detail/typelist.hpp), and a
// subclass overriding two of its names: Python's answers, from
//   class W: c0 = 0; ...; c69 = 69   (and 70 instance attributes f0 ... f69)
//   class W2(W): c5 = 1005; c68 = 1068; c70 = 70
//   print(W2.c4, W2.c5, W2.c6, W2.c68, W2.c69, W2.c70, W.c5, W.c68)
//   # 4 1005 6 1068 69 70 5 68
//   print(len([n for n in dir(W2) if n[0] in 'cf']))  # 141 (with f0 ... f69 as slots)
namespace {
struct W : descr::object<W,
    descr::classvar<"c0", 0>, descr::field<"f0", int>, descr::classvar<"c1", 1>,
    descr::field<"f1", int>, descr::classvar<"c2", 2>, descr::field<"f2", int>,
    descr::classvar<"c3", 3>, descr::field<"f3", int>, descr::classvar<"c4", 4>,
    descr::field<"f4", int>, descr::classvar<"c5", 5>, descr::field<"f5", int>,
    descr::classvar<"c6", 6>, descr::field<"f6", int>, descr::classvar<"c7", 7>,
    descr::field<"f7", int>, descr::classvar<"c8", 8>, descr::field<"f8", int>,
    descr::classvar<"c9", 9>, descr::field<"f9", int>, descr::classvar<"c10", 10>,
    descr::field<"f10", int>, descr::classvar<"c11", 11>, descr::field<"f11", int>,
    descr::classvar<"c12", 12>, descr::field<"f12", int>, descr::classvar<"c13", 13>,
    descr::field<"f13", int>, descr::classvar<"c14", 14>, descr::field<"f14", int>,
    descr::classvar<"c15", 15>, descr::field<"f15", int>, descr::classvar<"c16", 16>,
    descr::field<"f16", int>, descr::classvar<"c17", 17>, descr::field<"f17", int>,
    descr::classvar<"c18", 18>, descr::field<"f18", int>, descr::classvar<"c19", 19>,
    descr::field<"f19", int>, descr::classvar<"c20", 20>, descr::field<"f20", int>,
    descr::classvar<"c21", 21>, descr::field<"f21", int>, descr::classvar<"c22", 22>,
    descr::field<"f22", int>, descr::classvar<"c23", 23>, descr::field<"f23", int>,
    descr::classvar<"c24", 24>, descr::field<"f24", int>, descr::classvar<"c25", 25>,
    descr::field<"f25", int>, descr::classvar<"c26", 26>, descr::field<"f26", int>,
    descr::classvar<"c27", 27>, descr::field<"f27", int>, descr::classvar<"c28", 28>,
    descr::field<"f28", int>, descr::classvar<"c29", 29>, descr::field<"f29", int>,
    descr::classvar<"c30", 30>, descr::field<"f30", int>, descr::classvar<"c31", 31>,
    descr::field<"f31", int>, descr::classvar<"c32", 32>, descr::field<"f32", int>,
    descr::classvar<"c33", 33>, descr::field<"f33", int>, descr::classvar<"c34", 34>,
    descr::field<"f34", int>, descr::classvar<"c35", 35>, descr::field<"f35", int>,
    descr::classvar<"c36", 36>, descr::field<"f36", int>, descr::classvar<"c37", 37>,
    descr::field<"f37", int>, descr::classvar<"c38", 38>, descr::field<"f38", int>,
    descr::classvar<"c39", 39>, descr::field<"f39", int>, descr::classvar<"c40", 40>,
    descr::field<"f40", int>, descr::classvar<"c41", 41>, descr::field<"f41", int>,
    descr::classvar<"c42", 42>, descr::field<"f42", int>, descr::classvar<"c43", 43>,
    descr::field<"f43", int>, descr::classvar<"c44", 44>, descr::field<"f44", int>,
    descr::classvar<"c45", 45>, descr::field<"f45", int>, descr::classvar<"c46", 46>,
    descr::field<"f46", int>, descr::classvar<"c47", 47>, descr::field<"f47", int>,
    descr::classvar<"c48", 48>, descr::field<"f48", int>, descr::classvar<"c49", 49>,
    descr::field<"f49", int>, descr::classvar<"c50", 50>, descr::field<"f50", int>,
    descr::classvar<"c51", 51>, descr::field<"f51", int>, descr::classvar<"c52", 52>,
    descr::field<"f52", int>, descr::classvar<"c53", 53>, descr::field<"f53", int>,
    descr::classvar<"c54", 54>, descr::field<"f54", int>, descr::classvar<"c55", 55>,
    descr::field<"f55", int>, descr::classvar<"c56", 56>, descr::field<"f56", int>,
    descr::classvar<"c57", 57>, descr::field<"f57", int>, descr::classvar<"c58", 58>,
    descr::field<"f58", int>, descr::classvar<"c59", 59>, descr::field<"f59", int>,
    descr::classvar<"c60", 60>, descr::field<"f60", int>, descr::classvar<"c61", 61>,
    descr::field<"f61", int>, descr::classvar<"c62", 62>, descr::field<"f62", int>,
    descr::classvar<"c63", 63>, descr::field<"f63", int>, descr::classvar<"c64", 64>,
    descr::field<"f64", int>, descr::classvar<"c65", 65>, descr::field<"f65", int>,
    descr::classvar<"c66", 66>, descr::field<"f66", int>, descr::classvar<"c67", 67>,
    descr::field<"f67", int>, descr::classvar<"c68", 68>, descr::field<"f68", int>,
    descr::classvar<"c69", 69>, descr::field<"f69", int>> {};
struct W2 : descr::object<W2, descr::bases<W>, descr::classvar<"c5", 1005>,
                          descr::classvar<"c68", 1068>, descr::classvar<"c70", 70>> {};
}  // namespace

TEST_CASE("a class of 140 members, and a subclass overriding two: the same answers as Python") {
  CHECK(descr::getattr<"c4">(descr::type<W2>) == 4);
  CHECK(descr::getattr<"c5">(descr::type<W2>) == 1005);
  CHECK(descr::getattr<"c6">(descr::type<W2>) == 6);
  CHECK(descr::getattr<"c68">(descr::type<W2>) == 1068);
  CHECK(descr::getattr<"c69">(descr::type<W2>) == 69);
  CHECK(descr::getattr<"c70">(descr::type<W2>) == 70);
  CHECK(descr::getattr<"c5">(descr::type<W>) == 5);
  CHECK(descr::getattr<"c68">(descr::type<W>) == 68);
  static_assert(descr::dir<W2>().size() == 141);
  W2 w;
  descr::setattr<"f0">(w, 7);
  descr::setattr<"f69">(w, 9);
  CHECK(descr::getattr<"f0">(w) == 7);
  CHECK(descr::getattr<"f69">(w) == 9);
  CHECK(descr::getattr<"c5">(w) == 1005);
  CHECK(descr::getattr<"c67">(w) == 67);
}

// A value handed to a descriptor's set follows the rule a field's follows: implicit conversions,
// except floating to integral and a number to bool (those are compile errors: see
// compile_fail/wrong_type_descriptor_narrowing.cpp). The conversions a field allows still work.
namespace {
struct TakesDouble {
  double get(auto& obj) const { return descr::getattr<"real">(obj); }
  void set(auto& obj, double v) const { descr::setattr<"real">(obj, v); }
};
struct TakesLong {
  long get(auto& obj) const { return descr::getattr<"wide">(obj); }
  void set(auto& obj, const long& v) const { descr::setattr<"wide">(obj, v); }
};
struct TakesAnything {  // a generic set takes the value as it is
  double get(auto& obj) const { return descr::getattr<"real">(obj); }
  void set(auto& obj, auto v) const { descr::setattr<"real">(obj, v * 2); }
};
struct Overloaded {  // C++ picks the overload; descr does not second-guess an overload set
  std::string get(auto& obj) const { return descr::getattr<"which">(obj); }
  void set(auto& obj, int) const { descr::setattr<"which">(obj, std::string("int")); }
  void set(auto& obj, long) const { descr::setattr<"which">(obj, std::string("long")); }
  void set(auto& obj, double) const { descr::setattr<"which">(obj, std::string("double")); }
};
struct StoredDouble {
  using storage_type = double;
  double get(auto&, descr::slot<double> s) const { return s.get(); }
  void set(auto&, double v, descr::slot<double> s) const { s.set(v); }
};
struct Conv : descr::object<Conv,
    descr::field<"real", double>,
    descr::field<"wide", long>,
    descr::field<"which", std::string>,
    descr::attr<"d", TakesDouble{}>,
    descr::attr<"l", TakesLong{}>,
    descr::attr<"any", TakesAnything{}>,
    descr::attr<"over", Overloaded{}>,
    descr::attr<"stored", StoredDouble{}>> {};
}  // namespace

TEST_CASE("a descriptor's set takes the values a field of its parameter's type takes") {
  Conv c;
  descr::setattr<"d">(c, 3);  // int -> double
  CHECK(descr::getattr<"d">(c) == 3.0);
  descr::setattr<"d">(c, 2.5f);  // float -> double
  CHECK(descr::getattr<"d">(c) == 2.5);
  descr::setattr<"l">(c, 4);  // int -> long
  CHECK(descr::getattr<"l">(c) == 4L);
  descr::setattr<"l">(c, 'a');  // char -> long
  CHECK(descr::getattr<"l">(c) == 97L);
  descr::setattr<"any">(c, 1.25);  // a generic set: no conversion at all
  CHECK(descr::getattr<"any">(c) == 2.5);
  descr::setattr<"stored">(c, 7);  // int -> double, through the slot
  CHECK(descr::getattr<"stored">(c) == 7.0);
  descr::setattr<"over">(c, 1);
  CHECK(descr::getattr<"over">(c) == "int");
  descr::setattr<"over">(c, 1L);
  CHECK(descr::getattr<"over">(c) == "long");
  descr::setattr<"over">(c, 1.5);
  CHECK(descr::getattr<"over">(c) == "double");
  descr::setattr<"over">(c, short{1});  // promotion to int
  CHECK(descr::getattr<"over">(c) == "int");
}

// A constant descriptor's set is asked as requires-expressions on the fast path
// (detail/access_plan.hpp's write_plan); where they find it, the general questions
// (any_write_plan) give the same answer, and where they do not, those questions answer.
template <class D, class V>
constexpr int write_plan_of =
    descr::detail::write_plan<Conv, D, Conv, V&&, descr::detail::member_kind::attr>::value;
template <class D, class V>
constexpr bool write_plan_agrees =
    write_plan_of<D, V> ==
    descr::detail::any_write_plan<Conv, D, Conv, V&&, descr::detail::member_kind::attr>::value;

TEST_CASE("the fast path's answer for a constant's set is the general one") {
  static_assert(write_plan_of<TakesDouble, int> == 2 && write_plan_agrees<TakesDouble, int>);
  static_assert(write_plan_of<TakesLong, char> == 2 && write_plan_agrees<TakesLong, char>);
  static_assert(write_plan_of<TakesLong, double> == -1 && write_plan_agrees<TakesLong, double>);
  static_assert(write_plan_agrees<TakesAnything, double>);
  static_assert(write_plan_agrees<Overloaded, int> && write_plan_agrees<Overloaded, short>);
  static_assert(write_plan_of<Overloaded, std::string> == -1);
  static_assert(write_plan_agrees<Overloaded, std::string>);
}
