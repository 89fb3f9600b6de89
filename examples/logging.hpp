#pragma once
// Python's logging.info after logging.basicConfig(level=logging.INFO): each record goes to
// stderr as "INFO:root:<message>". The sink is a plain variable, so a program can send records
// elsewhere (a file, a test's buffer) by assigning its own function to logging::sink.
#include <functional>
#include <iostream>
#include <string>
#include <string_view>

namespace logging {

inline std::function<void(std::string_view)> sink = [](std::string_view record) {
  std::cerr << record << '\n';  // std::cerr flushes std::cout first: lines stay in order
};

inline void info(std::string_view message) { sink("INFO:root:" + std::string(message)); }

}  // namespace logging
