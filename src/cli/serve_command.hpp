#pragma once
// `numcheck serve`: the editor's page and the HTTP API on a local address.
#include <cstddef>
#include <string>

namespace cli {

struct serve_options {
    std::string host = "127.0.0.1";
    int port = 8080;                  ///< 0: any free port (the one chosen is printed)
    std::size_t max_body = 5'000'000; ///< larger request bodies get 413
};

/// Serves until interrupted; returns the exit status. Throws usage_error when the address cannot
/// be bound.
int run_serve(serve_options const& options);

} // namespace cli
