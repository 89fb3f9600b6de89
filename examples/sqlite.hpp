#pragma once
// A small RAII wrapper of SQLite's C API, enough for the ORM example (orm.hpp): a Database
// owns a connection, a Statement a prepared statement; both close themselves. Values are
// always bound to `?` parameters, never pasted into SQL text. Any failure throws
// sqlite::error with SQLite's own message.
#include <sqlite3.h>

#include <concepts>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace sqlite {

struct error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql) : db_(db) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &s, nullptr) != SQLITE_OK)
      throw error(std::string(sqlite3_errmsg(db)) + " in: " + std::string(sql));
    stmt_.reset(s);
  }

  // Binds value to the index-th `?` (from 1).
  template <class T>
  Statement& bind(int index, const T& value) {
    int rc;
    if constexpr (std::is_same_v<T, std::nullptr_t>) {
      rc = sqlite3_bind_null(stmt_.get(), index);
    } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
      std::string_view text(value);
      rc = sqlite3_bind_text(stmt_.get(), index, text.data(), static_cast<int>(text.size()),
                             SQLITE_TRANSIENT);
    } else if constexpr (std::integral<T>) {
      rc = sqlite3_bind_int64(stmt_.get(), index, static_cast<sqlite3_int64>(value));
    } else {
      static_assert(std::floating_point<T>, "SQLite stores text, integers and reals");
      rc = sqlite3_bind_double(stmt_.get(), index, static_cast<double>(value));
    }
    check(rc);
    return *this;
  }
  template <class... T>
  Statement& bind_all(const T&... values) {
    int index = 0;
    (bind(++index, values), ...);
    return *this;
  }

  // Runs one step: true when a row is there to read, false when done.
  bool step() {
    int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw error(sqlite3_errmsg(db_));
  }

  bool is_null(int column) const {
    return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
  }
  // The column's value in the current row, as a T (SQLite converts where it can).
  template <class T>
  T column(int column) const {
    if constexpr (std::is_same_v<T, std::string>) {
      auto text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), column));
      return text ? std::string(text, static_cast<std::size_t>(
                                          sqlite3_column_bytes(stmt_.get(), column)))
                  : std::string();
    } else if constexpr (std::integral<T>) {
      return static_cast<T>(sqlite3_column_int64(stmt_.get(), column));
    } else {
      static_assert(std::floating_point<T>, "SQLite stores text, integers and reals");
      return static_cast<T>(sqlite3_column_double(stmt_.get(), column));
    }
  }

 private:
  void check(int rc) const {
    if (rc != SQLITE_OK) throw error(sqlite3_errmsg(db_));
  }
  struct finalize {
    void operator()(sqlite3_stmt* s) const noexcept { sqlite3_finalize(s); }
  };
  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, finalize> stmt_;
};

class Database {
 public:
  explicit Database(const std::string& path) {
    sqlite3* db = nullptr;
    int rc = sqlite3_open(path.c_str(), &db);
    db_.reset(db);  // closed even when opening failed
    if (rc != SQLITE_OK) throw error("cannot open " + path + ": " + sqlite3_errmsg(db));
  }

  Statement prepare(std::string_view sql) const { return Statement(db_.get(), sql); }

  // Runs a statement with its parameters bound, to the end (no result rows wanted).
  template <class... T>
  void execute(std::string_view sql, const T&... values) const {
    auto s = prepare(sql);
    s.bind_all(values...);
    while (s.step()) {
    }
  }

  // Rows changed by the last INSERT, UPDATE or DELETE.
  int changes() const { return sqlite3_changes(db_.get()); }

 private:
  struct close {
    void operator()(sqlite3* db) const noexcept { sqlite3_close(db); }
  };
  std::unique_ptr<sqlite3, close> db_;
};

}  // namespace sqlite
