#pragma once
// What loading a JSON document reports: every error of the document, each with the path of
// the field it is about (items[2].quantity) and a message, as pydantic's ValidationError.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../errors.hpp"

namespace descr {

// One error: the field's path (empty for the document itself) and what is wrong with it.
struct json_error {
  std::string path;
  std::string message;
  friend bool operator==(const json_error&, const json_error&) = default;
};

// How a document is read. The limits make hostile input an error instead of a cost.
struct json_options {
  bool forbid_extra = false;           // a key no field has is an error (pydantic's extra='forbid')
  std::size_t max_depth = 64;          // arrays and objects nested deeper: an error
  std::size_t max_bytes = 8u << 20;    // a longer document (8 MiB by default): an error
  std::size_t max_errors = 100;        // then one more error says the rest were not collected
};

namespace detail {
// pydantic's text: "2 validation errors for Order", then each path and, indented, its message.
inline std::string errors_text(std::string_view cls, const std::vector<json_error>& errors) {
  std::string out = std::to_string(errors.size()) + " validation error";
  if (errors.size() != 1) out += 's';
  out.append(" for ").append(cls);
  for (const auto& e : errors) {
    if (!e.path.empty()) out.append("\n").append(e.path);
    out.append("\n  ").append(e.message);
  }
  return out;
}

// The errors of one document, with the path of the value being read.
class json_context {
 public:
  json_context(const json_options& options, std::vector<json_error>& errors)
      : options_(options), errors_(errors) {}
  const json_options& options() const noexcept { return options_; }
  // A message over 500 bytes (a validator's, quoting a long value) is cut there, with "...".
  void error(std::string message) {
    if (message.size() > 500) message.replace(497, std::string::npos, "...");
    if (errors_.size() < options_.max_errors) {
      errors_.push_back({path_, std::move(message)});
    } else if (!full_) {
      full_ = true;
      errors_.push_back({"", "more errors were not collected (max_errors is " +
                                 std::to_string(options_.max_errors) + ")"});
    }
  }
  bool full() const noexcept { return full_; }
  std::size_t error_count() const noexcept { return errors_.size(); }

  // The path while a key or an index is read: items[2].quantity.
  class scope {
   public:
    scope(json_context& c, std::string_view key) : c_(c), size_(c.path_.size()) {
      if (!c.path_.empty()) c.path_ += '.';
      c.path_.append(key);
    }
    scope(json_context& c, std::size_t index) : c_(c), size_(c.path_.size()) {
      c.path_.append("[").append(std::to_string(index)).append("]");
    }
    scope(const scope&) = delete;
    scope& operator=(const scope&) = delete;
    ~scope() { c_.path_.resize(size_); }

   private:
    json_context& c_;
    std::size_t size_;
  };

 private:
  const json_options& options_;
  std::vector<json_error>& errors_;
  std::string path_;
  bool full_ = false;
};
}  // namespace detail

// What the throwing loader throws: all the errors of the document at once. A ValueError, as
// pydantic's ValidationError is; what() lists them (detail::errors_text).
class validation_error : public value_error {
 public:
  validation_error(std::string_view cls, std::vector<json_error> errors)
      : value_error(detail::errors_text(cls, errors)), errors_(std::move(errors)) {}
  const std::vector<json_error>& errors() const noexcept { return errors_; }

 private:
  std::vector<json_error> errors_;
};

}  // namespace descr
