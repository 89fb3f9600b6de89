// 21_directory_size.py: dynamic lookup: the value is computed on every access.
#include <descr/descr.hpp>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <system_error>
#include <utility>

namespace fs = std::filesystem;

namespace {
struct DirectorySize {
  long get(auto& obj, auto) const {
    // len(os.listdir(obj.dirname))
    fs::directory_iterator entries(descr::getattr<"dirname">(obj));
    return std::distance(fs::begin(entries), fs::end(entries));
  }
};

struct Directory : descr::object<Directory,
    descr::attr<"size", DirectorySize{}>,   // size = DirectorySize()
    descr::field<"dirname", std::string>> {
  explicit Directory(std::string dirname) { descr::setattr<"dirname">(*this, std::move(dirname)); }
};

// tempfile.TemporaryDirectory(): made on entry, removed with its contents on exit.
struct TemporaryDirectory {
  fs::path path;
  TemporaryDirectory() {
    std::string templ = (fs::temp_directory_path() / "descr-conformance-XXXXXX").string();
    if (!mkdtemp(templ.data()))
      throw fs::filesystem_error("mkdtemp", std::error_code(errno, std::generic_category()));
    path = templ;
  }
  ~TemporaryDirectory() { fs::remove_all(path); }
};
}  // namespace

int main() {
  TemporaryDirectory t;
  for (const char* n : {"a", "b", "c"}) std::ofstream(t.path / n);  // open(...).close()
  Directory d(t.path.string());
  // print(d.size)
  long size = descr::getattr<"size">(d);
  std::cout << size << '\n';
  fs::remove(t.path / "b");  // os.remove(os.path.join(t, 'b'))
  // print(d.size)
  size = descr::getattr<"size">(d);
  std::cout << size << '\n';
}
