// The ORM example (examples/howto_orm.cpp, orm.hpp): Movie's year is a Field<int>, so a string
// does not compile; Python's Field would store it in the INTEGER column.
// expect: wrong type for attribute | Movie | year
#include <descr/descr.hpp>
#include <descr/validators.hpp>

#include <string>

#include "../../examples/orm.hpp"

struct Movie : descr::object<Movie,
    descr::classvar<"table", descr::fixed_string{"Movies"}>,
    descr::classvar<"key", descr::fixed_string{"title"}>,
    descr::field<"conn", const sqlite::Database*>,
    descr::field<"key", std::string>,
    descr::attr_of<"year", orm::Field<int, descr::Number{.minvalue = 1878}>>> {};

void update(Movie& jaws) {
#ifdef DESCR_FAIL
  descr::setattr<"year">(jaws, "1975");
#else
  descr::setattr<"year">(jaws, 1975);
#endif
}

int main() {}
