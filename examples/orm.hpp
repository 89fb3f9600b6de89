#pragma once
// The Descriptor HowTo's ORM: orm::Field<T> is a data descriptor for one column of a database
// row. The owner class names its table and its primary key column as class variables and
// keeps, per object, the key's value and the connection:
//
//   struct Movie : descr::object<Movie,
//       descr::classvar<"table", descr::fixed_string{"Movies"}>,   // table = 'Movies'
//       descr::classvar<"key", descr::fixed_string{"title"}>,      // key = 'title'
//       descr::field<"key", std::string>,                          // self.key = key
//       descr::field<"conn", const sqlite::Database*>,
//       descr::attr_of<"director", orm::Field<std::string>>,
//       descr::attr_of<"year", orm::Field<int, descr::Number{.minvalue = 1878}>>> {...};
//
// As in Python, the instance entry `key` (the row's key) hides the class variable `key` (the
// column's name) for reads from an object; set_name reads the class's. Each read runs a
// SELECT, each assignment an UPDATE, committed at once (SQLite's autocommit). A validator
// given as the second argument (anything with validate(value), the HowTo's validators
// included) runs first: a value it rejects is never written. Values are always bound as
// parameters; only the table and column names, constants of the class, are part of the SQL.
#include <descr/descr.hpp>
#include <descr/repr.hpp>

#include <string>
#include <string_view>
#include <type_traits>

#include "sqlite.hpp"

namespace orm {

// Python's LookupError: no row has the object's key.
struct lookup_error : descr::error {
  using descr::error::error;
};

struct no_validation {};

// tutorial: field
template <class T, auto Validator = no_validation{}>
struct Field {
  std::string where;  // "in Movies where title =", for the errors
  std::string fetch;  // SELECT director FROM Movies WHERE title=?;
  std::string store;  // UPDATE Movies SET director=? WHERE title=?;

  // def __set_name__(self, owner, name): called once, when the owner class is set up.
  template <class Owner>
  void set_name(descr::type_t<Owner> owner, std::string_view name) {
    std::string table(descr::getattr<"table">(owner).view());
    std::string key(descr::getattr<"key">(owner).view());
    std::string column(name);
    where = "in " + table + " where " + key + " =";
    fetch = "SELECT " + column + " FROM " + table + " WHERE " + key + "=?;";
    store = "UPDATE " + table + " SET " + column + "=? WHERE " + key + "=?;";
  }

  // def __get__(self, obj, objtype=None): one SELECT. (Class access, Movie.director, gives the
  // Field itself: this get takes objects only.)
  template <descr::Object Obj, class C>
  T get(const Obj& obj, descr::type_t<C>) const {
    const auto& key = descr::getattr<"key">(obj);
    auto select = descr::getattr<"conn">(obj)->prepare(fetch);
    select.bind(1, key);
    if (!select.step()) throw missing(key);
    if (select.is_null(0)) throw lookup_error(fetch + " gave NULL for " + descr::repr(key));
    return select.template column<T>(0);
  }

  // def __set__(self, obj, value): validate, then one UPDATE.
  template <descr::Object Obj>
  void set(const Obj& obj, const T& value) const {
    if constexpr (!std::is_same_v<std::remove_cv_t<decltype(Validator)>, no_validation>)
      Validator.validate(value);  // throws before anything is written
    const auto& key = descr::getattr<"key">(obj);
    const sqlite::Database& conn = *descr::getattr<"conn">(obj);
    conn.execute(store, value, key);
    if (conn.changes() == 0) throw missing(key);
// tutorial end
  }

 private:
  lookup_error missing(const std::string& key) const {
    return lookup_error("no row " + where + " " + descr::repr(key));
  }
};

}  // namespace orm
