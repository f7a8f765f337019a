#pragma once
// Reading a whole file into memory, one way everywhere: model files, input documents, the
// files a test reads back.

#include <filesystem>
#include <string>

#include "core/result.h"

namespace itapipe {

// The bytes of the file at path. A missing file is kNotFound, any other failure (a folder, no
// permission, a read error) kIo; the message names the path and the system's reason.
Result<std::string> ReadFile(const std::filesystem::path& path);

}  // namespace itapipe
