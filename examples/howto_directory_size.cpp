// Seed 000 (the Descriptor HowTo's Primer), "Dynamic lookups". Port of
// howto_directory_size.py: DirectorySize counts the files of obj.dirname on every read.
#include <descr/descr.hpp>

#include <stdlib.h>  // mkdtemp, as Python's tempfile uses

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <system_error>
#include <utility>

namespace fs = std::filesystem;

// tutorial: directory-size
struct DirectorySize {
  auto get(const auto& obj, auto /*objtype*/) const {
    // len(os.listdir(obj.dirname))
    const std::string& dirname = descr::getattr<"dirname">(obj);
    return std::distance(fs::directory_iterator(dirname), fs::directory_iterator());
  }
};

struct Directory : descr::object<Directory,
    descr::attr<"size", DirectorySize{}>,       // size = DirectorySize()   Descriptor instance
    descr::field<"dirname", std::string>> {     // Regular instance attribute
  explicit Directory(std::string dirname) { descr::setattr<"dirname">(*this, std::move(dirname)); }
};
// tutorial end

// with tempfile.TemporaryDirectory() as root: a new directory, removed with what it holds.
struct TemporaryDirectory {
  fs::path path;
  TemporaryDirectory() {
    std::string pattern = (fs::temp_directory_path() / "tmpXXXXXX").string();
    if (!mkdtemp(pattern.data()))
      throw fs::filesystem_error("mkdtemp", std::error_code(errno, std::generic_category()));
    path = pattern;
  }
  ~TemporaryDirectory() { fs::remove_all(path); }
};

int main() {
  TemporaryDirectory root;
  fs::current_path(root.path);
  fs::create_directory("songs");
  fs::create_directory("games");
  for (int i = 1; i <= 4; ++i) std::ofstream("songs/song" + std::to_string(i) + ".txt");
  for (int i = 1; i <= 2; ++i) std::ofstream("games/game" + std::to_string(i) + ".txt");

  Directory s("songs");
  Directory g("games");
  std::cout << descr::getattr<"size">(s) << '\n';   // The songs directory has four files
  std::cout << descr::getattr<"size">(g) << '\n';   // The games directory has two files
  fs::remove("games/game1.txt");                    // Delete a game
  std::cout << descr::getattr<"size">(g) << '\n';   // File count is automatically updated
  fs::current_path("/");
}
