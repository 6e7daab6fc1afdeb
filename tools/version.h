// factcheck's version, in one place: `factcheck --version` prints it and the
// gRPC server and reports may quote it. Raise it with every release
// (semantic versioning: MAJOR.MINOR.PATCH).
#ifndef TOOLS_VERSION_H_
#define TOOLS_VERSION_H_

namespace factcheck {

inline constexpr char kVersion[] = "0.9.0";

}  // namespace factcheck

#endif  // TOOLS_VERSION_H_
