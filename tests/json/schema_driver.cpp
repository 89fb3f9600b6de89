// For check_schema.py: prints the JSON Schema of a model on its first line, then, for each
// document read from stdin (one per line), "ok" if the loader takes it, else "error" and its
// first error.
#include <descr/json.hpp>

#include <iostream>
#include <string>
#include <string_view>

#include "models.hpp"

template <class C>
int run(const descr::json_options& options) {
  std::cout << descr::json_schema<C>(options).dump() << '\n';
  std::string line;
  while (std::getline(std::cin, line)) {
    auto r = descr::try_load_json<C>(line, options);
    if (r) std::cout << "ok\n";
    else std::cout << "error\t" << r.errors[0].path << ": " << r.errors[0].message << '\n';
  }
  return 0;
}

int main(int argc, char** argv) {
  if (argc != 3) return std::cerr << "usage: json_schema_driver order|sampler lax|strict\n", 2;
  descr::json_options options{.forbid_extra = std::string_view(argv[2]) == "strict"};
  if (std::string_view(argv[1]) == "order") return run<models::Order>(options);
  if (std::string_view(argv[1]) == "sampler") return run<models::Sampler>(options);
  return std::cerr << "unknown model " << argv[1] << '\n', 2;
}
