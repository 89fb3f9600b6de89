// RTTR's registration of the plain classes (peers_rttr.hpp reaches them by name).
#include <rttr/registration>

#include "peers_rttr.hpp"

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
