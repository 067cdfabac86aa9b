#include "cli_json.hpp"

namespace dt::cli {

std::string jsonLine(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json errorJson(const std::string& file, const std::exception& e) { return Json{{"file", file}, {"error", e.what()}}; }

} // namespace dt::cli
