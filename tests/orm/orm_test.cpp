// The HowTo's ORM (examples/orm.hpp, examples/sqlite.hpp) against a real SQLite file in a
// temporary directory: every check reads the file back with plain SQL or through a second
// connection, so that what is asserted is what the database holds.
#include <descr/descr.hpp>
#include <descr/validators.hpp>

#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "orm.hpp"
#include "sqlite.hpp"
#include "temporary_directory.hpp"

namespace {

struct Movie : descr::object<Movie,
    descr::classvar<"table", descr::fixed_string{"Movies"}>,
    descr::classvar<"key", descr::fixed_string{"title"}>,
    descr::field<"conn", const sqlite::Database*>,
    descr::field<"key", std::string>,
    descr::attr_of<"director", orm::Field<std::string>>,
    descr::attr_of<"year", orm::Field<int, descr::Number{.minvalue = 1878}>>> {
  Movie(const sqlite::Database& conn, std::string key) {
    descr::setattr<"conn">(*this, &conn);
    descr::setattr<"key">(*this, std::move(key));
  }
};

struct Song : descr::object<Song,
    descr::classvar<"table", descr::fixed_string{"Music"}>,
    descr::classvar<"key", descr::fixed_string{"title"}>,
    descr::field<"conn", const sqlite::Database*>,
    descr::field<"key", std::string>,
    descr::attr_of<"artist", orm::Field<std::string>>,
    descr::attr_of<"year", orm::Field<int>>,
    descr::attr_of<"genre", orm::Field<std::string, descr::OneOf{"Country", "Rock", "Pop"}>>> {
  Song(const sqlite::Database& conn, std::string key) {
    descr::setattr<"conn">(*this, &conn);
    descr::setattr<"key">(*this, std::move(key));
  }
};

// A database file with the HowTo's two tables, filled.
struct Entertainment {
  TemporaryDirectory tmp;
  std::string path = (tmp.path / "entertainment.db").string();

  Entertainment() {
    sqlite::Database conn(path);
    conn.execute("CREATE TABLE Movies (title TEXT PRIMARY KEY, director TEXT, year INTEGER);");
    conn.execute("CREATE TABLE Music (title TEXT PRIMARY KEY, artist TEXT, year INTEGER, "
                 "genre TEXT);");
    conn.execute("INSERT INTO Movies VALUES (?, ?, ?);", "Star Wars", "George Lucas", 1977);
    conn.execute("INSERT INTO Movies VALUES (?, ?, ?);", "Jaws", "Steven Spielberg", 1975);
    conn.execute("INSERT INTO Music VALUES (?, ?, ?, ?);", "Country Roads", "John Denver", 1971,
                 "Country");
  }
};

// One value read with plain SQL, bypassing the ORM.
template <class T, class... Args>
T query(const sqlite::Database& conn, const std::string& sql, const Args&... args) {
  auto s = conn.prepare(sql);
  s.bind_all(args...);
  REQUIRE(s.step());
  return s.template column<T>(0);
}

}  // namespace

TEST_CASE("reads come from the row of the object's key") {
  Entertainment db;
  sqlite::Database conn(db.path);
  CHECK(descr::getattr<"director">(Movie(conn, "Star Wars")) == "George Lucas");
  Movie jaws(conn, "Jaws");
  CHECK(descr::getattr<"year">(jaws) == 1975);
  CHECK(descr::getattr<"director">(jaws) == "Steven Spielberg");
  CHECK(descr::getattr<"artist">(Song(conn, "Country Roads")) == "John Denver");
}

TEST_CASE("set_name builds parameterised SQL from the class's table and key") {
  Entertainment db;
  sqlite::Database conn(db.path);
  Movie m(conn, "Jaws");
  descr::getattr<"director">(m);  // the class is set up on first use
  const auto& director = descr::getattr<"director">(descr::type<Movie>);  // the Field itself
  CHECK(director.fetch == "SELECT director FROM Movies WHERE title=?;");
  CHECK(director.store == "UPDATE Movies SET director=? WHERE title=?;");
  CHECK(descr::getattr<"genre">(descr::type<Song>).fetch ==
        "SELECT genre FROM Music WHERE title=?;");
}

TEST_CASE("an update is in the file at once: another connection sees it") {
  Entertainment db;
  sqlite::Database conn(db.path);
  sqlite::Database other(db.path);
  Movie star_wars(conn, "Star Wars");
  descr::setattr<"director">(star_wars, "J.J. Abrams");
  CHECK(query<std::string>(other, "SELECT director FROM Movies WHERE title=?;", "Star Wars") ==
        "J.J. Abrams");
  CHECK(descr::getattr<"director">(Movie(other, "Star Wars")) == "J.J. Abrams");
}

TEST_CASE("the data is in the file: closed and opened again, it is found") {
  Entertainment db;
  {
    sqlite::Database conn(db.path);
    Movie jaws(conn, "Jaws");
    descr::setattr<"year">(jaws, 1976);
    Song song(conn, "Country Roads");
    descr::setattr<"genre">(song, "Pop");
  }
  sqlite::Database reopened(db.path);
  CHECK(descr::getattr<"year">(Movie(reopened, "Jaws")) == 1976);
  CHECK(descr::getattr<"genre">(Song(reopened, "Country Roads")) == "Pop");
  CHECK(query<int>(reopened, "SELECT year FROM Movies WHERE title=?;", "Jaws") == 1976);
}

TEST_CASE("two objects for one key see each other's writes") {
  Entertainment db;
  sqlite::Database conn(db.path);
  Movie a(conn, "Jaws"), b(conn, "Jaws");
  descr::setattr<"director">(a, "Bruce");
  CHECK(descr::getattr<"director">(b) == "Bruce");
  descr::setattr<"year">(b, 2000);
  CHECK(descr::getattr<"year">(a) == 2000);

  // ...also through two connections to the same file.
  sqlite::Database other(db.path);
  Movie c(other, "Jaws");
  descr::setattr<"director">(c, "Steven Spielberg");
  CHECK(descr::getattr<"director">(a) == "Steven Spielberg");
}

TEST_CASE("a value that fails validation is never written") {
  Entertainment db;
  sqlite::Database conn(db.path);
  Movie jaws(conn, "Jaws");
  CHECK_THROWS_WITH_AS(descr::setattr<"year">(jaws, 1066), "Expected 1066 to be at least 1878",
                       descr::value_error);
  CHECK(query<int>(conn, "SELECT year FROM Movies WHERE title=?;", "Jaws") == 1975);
  Song song(conn, "Country Roads");
  CHECK_THROWS_WITH_AS(descr::setattr<"genre">(song, "Polka"),
                       "Expected 'Polka' to be one of {'Country', 'Rock', 'Pop'}",
                       descr::value_error);
  CHECK(query<std::string>(conn, "SELECT genre FROM Music WHERE title=?;", "Country Roads") ==
        "Country");
}

TEST_CASE("SQL is parameterised: a hostile string is stored as text, never executed") {
  Entertainment db;
  sqlite::Database conn(db.path);
  const std::string hostile = "'); DROP TABLE Movies; --";
  Movie jaws(conn, "Jaws");
  descr::setattr<"director">(jaws, hostile);
  CHECK(descr::getattr<"director">(jaws) == hostile);
  CHECK(query<int>(conn, "SELECT count(*) FROM Movies;") == 2);
  CHECK(query<int>(conn, "SELECT count(*) FROM sqlite_master WHERE name='Movies';") == 1);

  // A hostile key matches no row and changes nothing.
  Movie odd(conn, "Jaws' OR '1'='1");
  CHECK_THROWS_AS(descr::getattr<"director">(odd), orm::lookup_error);
  CHECK_THROWS_AS(descr::setattr<"director">(odd, "nobody"), orm::lookup_error);
  CHECK(query<std::string>(conn, "SELECT director FROM Movies WHERE title=?;", "Star Wars") ==
        "George Lucas");
}

TEST_CASE("a missing row is a clear error, on read and on write, and nothing is written") {
  Entertainment db;
  sqlite::Database conn(db.path);
  Movie sequel(conn, "Jaws 19");
  CHECK_THROWS_WITH_AS(descr::getattr<"director">(sequel),
                       "no row in Movies where title = 'Jaws 19'", orm::lookup_error);
  CHECK_THROWS_WITH_AS(descr::setattr<"year">(sequel, 2015),
                       "no row in Movies where title = 'Jaws 19'", orm::lookup_error);
  CHECK(query<int>(conn, "SELECT count(*) FROM Movies WHERE title=?;", "Jaws 19") == 0);
  // lookup_error is one of descr's exceptions (Python's LookupError).
  CHECK_THROWS_AS(descr::getattr<"artist">(Song(conn, "Nope")), descr::error);
}

TEST_CASE("the database's own errors are reported with SQLite's message") {
  Entertainment db;
  sqlite::Database conn(db.path);
  CHECK_THROWS_AS(conn.execute("SELECT nothing FROM Nowhere;"), sqlite::error);
  CHECK_THROWS_AS(conn.execute("INSERT INTO Movies VALUES (?, ?, ?);", "Jaws", "x", 1),
                  sqlite::error);  // the primary key is taken
}
