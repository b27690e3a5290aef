#pragma once
#include <cstddef>
#include <cstdint>

namespace numcheck {

/// A place in the original file: byte offsets [begin, end) and the 1-based line and
/// column (in Unicode code points) of `begin`.
struct source_span {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t line = 0;
    std::size_t column = 0;
};

} // namespace numcheck
