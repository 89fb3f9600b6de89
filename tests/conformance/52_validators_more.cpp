// 52_validators_more.py: descr's NonEmpty, Pattern, List, Optional, Nested, AllOf, Default,
// Number's exclusive bounds, and construction by keyword (descr::make) with a default.
#include <descr/descr.hpp>
#include <descr/repr.hpp>
#include <descr/validators.hpp>
#include <descr/validators/pattern.hpp>

#include <iostream>
#include <limits>
#include <vector>

namespace {
struct Part : descr::object<Part,
    // code = AllOf(String(minsize=2, maxsize=8), Pattern('^[A-Z]+[0-9]*$'))
    descr::attr<"code", descr::AllOf{descr::String{.minsize = 2, .maxsize = 8},
                                     descr::Pattern<"^[A-Z]+[0-9]*$">{}}>,
    descr::attr<"title", descr::NonEmpty{}>,                         // title = NonEmpty()
    descr::attr<"weight", descr::Number{.gt = 0, .lt = 100}>,        // weight = Number(gt=0, lt=100)
    // quantity = Number(minvalue=0, default=1)
    descr::attr<"quantity", descr::Default{descr::Number{.minvalue = 0}, 1}>,
    // nickname = Optional(String(maxsize=4))
    descr::attr<"nickname", descr::Optional{descr::String{.maxsize = 4}}>,
    // sizes = List(Number(minvalue=0), maxsize=3)
    descr::attr<"sizes", descr::List{.item = descr::Number{.minvalue = 0}, .maxsize = 3}>> {};

struct Order : descr::object<Order,
    descr::attr<"part", descr::Nested<Part>{}>,                               // part = Nested(Part)
    descr::attr<"parts", descr::List{.item = descr::Nested<Part>{}, .minsize = 1}>> {};

template <class F>
void attempt(F f) {
  try {
    f();
    std::cout << "ok\n";
  } catch (const descr::value_error& e) {
    std::cout << "ValueError: " << e.what() << '\n';
  } catch (const descr::type_error& e) {
    std::cout << "TypeError: " << e.what() << '\n';
  }
}
}  // namespace

int main() {
  using descr::kw;
  using descr::setattr;
  using list = std::vector<int>;
  auto p = descr::make<Part>(kw<"sizes"> = list{1, 2}, kw<"weight"> = 2.5, kw<"title"> = "bolt",
                             kw<"code"> = "AB1");
  std::cout << descr::vars(p) << '\n';
  attempt([&] { setattr<"code">(p, "A"); });
  attempt([&] { setattr<"code">(p, "ABCDEFGHI"); });
  attempt([&] { setattr<"code">(p, "ab1"); });
  attempt([&] { setattr<"code">(p, "AB-1"); });
  attempt([&] { setattr<"title">(p, ""); });
  attempt([&] { setattr<"weight">(p, 0); });
  attempt([&] { setattr<"weight">(p, 100); });
  attempt([&] { setattr<"weight">(p, 99.5); });
  attempt([&] { setattr<"weight">(p, std::numeric_limits<double>::quiet_NaN()); });
  attempt([&] { setattr<"weight">(p, 7); });
  attempt([&] { setattr<"nickname">(p, "toolong"); });
  attempt([&] { setattr<"nickname">(p, "bo"); });
  attempt([&] { setattr<"sizes">(p, list{1, 2, -1}); });
  attempt([&] { setattr<"sizes">(p, list{1, 2, 3, 4}); });
  attempt([&] { setattr<"sizes">(p, list{}); });
  std::cout << descr::vars(p) << '\n';
  attempt([&] { setattr<"nickname">(p, descr::none); });
  std::cout << descr::str(descr::getattr<"nickname">(p)) << '\n';

  attempt([&] {
    descr::make<Part>(kw<"code"> = "AB", kw<"title"> = "", kw<"weight"> = 1, kw<"sizes"> = list{});
  });
  auto q = descr::make<Part>(kw<"code"> = "XY", kw<"title"> = "nut", kw<"weight"> = 1,
                             kw<"quantity"> = 12, kw<"sizes"> = list{3});
  std::cout << descr::vars(q) << '\n';

  auto o = descr::make<Order>(kw<"part"> = p, kw<"parts"> = std::vector<Part>{p, q});
  std::cout << descr::str(descr::getattr<"code">(descr::getattr<"part">(o))) << ' '
            << descr::getattr<"parts">(o).size() << '\n';
  Part blank;  // a Part whose attributes were never set
  attempt([&] { setattr<"part">(o, blank); });
  attempt([&] { setattr<"parts">(o, std::vector<Part>{q, blank}); });
  attempt([&] { setattr<"parts">(o, std::vector<Part>{}); });
  std::cout << descr::str(descr::getattr<"code">(descr::getattr<"parts">(o)[1])) << '\n';
}
