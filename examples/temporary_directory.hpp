#pragma once
// Python's tempfile.TemporaryDirectory(): a new directory, made at once, removed with
// everything in it when the object goes away.
#include <stdlib.h>  // mkdtemp (POSIX)

#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

struct TemporaryDirectory {
  std::filesystem::path path;

  TemporaryDirectory() {
    std::string pattern = (std::filesystem::temp_directory_path() / "descr-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot make " + pattern);
    path = pattern;
  }
  ~TemporaryDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
};
