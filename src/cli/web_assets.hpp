#pragma once
// The editor's page of `numcheck serve`, built into the binary (cmake/embed_assets.cmake writes
// the table from src/cli/web).
#include <span>
#include <string_view>

namespace cli::web {

struct asset {
    std::string_view path;         ///< "/", "/app.js"
    std::string_view content_type; ///< "text/html; charset=utf-8"
    std::string_view content;
};

/// Every file of the page, by the path it is served at.
std::span<asset const> assets() noexcept;

} // namespace cli::web
