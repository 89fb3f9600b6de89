// descr::slot (slot.hpp): a descriptor's per-instance value, kept in the owner under the
// private name "_" + name.
// The Python each test mirrors was run with python3 (CPython 3.11); its output is quoted.
#include <descr/slot.hpp>

#include <descr/access.hpp>
#include <descr/errors.hpp>
#include <descr/layout.hpp>
#include <descr/object.hpp>
#include <descr/reflect.hpp>
#include <descr/repr.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>

TEST_CASE("a slot reads, writes and deletes the value it views; empty, it raises Python's AttributeError") {
  // class Item: pass
  // i = Item(); i._quantity          # AttributeError: 'Item' object has no attribute '_quantity'
  // del i._quantity                  # AttributeError: 'Item' object has no attribute '_quantity'
  std::optional<int> v;
  descr::slot<int> s(v, "Item", "_quantity");
  CHECK_FALSE(s.has_value());
  CHECK_THROWS_WITH_AS(s.get(), "'Item' object has no attribute '_quantity'",
                       descr::attribute_error);
  CHECK_THROWS_WITH_AS(s.del(), "'Item' object has no attribute '_quantity'",
                       descr::attribute_error);
  CHECK(&s.set(3) == &*v);  // set returns the stored value, as optional::emplace does
  CHECK(v == 3);
  CHECK(s.has_value());
  s.get() = 4;
  CHECK(v == 4);
  s.del();
  CHECK_FALSE(v.has_value());
  s.reset();  // forgetting an absent value is no error: vars(obj).pop(name, None)
  s.set(5);
  s.reset();
  CHECK_FALSE(v.has_value());
}

namespace {
struct Validated {
  using storage_type = int;
  int min = 0;
  int get(auto&, descr::slot<int> s) const { return s.get(); }
  void set(auto&, int v, descr::slot<int> s) const {
    if (v < min) throw descr::value_error("Expected " + std::to_string(v) + " to be at least " + std::to_string(min));
    s.set(v);
  }
  void del(auto&, descr::slot<int> s) const { s.del(); }
};

struct Item : descr::object<Item, descr::attr<"quantity", Validated{.min = 0}>> {};
}  // namespace

// class Validated:
//     def __set_name__(self, owner, name): self.private = '_' + name
//     def __get__(self, obj, objtype=None): return getattr(obj, self.private)
//     def __set__(self, obj, value):
//         if value < 0: raise ValueError(f'Expected {value} to be at least 0')
//         setattr(obj, self.private, value)
//     def __delete__(self, obj): delattr(obj, self.private)
// class Item: quantity = Validated()

TEST_CASE("a descriptor's slot is absent until set, under the private name") {
  // i = Item(); i.quantity       # AttributeError: 'Item' object has no attribute '_quantity'
  // i.quantity = 5; print(i.quantity, vars(i))   # 5 {'_quantity': 5}
  Item i;
  CHECK_THROWS_WITH_AS(descr::getattr<"quantity">(i), "'Item' object has no attribute '_quantity'",
                       descr::attribute_error);
  descr::setattr<"quantity">(i, 5);
  CHECK(descr::getattr<"quantity">(i) == 5);
  CHECK(descr::repr(descr::vars(i)) == "{'_quantity': 5}");
}

TEST_CASE("a failed set leaves the old value") {
  // i.quantity = 5; i.quantity = -1   # ValueError: Expected -1 to be at least 0
  // print(i.quantity)                  # 5
  Item i;
  descr::setattr<"quantity">(i, 5);
  CHECK_THROWS_WITH_AS(descr::setattr<"quantity">(i, -1), "Expected -1 to be at least 0",
                       descr::value_error);
  CHECK(descr::getattr<"quantity">(i) == 5);
}

TEST_CASE("del goes through the descriptor to the slot") {
  // del i.quantity; print(vars(i))   # {}
  // del i.quantity                   # AttributeError: 'Item' object has no attribute '_quantity'
  Item i;
  descr::setattr<"quantity">(i, 5);
  descr::delattr<"quantity">(i);
  CHECK(descr::vars(i).size() == 0);
  CHECK_THROWS_AS(descr::delattr<"quantity">(i), descr::attribute_error);
}

namespace {
int computed = 0;
struct Lazy {
  using storage_type = int;
  int get(auto&, descr::slot<int> s) const {
    if (!s.has_value()) {
      ++computed;
      s.set(42);
    }
    return s.get();
  }
};
struct Cache : descr::object<Cache, descr::attr<"value", Lazy{}>> {};
}  // namespace

TEST_CASE("a read through a const object may fill the slot: a lazy property computes once") {
  // class Lazy:
  //     def __set_name__(self, owner, name): self.private = '_' + name
  //     def __get__(self, obj, objtype=None):
  //         global computed
  //         if self.private not in vars(obj):
  //             computed += 1; vars(obj)[self.private] = 42
  //         return vars(obj)[self.private]
  // class Cache: value = Lazy()
  // c = Cache(); print(c.value, c.value, computed, vars(c))   # 42 42 1 {'_value': 42}
  Cache c;
  const Cache& cc = c;
  CHECK(descr::getattr<"value">(cc) == 42);
  CHECK(descr::getattr<"value">(cc) == 42);
  CHECK(computed == 1);
  CHECK(descr::repr(descr::vars(c)) == "{'_value': 42}");
}

// Two extensions of storage_type (slot.hpp), each shown with a user-written descriptor.
namespace {
// storage_name: the entry takes the name the descriptor chooses, here "cache_" + name.
struct Memo {
  using storage_type = int;
  template <std::size_t N>
  static constexpr auto storage_name(descr::fixed_string<N> name) {
    descr::fixed_string<N + 6> out;
    for (std::size_t i = 0; i != 6; ++i) out.data[i] = "cache_"[i];
    for (std::size_t i = 0; i != N; ++i) out.data[6 + i] = name.data[i];
    return out;
  }
  int get(auto&, descr::slot<int> s) const { return s.has_value() ? s.get() : s.set(7); }
};
// storage_absentable = false: the entry is always there, like a field, and the descriptor
// receives it as T& (const T& through a const object): no presence flag.
struct Counted {
  using storage_type = long;
  static constexpr bool storage_absentable = false;
  long get(auto&, const long& n) const { return n; }
  void set(auto&, long v, long& n) const { n = v * 2; }
};
struct Uses : descr::object<Uses, descr::attr<"m", Memo{}>, descr::attr<"c", Counted{}>> {};
}  // namespace

TEST_CASE("storage_name: a descriptor chooses the name of its entry") {
  // class Memo:
  //     def __get__(self, obj, objtype=None): return obj.__dict__.setdefault('cache_m', 7)
  // class Uses: m = Memo()
  // u = Uses(); print(vars(u), u.m, vars(u))   # {} 7 {'cache_m': 7}
  Uses u;
  CHECK(descr::repr(descr::vars(u)) == "{'_c': 0}");
  CHECK(descr::getattr<"m">(u) == 7);
  CHECK(descr::repr(descr::vars(u)) == "{'cache_m': 7, '_c': 0}");
  CHECK(descr::getattr<"cache_m">(u) == 7);
}

TEST_CASE("storage_absentable = false: always present, value-initialized, no flag") {
  // class Counted:
  //     def __get__(self, obj, objtype=None): return obj._c
  //     def __set__(self, obj, value): obj._c = value * 2
  // class Uses: c = Counted(); def __init__(self): self._c = 0
  // u = Uses(); print(u.c); u.c = 4; print(u.c, vars(u))   # 0 / 8 {'_c': 8}
  Uses u;
  CHECK(descr::getattr<"c">(u) == 0);
  descr::setattr<"c">(u, 4);
  CHECK(descr::getattr<"c">(u) == 8);
  static_assert(std::is_same_v<decltype(descr::getattr<"_c">(u)), long&>);  // a plain entry
  struct Two : descr::object<Two, descr::attr<"a", Counted{}>, descr::attr<"b", Counted{}>> {};
  static_assert(sizeof(Two) == 2 * sizeof(long));
}
