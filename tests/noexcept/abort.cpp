// Built with -fno-exceptions: what would raise a descr error ends the program, with what it
// printed so far flushed and the error on stderr as Python's last line prints it
// ("descr: ValueError: ..."). check_abort.py runs each case and compares.
//
//   python3 -c "..."   (each case, in Python 3.11)
//   level: g.level = 11         ValueError: Expected 11 to be no more than 10
//   note:  g.note               AttributeError: 'Gauge' object has no attribute 'note'
//   item:  b.sizes = [1, 0]     ValueError: sizes[1]: Expected 0 to be at least 1
//          (List's why_not puts "[1]: " first, the set the attribute's name)
#include <cstdio>
#include <cstring>
#include <vector>

#include "gauge.hpp"

namespace {
struct Batch : descr::object<Batch,
    descr::attr<"sizes", descr::List{.item = descr::Number<int>{.minvalue = 1}}>> {};
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  gauges::Gauge g;
  Batch b;
  std::printf("before %s\n", argv[1]);
  if (std::strcmp(argv[1], "level") == 0) {
    descr::setattr<"level">(g, 11);
  } else if (std::strcmp(argv[1], "note") == 0) {
    std::printf("%s\n", descr::getattr<"note">(g).c_str());
  } else if (std::strcmp(argv[1], "item") == 0) {
    descr::setattr<"sizes">(b, std::vector<int>{1, 0});
  } else {
    return 2;
  }
  std::printf("not reached\n");
  return 0;
}
