// The entry points of access.hpp: getattr (instance and class access), setattr, delattr,
// hasattr, getattr_static and generic_getattr. Which rule answers a read is lookup_test's.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/access.hpp>

#include <descr/errors.hpp>
#include <descr/layout.hpp>
#include <descr/object.hpp>
#include <descr/slot.hpp>
#include <descr/detail/nth.hpp>

#include <doctest/doctest.h>

#include "person.hpp"

#include <memory>
#include <string>
#include <type_traits>
#include <utility>

namespace {
struct Plain : descr::object<Plain,
    descr::field<"plain", int>,
    descr::field<"ratio", double>,
    descr::field<"text", std::string>,
    descr::field<"owned", std::unique_ptr<int>>,
    descr::field<"maybe", int, descr::absentable>> {};
}  // namespace

TEST_CASE("getattr gives a plain field by reference, const through a const object") {
  Plain c;
  descr::getattr<"plain">(c) = 9;
  CHECK(descr::getattr<"plain">(c) == 9);
  const Plain& cc = c;
  static_assert(std::is_same_v<decltype(descr::getattr<"plain">(cc)), const int&>);
  static_assert(std::is_same_v<decltype(descr::getattr<"plain">(c)), int&>);
}

TEST_CASE("setattr converts the value as the field's type accepts it, and moves it in") {
  Plain c;
  descr::setattr<"ratio">(c, 3);
  CHECK(descr::getattr<"ratio">(c) == 3.0);
  descr::setattr<"text">(c, "abc");
  CHECK(descr::getattr<"text">(c) == "abc");
  auto p = std::make_unique<int>(7);
  descr::setattr<"owned">(c, std::move(p));
  CHECK(*descr::getattr<"owned">(c) == 7);
}

TEST_CASE("delattr removes an absentable entry; deleting it again raises Python's AttributeError") {
  // class C: pass
  // c = C(); c.maybe = 1; del c.maybe
  // del c.maybe   # AttributeError: 'C' object has no attribute 'maybe'
  Plain c;
  descr::setattr<"maybe">(c, 1);
  CHECK(descr::hasattr<"maybe">(c));
  descr::delattr<"maybe">(c);
  CHECK_FALSE(descr::hasattr<"maybe">(c));
  CHECK_THROWS_WITH_AS(descr::delattr<"maybe">(c), "'Plain' object has no attribute 'maybe'",
                       descr::attribute_error);
}


TEST_CASE("hasattr is a constant where the rules decide it") {
  // class Stored:
  //     def __set_name__(self, owner, name): self.private = '_' + name
  //     def __get__(self, obj, objtype=None): return getattr(obj, self.private)
  //     def __set__(self, obj, value): setattr(obj, self.private, value)
  // class P:
  //     age = Stored(); species = 1
  //     def __init__(self): self.name = ''
  // p = P()
  // print(hasattr(p, 'name'), hasattr(p, 'species'), hasattr(p, 'nothing'),
  //       hasattr(P, 'species'), hasattr(P, 'name'))   # True True False True False
  // print(hasattr(p, 'nick'), hasattr(p, 'age'))       # False False
  // p.age = 1; p.nick = 'x'
  // print(hasattr(p, 'nick'), hasattr(p, 'age'))       # True True
  P p;
  static_assert(std::is_same_v<decltype(descr::hasattr<"name">(p)), std::true_type>);
  static_assert(std::is_same_v<decltype(descr::hasattr<"species">(p)), std::true_type>);
  static_assert(std::is_same_v<decltype(descr::hasattr<"nothing">(p)), std::false_type>);
  static_assert(descr::hasattr<"species">(descr::type<P>));
  static_assert(!descr::hasattr<"name">(descr::type<P>));
  CHECK_FALSE(descr::hasattr<"nick">(p));
  CHECK_FALSE(descr::hasattr<"age">(p));  // its slot is empty: get raises AttributeError
  descr::setattr<"age">(p, 1);
  // A std::string, not "x": g++ 12.2 at -O2 reports a false -Wrestrict in std::string's
  // assignment from a one-character literal (GCC bug 105329), depending on what is inlined.
  descr::setattr<"nick">(p, std::string("x"));
  CHECK(descr::hasattr<"nick">(p));
  CHECK(descr::hasattr<"age">(p));
}

namespace {
struct HH : descr::object<HH,
    descr::getattr_hook<[](auto&, auto name) -> int {
      if constexpr (name == "no") throw descr::attribute_error::no_attribute("HH", "no");
      else return 1;
    }>> {};
}  // namespace

TEST_CASE("hasattr with a getattr_hook tries the read, as Python does") {
  // class HH:
  //     def __getattr__(self, name):
  //         if name == 'no': raise AttributeError(name)
  //         return 1
  // print(hasattr(HH(), 'yes'), hasattr(HH(), 'no'))   # True False
  HH h;
  static_assert(std::is_same_v<decltype(descr::hasattr<"yes">(h)), bool>);
  CHECK(descr::hasattr<"yes">(h));
  CHECK_FALSE(descr::hasattr<"no">(h));
}

namespace {
struct NonData {
  const char* get(auto&, auto) const { return "descriptor"; }
};
struct Data {
  const char* get(auto&) const { return "data"; }
  void set(auto&, int) const {}
};
struct S : descr::object<S, descr::classvar<"cv", 5>, descr::attr<"nd", NonData{}>> {};
struct Base : descr::object<Base, descr::attr<"a", Data{}>> {};
struct Mid : descr::object<Mid, descr::bases<Base>> {};
struct Leaf : descr::object<Leaf, descr::bases<Mid>, descr::classvar<"a", 3>> {};
}  // namespace

TEST_CASE("getattr_static gives the raw class attribute, without binding") {
  // import inspect
  // class C: cv = 5; nd = NonData()
  // print(type(inspect.getattr_static(C, 'nd')).__name__, inspect.getattr_static(C, 'cv'))
  //                                                                     # NonData 5
  // class Base: a = Data()
  // class Mid(Base): pass
  // class Leaf(Mid): a = 3
  // print(inspect.getattr_static(Leaf, 'a'),
  //       inspect.getattr_static(Mid, 'a').__get__(Leaf()))             # 3 data
  static_assert(std::is_same_v<std::remove_cvref_t<decltype(descr::getattr_static<"nd">(descr::type<S>))>,
                               NonData>);
  CHECK(descr::getattr_static<"cv">(descr::type<S>) == 5);
  Leaf l;
  CHECK(descr::getattr_static<"a">(descr::type<Leaf>) == 3);
  CHECK(std::string(descr::getattr_static<"a">(descr::type<Mid>).get(l)) == "data");
}

namespace {
struct Prop {
  // A get that takes only descr objects: class access cannot call it.
  template <descr::Object O>
  int get(O&) const { return 1; }
};
struct K : descr::object<K, descr::attr<"p", Prop{}>, descr::attr<"nd", NonData{}>> {};
}  // namespace

TEST_CASE("class access calls get(None, C); a get that cannot take None answers with the descriptor") {
  // class K: p = property(lambda self: 1); nd = NonData()
  // print(type(K.p).__name__, K().p, K.nd)   # property 1 descriptor
  K k;
  CHECK(descr::getattr<"p">(k) == 1);
  static_assert(std::is_same_v<decltype(descr::getattr<"p">(descr::type<K>)), const Prop&>);
  CHECK(&descr::getattr<"p">(descr::type<K>) == &descr::getattr_static<"p">(descr::type<K>));
  CHECK(std::string(descr::getattr<"nd">(descr::type<K>)) == "descriptor");
}

namespace {
int hook_calls = 0;
struct Answer {
  int get(auto&) const { return 42; }
};
struct G : descr::object<G,
    descr::attr<"x", Answer{}>,
    descr::classvar<"y", 5>,
    descr::field<"n", int>,
    descr::getattribute_hook<[](auto&, auto) {
      ++hook_calls;
      return std::string("hooked");
    }>> {};
}  // namespace

TEST_CASE("generic_getattr is object.__getattribute__: the rule without the class's hook") {
  // class G:
  //     x = Answer(); y = 5
  //     def __init__(self): object.__setattr__(self, 'n', 0)
  //     def __getattribute__(self, name):
  //         global calls; calls += 1
  //         return 'hooked'
  // g = G(); calls = 0
  // print(g.x, calls, object.__getattribute__(g, 'x'), object.__getattribute__(g, 'y'),
  //       object.__getattribute__(g, 'n'), calls)   # hooked 1 42 5 0 1
  G g;
  hook_calls = 0;
  CHECK(descr::getattr<"x">(g) == "hooked");
  CHECK(hook_calls == 1);
  CHECK(descr::generic_getattr<"x">(g) == 42);
  CHECK(descr::generic_getattr<"y">(g) == 5);
  descr::generic_getattr<"n">(g) = 3;  // a field, by reference
  CHECK(descr::generic_getattr<"n">(g) == 3);
  CHECK(hook_calls == 1);
}

namespace {
// A get or set of each form the fast path may call on the constant itself (access.hpp), and
// the forms it leaves to descriptor_get: a get that is not const (called on a copy) and one
// that asks for the attribute's name.
struct WithType {
  int* hits;
  constexpr decltype(auto) get(auto& obj, auto) const {
    ++*hits;
    return descr::getattr<"n">(obj);
  }
  constexpr void set(auto& obj, int v) const { ++*hits, descr::setattr<"n">(obj, v * 10); }
};
struct ObjOnly {
  constexpr int get(const auto& obj) const { return descr::getattr<"n">(obj) + 1; }
};
struct NotConst {
  int calls = 0;
  constexpr int get(auto& obj, auto) { return ++calls + descr::getattr<"n">(obj); }
  constexpr void set(auto& obj, int v) { descr::setattr<"n">(obj, v + ++calls); }
};
struct Named {
  template <descr::fixed_string Name>
  constexpr int get(auto&, auto) const { return static_cast<int>(Name.size()); }
};
struct Labelled {  // learns its name from set_name: read on the named copy, not the prototype
  std::size_t name_size = 0;
  constexpr void set_name(auto, std::string_view name) { name_size = name.size(); }
  constexpr std::size_t get(auto&, auto) const { return name_size; }
  constexpr void set(auto& obj, int) const { descr::setattr<"n">(obj, int(name_size)); }
};
inline int with_type_hits = 0;
struct Forms : descr::object<Forms,
    descr::attr<"lab", Labelled{}>,
    descr::field<"n", int>,
    descr::attr<"t", WithType{&with_type_hits}>,
    descr::attr<"o", ObjOnly{}>,
    descr::attr<"c", NotConst{}>,
    descr::attr<"named", Named{}>> {};
}  // namespace

TEST_CASE("a descriptor's get and set answer the same on the fast path as on the general one") {
  Forms f;
  descr::setattr<"n">(f, 4);
  const Forms& cf = f;
  // get(obj, type<C>) const, returning a reference: the same object either way.
  static_assert(std::is_same_v<decltype(descr::getattr<"t">(f)), int&>);
  static_assert(std::is_same_v<decltype(descr::getattr<"t">(cf)), const int&>);
  CHECK(&descr::getattr<"t">(f) == &descr::generic_getattr<"t">(f));
  CHECK(with_type_hits == 2);
  descr::setattr<"t">(f, 5);
  CHECK(with_type_hits == 3);
  CHECK(descr::getattr<"n">(f) == 50);
  // get(obj) const.
  CHECK(descr::getattr<"o">(f) == 51);
  CHECK(descr::getattr<"o">(cf) == descr::generic_getattr<"o">(cf));
  // A get and a set that are not const run on a copy of the constant each time: its state
  // never changes (call.hpp).
  CHECK(descr::getattr<"c">(f) == 51);
  CHECK(descr::getattr<"c">(f) == 51);
  descr::setattr<"c">(f, 7);
  CHECK(descr::getattr<"n">(f) == 8);
  // get<"x">(obj, type<C>): the name reaches the descriptor.
  CHECK(descr::getattr<"named">(cf) == 5);
  // A descriptor with a set_name is read on the copy it named.
  CHECK(descr::getattr<"lab">(f) == 3);
  descr::setattr<"lab">(f, 0);  // likewise its set
  CHECK(descr::getattr<"n">(f) == 3);
  CHECK(descr::getattr<"lab">(cf) == descr::generic_getattr<"lab">(cf));
}

// A constant descriptor's get(obj, type<C>) is asked as one requires-expression on the fast
// path (detail/access_plan.hpp's read_plan); the general questions, asked of the same descriptor,
// give the same answer: 3 get(obj, type<C>) called on the constant, 4 get(obj) on it (1 and 2
// for a descriptor with a set_name, on its named copy), 0 through a copy, -1 the general path
// (a get that asks for the name).
template <class D, class Obj>
constexpr int read_plan_of =
    descr::detail::read_plan<Forms, D, Obj, descr::detail::member_kind::attr>::value;
template <class D, class Obj>
constexpr bool read_plan_agrees =
    read_plan_of<D, Obj> ==
    descr::detail::read_plan<Forms, D, Obj, descr::detail::member_kind::attr, false>::value;

TEST_CASE("the fast path's answer for a constant's get is the general one") {
  static_assert(read_plan_of<WithType, Forms> == 3 && read_plan_agrees<WithType, Forms>);
  static_assert(read_plan_of<WithType, const Forms> == 3);
  static_assert(read_plan_agrees<WithType, const Forms>);
  static_assert(read_plan_of<ObjOnly, Forms> == 4 && read_plan_agrees<ObjOnly, Forms>);
  static_assert(read_plan_of<NotConst, Forms> == 0 && read_plan_agrees<NotConst, Forms>);
  static_assert(read_plan_of<Named, Forms> == -1 && read_plan_agrees<Named, Forms>);
  static_assert(read_plan_of<Labelled, Forms> == 1 && read_plan_agrees<Labelled, Forms>);
}

// g++'s way from an entry's position to its type (clang indexes the pack): every position of a
// pack longer than the 32 that nth<I> skips at a time.
template <class... E>
struct pack_of {
  template <std::size_t I>
  using at = typename descr::detail::nth<I>::template type<E...>;
};
template <std::size_t... K>
constexpr bool nth_finds_each(std::index_sequence<K...>) {
  using P = pack_of<std::integral_constant<std::size_t, K>...>;
  return ((P::template at<K>::value == K) && ...);
}

TEST_CASE("an access takes the entry at its position in the class's entries") {
  static_assert(nth_finds_each(std::make_index_sequence<100>{}));
}

TEST_CASE("setattr and delattr take a temporary, as getattr does") {
  // class C: pass
  // C().maybe = 1   # allowed: the object is dropped after the assignment
  // del C().maybe   # AttributeError: 'C' object has no attribute 'maybe'
  descr::setattr<"maybe">(Plain{}, 1);
  const int hits = with_type_hits;
  descr::setattr<"t">(Forms{}, 5);  // the descriptor's set runs
  CHECK(with_type_hits == hits + 1);
  CHECK_THROWS_WITH_AS(descr::delattr<"maybe">(Plain{}), "'Plain' object has no attribute 'maybe'",
                       descr::attribute_error);
}
