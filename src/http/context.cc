#include "http/context.h"

namespace verbatim::http {

void Context::ReplyJson(int status, const Json& body) {
  res.status = status;
  // Invalid UTF-8 cannot reach here (inputs are validated), but replacing beats throwing.
  res.set_content(body.dump(-1, ' ', false, Json::error_handler_t::replace), "application/json");
}

void Context::ReplyProblem(const Problem& problem) {
  res.status = problem.status;
  res.set_content(problem.ToJson().dump(-1, ' ', false, Json::error_handler_t::replace),
                  "application/problem+json");
}

void Context::Fail(const Status& status) { ReplyProblem(ProblemFrom(status)); }

Result<Json> Context::BodyObject() {
  const std::string type = req.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) != 0) {
    return Status(ErrorCode::kInvalidArgument,
                  "Send the request body as JSON with the header Content-Type: application/json.");
  }
  VB_ASSIGN_OR_RETURN(Json body, ParseJson(req.body));
  if (!body.is_object()) return InvalidArgument("The request body must be a JSON object.");
  return body;
}

std::string Context::Query(const std::string& name) const {
  return req.has_param(name) ? req.get_param_value(name) : std::string();
}

Result<std::string> StringField(const Json& object, const char* name, const std::string& path) {
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) return std::string();
  if (!it->is_string()) return InvalidArgument("'" + path + "' must be a string.");
  return it->get<std::string>();
}

}  // namespace verbatim::http
