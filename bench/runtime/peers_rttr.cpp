// RTTR's side of the run-time benchmarks (peers_rttr.hpp): the registration of the plain
// classes and one iteration of each workload, every access looked up by name. C++17.
#include <rttr/registration>
#include <rttr/type>

#include "data.hpp"
#include "peers_rttr.hpp"
#include "plain_classes.hpp"

// RTTR sees a base's properties through a class only when the class names its bases with
// RTTR_ENABLE (which adds a virtual function): a chain of its own, five deep.
namespace rt {
struct R0 { int a = 0; virtual ~R0() = default; RTTR_ENABLE() };
struct R1 : R0 { int b = 0; RTTR_ENABLE(R0) };
struct R2 : R1 { int c = 0; RTTR_ENABLE(R1) };
struct R3 : R2 { int d = 0; RTTR_ENABLE(R2) };
struct R4 : R3 { int e = 0; RTTR_ENABLE(R3) };
}  // namespace rt

RTTR_REGISTRATION {
  using namespace rttr;
  registration::class_<plain::Point>("Point").property("x", &plain::Point::x);
  registration::class_<plain::Person>("Person").property("age", &plain::Person::age,
                                                        &plain::Person::set_age);
  registration::class_<plain::Counter>("Counter").method("add", &plain::Counter::add);
  registration::class_<plain::Temperature>("Temperature")
      .property_readonly("celsius", &plain::Temperature::celsius);
  registration::class_<rt::R0>("R0").property("a", &rt::R0::a);
  registration::class_<rt::R1>("R1");
  registration::class_<rt::R2>("R2");
  registration::class_<rt::R3>("R3");
  registration::class_<rt::R4>("R4");
  registration::class_<hand::Component>("Component")
      .property("name", &hand::Component::name, &hand::Component::set_name)
      .property("kind", &hand::Component::kind, &hand::Component::set_kind)
      .property("quantity", &hand::Component::quantity, &hand::Component::set_quantity);
}

namespace bench {

void rttr_field_get(std::size_t i) {
  keep(rttr::type::get<plain::Point>()
           .get_property("x")
           .get_value(objects<plain::Point>[i & mask])
           .get_value<int>());
}
void rttr_field_set(std::size_t i) {
  rttr::type::get<plain::Point>().get_property("x").set_value(objects<plain::Point>[i & mask],
                                                              ints[i & mask]);
  stored();
}
void rttr_data_get(std::size_t i) {
  keep(rttr::type::get<plain::Person>()
           .get_property("age")
           .get_value(objects<plain::Person>[i & mask])
           .get_value<int>());
}
void rttr_data_set(std::size_t i) {
  rttr::type::get<plain::Person>().get_property("age").set_value(objects<plain::Person>[i & mask],
                                                                 ints[i & mask]);
  stored();
}
void rttr_validated_set(std::size_t i) {
  auto& c = objects<hand::Component>[i & mask];
  rttr::type t = rttr::type::get<hand::Component>();
  t.get_property("name").set_value(c, names[i & 3]);
  t.get_property("kind").set_value(c, kinds[i & 3]);
  t.get_property("quantity").set_value(c, ints[i & mask]);
  stored();
}
void rttr_method_call(std::size_t i) {
  keep(rttr::type::get<plain::Counter>()
           .get_method("add")
           .invoke(objects<plain::Counter>[i & mask], ints[i & mask])
           .get_value<int>());
}
void rttr_property_get(std::size_t i) {
  keep(rttr::type::get<plain::Temperature>()
           .get_property("celsius")
           .get_value(objects<plain::Temperature>[i & mask])
           .get_value<double>());
}
void rttr_inherit5_get(std::size_t i) {
  keep(rttr::type::get<rt::R4>()
           .get_property("a")
           .get_value(objects<rt::R4>[i & mask])
           .get_value<int>());
}

void fill_rttr() {
  for (std::size_t i = 0; i != count; ++i) objects<rt::R4>[i].a = ints[i];
}

}  // namespace bench
