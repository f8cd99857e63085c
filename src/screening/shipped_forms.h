#pragma once

#include <string_view>
#include <vector>

#include "base/result.h"
#include "screening/form.h"

namespace verbatim::screening {

/// The ids of the forms compiled into the binary from data/forms/ ("unhcr-annex1").
std::vector<std::string_view> ShippedFormIds();

/// A shipped form by id; NotFound names the id.
Result<Form> ShippedForm(std::string_view id);

}  // namespace verbatim::screening
