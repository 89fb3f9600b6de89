#pragma once
// How descr raises a Python exception (errors.hpp): DESCR_DETAIL_RAISE(value_error(message)).
// With C++ exceptions (__cpp_exceptions) it is `throw value_error(message)`, written in place.
// Without them (-fno-exceptions) nothing could catch it: the program writes Python's last line
// for an uncaught exception to stderr ("descr: ValueError: <message>") and aborts, as an
// uncaught exception would end it. The no-throw forms (try_load_json) return their errors
// instead and never come here.
//
// A macro, not a function: a function taking the error moves it into the exception object (a
// move and a destructor more on the cold path), and clang does not inline one taking a lambda
// that makes the error there; either changes the generated code (tests/codegen: member_get).
#include "config.hpp"
#if !defined(__cpp_exceptions)
#include <cstdio>
#include <cstdlib>
#endif

#if defined(__cpp_exceptions)
#define DESCR_DETAIL_RAISE(...) throw __VA_ARGS__
#else
#define DESCR_DETAIL_RAISE(...) ::descr::detail::abort_with(__VA_ARGS__)
#endif

namespace descr::detail {

#if !defined(__cpp_exceptions)
// The end of a program built without exceptions that raises: what it printed so far is
// flushed (Python's would be), then "descr: ValueError: <message>" goes to stderr.
template <class E>
[[noreturn, gnu::cold, gnu::noinline]] void abort_with(const E& e) noexcept {
  std::fflush(nullptr);
  std::fputs("descr: ", stderr);
  if constexpr (requires { E::python_name; }) {
    std::fputs(E::python_name, stderr);
    std::fputs(": ", stderr);
  }
  std::fputs(e.what(), stderr);
  std::fputs("\n", stderr);
  std::abort();
}
#endif

}  // namespace descr::detail
