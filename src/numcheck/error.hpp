#pragma once
/// Errors the library reports as exceptions; the command line turns them into messages and exit codes.
#include <cstddef>
#include <stdexcept>
#include <string>

namespace numcheck {

/// Input that cannot be read as an article: unreadable file, invalid UTF-8, binary data.
/// `what()` names the file and, where there is one, the place.
class input_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace numcheck
