// Zero overhead in space: a descr object has the size, alignment and field offsets of the plain
// struct with the same fields (those of the whole MRO, base-most class first), and stateless
// descriptors, class variables and methods take no room.
//
// sizeof and alignof are checked by static_assert. offsetof is not allowed on a descr class
// (several bases hold data, so it is not standard-layout), so each offset is measured at run
// time: the address descr::getattr returns for a field, minus the object's address, against
// the same difference for the plain struct's member. The program exits with 1 on a mismatch.
#include <descr/descr.hpp>

#include <cstddef>
#include <cstdio>
#include <string>

namespace {

int failures = 0;

template <class T>
std::ptrdiff_t offset(const T& obj, const void* member) {
  return static_cast<const char*>(member) - reinterpret_cast<const char*>(&obj);
}

void expect_offset(const char* layout, const char* field, std::ptrdiff_t plain,
                   std::ptrdiff_t descr) {
  if (plain == descr) {
    std::printf("  %s.%s: offset %td\n", layout, field, plain);
  } else {
    std::printf("  %s.%s: offset %td in the plain struct, %td in the descr object\n", layout,
                field, plain, descr);
    ++failures;
  }
}

// Checks each named field of Plain against the same name in Descr, in one call per layout.
#define SAME_LAYOUT(Plain, Descr)                                                     \
  static_assert(sizeof(Plain) == sizeof(Descr), "sizeof differs: " #Plain);           \
  static_assert(alignof(Plain) == alignof(Descr), "alignof differs: " #Plain)
#define SAME_OFFSET(layout, p, d, name)                                               \
  expect_offset(layout, #name, offset(p, &p.name), offset(d, &descr::getattr<#name>(d)))

struct Ten {
  int get(auto&, auto) const { return 10; }
};
struct Age {
  int get(auto& obj) const { return descr::getattr<"i">(obj); }
  void set(auto& obj, int v) const { descr::setattr<"i">(obj, v); }
};

// 1. ints
struct PInts {
  int i, j, k;
};
struct DInts : descr::object<DInts, descr::field<"i", int>, descr::field<"j", int>,
                             descr::field<"k", int>> {};
SAME_LAYOUT(PInts, DInts);

// 2. mixed char, double, int: padding after c and at the end
struct PMixed {
  char c;
  double d;
  int i;
  char e;
};
struct DMixed : descr::object<DMixed, descr::field<"c", char>, descr::field<"d", double>,
                              descr::field<"i", int>, descr::field<"e", char>> {};
SAME_LAYOUT(PMixed, DMixed);

// 3. a std::string between small fields
struct PString {
  char c;
  std::string s;
  int i;
};
struct DString : descr::object<DString, descr::field<"c", char>, descr::field<"s", std::string>,
                               descr::field<"i", int>> {};
SAME_LAYOUT(PString, DString);

// 4. a base class: the base's fields first, where C++ inheritance puts them too
struct PBase {
  int a;
  double b;
};
struct PDerived : PBase {
  char c;
  int d;
};
struct DBase : descr::object<DBase, descr::field<"a", int>, descr::field<"b", double>> {};
struct DDerived : descr::object<DDerived, descr::bases<DBase>, descr::field<"c", char>,
                                descr::field<"d", int>> {};
SAME_LAYOUT(PDerived, DDerived);

// 5. a base whose fields end in padding, and a derived char: the flat struct packs the char
// into that padding, as descr does. (C++ inheritance from a struct {double a; char b;} would
// not: it puts c at 16 and takes 24 bytes. descr stores the fields of the whole MRO itself, so
// the plain struct to compare with is the flat one.)
struct PTail {
  double a;
  char b;
  char c;
};
struct DTailBase : descr::object<DTailBase, descr::field<"a", double>, descr::field<"b", char>> {};
struct DTail : descr::object<DTail, descr::bases<DTailBase>, descr::field<"c", char>> {};
SAME_LAYOUT(PTail, DTail);

// 6. descriptors, class variables and methods take no room
struct PDescriptors {
  int i;
  double d;
};
struct DDescriptors : descr::object<DDescriptors,
    descr::field<"i", int>,
    descr::attr<"ten", Ten{}>,
    descr::attr<"age", Age{}>,
    descr::classvar<"kind", 5>,
    descr::attr<"twice", descr::function{[](auto& self) { return 2 * descr::getattr<"i">(self); }}>,
    descr::field<"d", double>> {};
SAME_LAYOUT(PDescriptors, DDescriptors);

// 7. no fields at all
struct PEmpty {};
struct DEmpty : descr::object<DEmpty, descr::classvar<"kind", 5>, descr::attr<"ten", Ten{}>> {};
SAME_LAYOUT(PEmpty, DEmpty);

// 8. a diamond: the shared base's field is stored once; entries in reverse MRO order
// (D, B, C, A -> a, c, b, d)
struct PDiamond {
  int a;
  double c;
  char b;
  int d;
};
struct DA : descr::object<DA, descr::field<"a", int>> {};
struct DB : descr::object<DB, descr::bases<DA>, descr::field<"b", char>> {};
struct DC : descr::object<DC, descr::bases<DA>, descr::field<"c", double>> {};
struct DD : descr::object<DD, descr::bases<DB, DC>, descr::field<"d", int>> {};
SAME_LAYOUT(PDiamond, DD);

}  // namespace

int main() {
  std::printf("ints\n");
  PInts pi{};
  DInts di;
  SAME_OFFSET("ints", pi, di, i);
  SAME_OFFSET("ints", pi, di, j);
  SAME_OFFSET("ints", pi, di, k);

  std::printf("mixed\n");
  PMixed pm{};
  DMixed dm;
  SAME_OFFSET("mixed", pm, dm, c);
  SAME_OFFSET("mixed", pm, dm, d);
  SAME_OFFSET("mixed", pm, dm, i);
  SAME_OFFSET("mixed", pm, dm, e);

  std::printf("string\n");
  PString ps{};
  DString ds;
  SAME_OFFSET("string", ps, ds, c);
  SAME_OFFSET("string", ps, ds, s);
  SAME_OFFSET("string", ps, ds, i);

  std::printf("derived\n");
  PDerived pd{};
  DDerived dd;
  SAME_OFFSET("derived", pd, dd, a);
  SAME_OFFSET("derived", pd, dd, b);
  SAME_OFFSET("derived", pd, dd, c);
  SAME_OFFSET("derived", pd, dd, d);

  std::printf("tail padding\n");
  PTail pt{};
  DTail dt;
  SAME_OFFSET("tail", pt, dt, a);
  SAME_OFFSET("tail", pt, dt, b);
  SAME_OFFSET("tail", pt, dt, c);

  std::printf("descriptors\n");
  PDescriptors pds{};
  DDescriptors dds;
  SAME_OFFSET("descriptors", pds, dds, i);
  SAME_OFFSET("descriptors", pds, dds, d);

  std::printf("diamond\n");
  PDiamond pdm{};
  DD ddm;
  SAME_OFFSET("diamond", pdm, ddm, a);
  SAME_OFFSET("diamond", pdm, ddm, b);
  SAME_OFFSET("diamond", pdm, ddm, c);
  SAME_OFFSET("diamond", pdm, ddm, d);

  std::printf(failures ? "%d offsets differ\n" : "all offsets match\n", failures);
  return failures ? 1 : 0;
}
