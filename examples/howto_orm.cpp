// The Descriptor HowTo's "ORM example", over a real SQLite database. Port of howto_orm.py.
//
// orm::Field (orm.hpp) is the HowTo's Field: a data descriptor whose get runs a SELECT and
// whose set runs an UPDATE, through the owner's primary key; sqlite.hpp is a small RAII
// wrapper of SQLite's C API. The tables are created and filled first, in a file of a
// temporary directory, and the file is opened again at the end to find the data there.
//
// What C++ decides sooner: each Field has a type, so `jaws.year = "1975"` does not compile
// ("wrong type for attribute", naming Movie and year: tests/compile_fail/orm_wrong_type.cpp),
// where Python would store the string. Validation, missing rows and the database's own errors
// are run-time questions, and throw.
#include <descr/descr.hpp>
#include <descr/repr.hpp>
#include <descr/validators.hpp>

#include <iostream>
#include <string>
#include <utility>

#include "orm.hpp"
#include "sqlite.hpp"
#include "temporary_directory.hpp"

// tutorial: movie
struct Movie : descr::object<Movie,
    descr::classvar<"table", descr::fixed_string{"Movies"}>,   // Table name
    descr::classvar<"key", descr::fixed_string{"title"}>,      // Primary key
    descr::field<"conn", const sqlite::Database*>,
    descr::field<"key", std::string>,
    descr::attr_of<"director", orm::Field<std::string>>,
    descr::attr_of<"year", orm::Field<int, descr::Number{.minvalue = 1878}>>> {
  Movie(const sqlite::Database& conn, std::string key) {
    descr::setattr<"conn">(*this, &conn);
    descr::setattr<"key">(*this, std::move(key));
  }
};
// tutorial end

struct Song : descr::object<Song,
    descr::classvar<"table", descr::fixed_string{"Music"}>,
    descr::classvar<"key", descr::fixed_string{"title"}>,
    descr::field<"conn", const sqlite::Database*>,
    descr::field<"key", std::string>,
    descr::attr_of<"artist", orm::Field<std::string>>,
    descr::attr_of<"year", orm::Field<int, descr::Number{.minvalue = 1860}>>,
    descr::attr_of<"genre", orm::Field<std::string>>> {
  Song(const sqlite::Database& conn, std::string key) {
    descr::setattr<"conn">(*this, &conn);
    descr::setattr<"key">(*this, std::move(key));
  }
};

int main() {
  TemporaryDirectory tmp;
  std::string path = (tmp.path / "entertainment.db").string();
  {
    sqlite::Database conn(path);
    conn.execute("CREATE TABLE Movies (title TEXT PRIMARY KEY, director TEXT, year INTEGER);");
    conn.execute("CREATE TABLE Music (title TEXT PRIMARY KEY, artist TEXT, year INTEGER, "
                 "genre TEXT);");
    conn.execute("INSERT INTO Movies VALUES (?, ?, ?);", "Star Wars", "George Lucas", 1977);
    conn.execute("INSERT INTO Movies VALUES (?, ?, ?);", "Jaws", "Steven Spielberg", 1975);
    conn.execute("INSERT INTO Movies VALUES (?, ?, ?);", "Casablanca", "Michael Curtiz", 1942);
    conn.execute("INSERT INTO Music VALUES (?, ?, ?, ?);", "Country Roads", "John Denver", 1971,
                 "Country");
    conn.execute("INSERT INTO Music VALUES (?, ?, ?, ?);", "Bohemian Rhapsody", "Queen", 1975,
                 "Rock");

    // tutorial: session
    // The HowTo's session.
    std::cout << descr::repr(descr::getattr<"director">(Movie(conn, "Star Wars"))) << '\n';
    Movie jaws(conn, "Jaws");
    std::cout << "Released in " << descr::getattr<"year">(jaws) << " by "
              << descr::getattr<"director">(jaws) << '\n';
    std::cout << descr::repr(descr::getattr<"artist">(Song(conn, "Country Roads"))) << '\n';
    Movie star_wars(conn, "Star Wars");
    descr::setattr<"director">(star_wars, "J.J. Abrams");
    // tutorial end
    std::cout << descr::repr(descr::getattr<"director">(Movie(conn, "Star Wars"))) << '\n';

    // From the class, the Field itself, with the SQL it runs.
    std::cout << descr::getattr<"director">(descr::type<Movie>).fetch << '\n';
    std::cout << descr::getattr<"director">(descr::type<Movie>).store << '\n';

    // Two objects for one key: each read goes to the database, so each sees the other's writes.
    Song a(conn, "Bohemian Rhapsody"), b(conn, "Bohemian Rhapsody");
    descr::setattr<"genre">(a, "Opera rock");
    std::cout << descr::repr(descr::getattr<"genre">(b)) << '\n';

    // A rejected value is never written.
    try {
      descr::setattr<"year">(jaws, 1066);
    } catch (const descr::value_error& e) {
      std::cout << "ValueError: " << e.what() << '\n';
    }
    std::cout << descr::getattr<"year">(jaws) << '\n';

    // A hostile string is a value like any other.
    descr::setattr<"director">(jaws, "'); DROP TABLE Movies; --");
    std::cout << descr::repr(descr::getattr<"director">(jaws)) << '\n';
    auto count = conn.prepare("SELECT count(*) FROM Movies;");
    count.step();
    std::cout << count.column<int>(0) << '\n';

    // A missing row, read or written.
    try {
      descr::getattr<"director">(Movie(conn, "Jaws 19"));
    } catch (const orm::lookup_error& e) {
      std::cout << "LookupError: " << e.what() << '\n';
    }
    try {
      Movie sequel(conn, "Jaws 19");
      descr::setattr<"year">(sequel, 2015);
    } catch (const orm::lookup_error& e) {
      std::cout << "LookupError: " << e.what() << '\n';
    }
  }  // conn closes

  // The file keeps it all: open it again.
  sqlite::Database conn(path);
  std::cout << descr::repr(descr::getattr<"director">(Movie(conn, "Star Wars"))) << ' '
            << descr::getattr<"genre">(Song(conn, "Bohemian Rhapsody")) << '\n';
}
