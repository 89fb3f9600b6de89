#pragma once
// The hash of an attribute's name, by which the checks of a class's names and the lookups by
// name find repeats in about one probe per name (detail/unique_names.hpp).
#include <cstddef>
#include <cstdint>

namespace descr::detail {

// A name's bytes, its closing '\0' included, as 64-bit words, then the 1 to 7 bytes left as one
// number (name_tail<R>::value). A hash reads them with one __builtin_bit_cast: the constant
// evaluators pay per step, and a name read a character at a time costs clang about 24 k
// instructions a character (a 4-character name's hash 148 k instructions, 81 k read as words;
// a 19-character one's 510 k, 184 k; g++ 68 k -> 52 k, 244 k -> 78 k). Packed, so that the
// struct has exactly the name's size, as a bit_cast needs.
template <std::size_t R>
struct name_tail;
template <>
struct [[gnu::packed]] name_tail<1> {
  std::uint8_t c;
  constexpr std::uint64_t value() const noexcept { return c; }
};
template <>
struct [[gnu::packed]] name_tail<2> {
  std::uint16_t b;
  constexpr std::uint64_t value() const noexcept { return b; }
};
template <>
struct [[gnu::packed]] name_tail<3> {
  std::uint16_t b;
  std::uint8_t c;
  constexpr std::uint64_t value() const noexcept { return b | std::uint64_t{c} << 16; }
};
template <>
struct [[gnu::packed]] name_tail<4> {
  std::uint32_t a;
  constexpr std::uint64_t value() const noexcept { return a; }
};
template <>
struct [[gnu::packed]] name_tail<5> {
  std::uint32_t a;
  std::uint8_t c;
  constexpr std::uint64_t value() const noexcept { return a | std::uint64_t{c} << 32; }
};
template <>
struct [[gnu::packed]] name_tail<6> {
  std::uint32_t a;
  std::uint16_t b;
  constexpr std::uint64_t value() const noexcept { return a | std::uint64_t{b} << 32; }
};
template <>
struct [[gnu::packed]] name_tail<7> {
  std::uint32_t a;
  std::uint16_t b;
  std::uint8_t c;
  constexpr std::uint64_t value() const noexcept {
    return a | std::uint64_t{b} << 32 | std::uint64_t{c} << 48;
  }
};
template <std::size_t W, std::size_t R>
struct [[gnu::packed]] name_words {
  std::uint64_t word[W];
  name_tail<R> tail;
};
template <std::size_t W>
struct [[gnu::packed]] name_words<W, 0> {
  std::uint64_t word[W];
};
template <std::size_t R>
struct [[gnu::packed]] name_words<0, R> {
  name_tail<R> tail;
};

// FNV-1a over those numbers rather than over characters. Its multiplications carry a
// difference only upwards, so a word's last characters reach only the hash's high bits: the
// high half is folded into the low one at the end, and every table takes its slot modulo an
// odd capacity, which every bit of the hash moves (detail/unique_names.hpp). Never 0 (the high
// bit is set): 0 marks an empty slot of a table.
// Each member and entry type holds its name's hash as `name_hash`, computed once per type; an
// access hashes its name once (detail/fast_path.hpp's position_of).
template <std::size_t N>
constexpr std::uint64_t name_hash_of(const char (&name)[N]) noexcept {
  using words = name_words<N / 8, N % 8>;
  const words x = __builtin_bit_cast(words, name);
  std::uint64_t h = 14695981039346656037ull;
  if constexpr (N / 8 != 0)
    for (std::size_t i = 0; i != N / 8; ++i) h = (h ^ x.word[i]) * 1099511628211ull;
  if constexpr (N % 8 != 0) h = (h ^ x.tail.value()) * 1099511628211ull;
  return (h ^ h >> 32) | std::uint64_t{1} << 63;
}

}  // namespace descr::detail
