#pragma once
// descr needs C++20. Said once, before anything else fails: every header that includes no other
// descr header includes this file first. MSVC reports the language version in _MSVC_LANG.
#if defined(_MSVC_LANG) ? _MSVC_LANG < 202002L : __cplusplus < 202002L
#error "descr requires C++20 (-std=c++20 or later)"
// A missing header is the one error both compilers treat as fatal: the build stops here
// instead of printing hundreds of errors from the code that follows.
#include "descr needs C++20, stopping here"
#endif

// The entry points of an access, inlined first: clang's inliner then meets each access as the
// few instructions it is, not as a call to weigh (fewer optimizer passes per access; g++'s
// early inliner needs no such help, and compiles slower with it).
#if defined(__clang__)
#define DESCR_DETAIL_ACCESS [[gnu::always_inline]]
#else
#define DESCR_DETAIL_ACCESS
#endif
