#pragma once
// Reading a JSON document's text with nlohmann/json's SAX parser into a nlohmann::json, within
// json_options' limits: a document too long or nested too deep, like a syntax error, is one
// error for the document, never a crash or an unbounded cost. No exception is thrown (so it
// works with -fno-exceptions).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "errors.hpp"

namespace descr::detail {

// Builds the document as nlohmann's own DOM parser does: of two equal keys the last one stays,
// as Python's json.loads keeps it.
class bounded_dom_builder {
 public:
  using json = nlohmann::json;
  explicit bounded_dom_builder(std::size_t max_depth) : max_depth_(max_depth) {}

  bool null() { return add(nullptr); }
  bool boolean(bool v) { return add(v); }
  bool number_integer(json::number_integer_t v) { return add(v); }
  bool number_unsigned(json::number_unsigned_t v) { return add(v); }
  bool number_float(json::number_float_t v, const json::string_t&) { return add(v); }
  bool string(json::string_t& v) { return add(std::move(v)); }
  bool binary(json::binary_t&) { return fail("binary values are not JSON"); }
  bool start_object(std::size_t) { return open(json::object()); }
  bool key(json::string_t& k) {
    key_ = &(*stack_.back())[k];
    return true;
  }
  bool end_object() { return close(); }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    // nlohmann's what() starts with "[json.exception.parse_error.101] ": keep what follows.
    std::string_view what = e.what();
    auto at = what.find("] ");
    return fail(std::string(at == std::string_view::npos ? what : what.substr(at + 2)));
  }

  json& root() noexcept { return root_; }
  const std::string& error() const noexcept { return error_; }

 private:
  bool fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return false;
  }
  template <class V>
  json* place(V&& v) {
    if (stack_.empty()) {
      root_ = json(static_cast<V&&>(v));
      return &root_;
    }
    if (stack_.back()->is_array()) {
      stack_.back()->push_back(json(static_cast<V&&>(v)));
      return &stack_.back()->back();
    }
    *key_ = json(static_cast<V&&>(v));
    return key_;
  }
  template <class V>
  bool add(V&& v) {
    place(static_cast<V&&>(v));
    return true;
  }
  bool open(json empty) {
    if (stack_.size() >= max_depth_)
      return fail("nesting deeper than " + std::to_string(max_depth_) +
                  " levels (json_options::max_depth)");
    stack_.push_back(place(std::move(empty)));
    return true;
  }
  bool close() {
    stack_.pop_back();
    return true;
  }

  std::size_t max_depth_;
  json root_;
  std::vector<json*> stack_;
  json* key_ = nullptr;
  std::string error_;
};

// The document, or nothing and one error for it ("Invalid JSON: ...").
inline std::optional<nlohmann::json> parse_document(std::string_view text, json_context& ctx) {
  const json_options& o = ctx.options();
  if (text.size() > o.max_bytes) {
    ctx.error("Invalid JSON: the document is " + std::to_string(text.size()) +
              " bytes, more than max_bytes (" + std::to_string(o.max_bytes) + ")");
    return std::nullopt;
  }
  bounded_dom_builder builder(o.max_depth);
  if (!nlohmann::json::sax_parse(text.begin(), text.end(), &builder)) {
    ctx.error("Invalid JSON: " + builder.error());
    return std::nullopt;
  }
  return std::move(builder.root());
}

}  // namespace descr::detail
