#pragma once
// The subcommands of the itapipe tool; each takes the arguments after its name and returns
// the process exit status (0 ok, 1 error, 2 usage, 3 finished with warnings).

#include <string>
#include <vector>

namespace itapipe {

int RunExtract(const std::vector<std::string>& argv);
int RunCompare(const std::vector<std::string>& argv);
int RunReport(const std::vector<std::string>& argv);
int RunText(const std::vector<std::string>& argv);
int RunMerge(const std::vector<std::string>& argv);

}  // namespace itapipe
