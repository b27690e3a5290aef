#include "cli/serve_command.hpp"

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include <fmt/format.h>
// cpp-httplib listens with a backlog of 5: fifty clients connecting at once on a loaded machine overflow it and some
// connections are reset (tests/serve/api_test.py, under a parallel ctest). This is the one file that includes it.
#define CPPHTTPLIB_LISTEN_BACKLOG 128
#include <httplib.h>

#include "cli/common.hpp"
#include "cli/web_assets.hpp"
#include "numcheck/service.hpp"

namespace cli {

namespace {

httplib::Server* running = nullptr;

extern "C" void stop_serving(int) {
    // httplib's stop() only sets a flag and shuts the listening socket down.
    if (running) running->stop();
}

void send(httplib::Response& res, numcheck::service::response const& r) {
    res.status = r.status;
    res.set_content(r.body, r.content_type);
}

void method_not_allowed(httplib::Response& res, char const* allowed) {
    res.set_header("Allow", allowed);
    send(res, numcheck::service::error(405, fmt::format("method not allowed; use {}", allowed)));
}

} // namespace

int run_serve(serve_options const& options) {
    httplib::Server server;
    server.set_payload_max_length(options.max_body);
    server.set_read_timeout(30, 0);
    server.set_write_timeout(30, 0);
    // Same-origin only; nothing is fetched from anywhere else.
    server.set_default_headers(
        {{"X-Content-Type-Options", "nosniff"},
         {"Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                     "connect-src 'self'; frame-ancestors 'none'"},
         {"Referrer-Policy", "no-referrer"}});

    auto const refuse = [&server](std::string const& path, char const* allowed, bool get, bool post) {
        auto const handler = [allowed](httplib::Request const&, httplib::Response& res) {
            method_not_allowed(res, allowed);
        };
        if (get) server.Get(path, handler);
        if (post) server.Post(path, handler);
        server.Put(path, handler);
        server.Delete(path, handler);
        server.Patch(path, handler);
    };
    for (auto const& a : web::assets()) {
        std::string const path(a.path);
        server.Get(path, [&a](httplib::Request const&, httplib::Response& res) {
            res.set_header("Cache-Control", "no-cache");
            res.set_content(a.content.data(), a.content.size(), std::string(a.content_type));
        });
        refuse(path, "GET", false, true);
    }
    server.Post("/api/check", [](httplib::Request const& req, httplib::Response& res) {
        send(res, numcheck::service::check(req.body));
    });
    refuse("/api/check", "POST", true, false);
    server.Get("/api/rules",
               [](httplib::Request const&, httplib::Response& res) { send(res, numcheck::service::rules()); });
    refuse("/api/rules", "GET", false, true);

    // No compression: the server is local, and cpp-httplib's Brotli at its default quality takes
    // seconds on a large report. The request is not const here; httplib only hands it out as const.
    server.set_pre_routing_handler([](httplib::Request const& req, httplib::Response&) {
        const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
        return httplib::Server::HandlerResponse::Unhandled;
    });

    // Errors httplib raises itself (413 over the size limit, 404 for unknown paths) get a JSON body;
    // a handler's own error body is kept.
    server.set_error_handler([&options](httplib::Request const& req, httplib::Response& res) {
        if (!res.body.empty()) return;
        // cpp-httplib caps form-encoded bodies (curl -d without a content type) at 8,192 bytes.
        if (res.status == 413 && req.get_header_value("Content-Type") == "application/x-www-form-urlencoded" &&
            req.get_header_value<std::uint64_t>("Content-Length") <= options.max_body) {
            send(res, numcheck::service::error(
                          413, "a form-encoded body is limited to 8192 bytes: send the JSON request with "
                               "Content-Type: application/json"));
            return;
        }
        std::string_view const message = res.status == 413   ? "the request body is larger than the server's limit"
                                         : res.status == 404 ? "not found"
                                         : res.status == 400 ? "bad request"
                                                             : "the request could not be handled";
        send(res, numcheck::service::error(res.status, message));
    });
    server.set_exception_handler([](httplib::Request const&, httplib::Response& res, std::exception_ptr const& ep) {
        std::string message = "internal error";
        try {
            if (ep) std::rethrow_exception(ep);
        } catch (std::exception const& e) {
            message = fmt::format("internal error: {}", e.what());
        } catch (...) {
        }
        send(res, numcheck::service::error(500, message));
    });
    // Only the request line and the status: never the article.
    server.set_logger([](httplib::Request const& req, httplib::Response const& res) {
        std::fprintf(stderr, "\"%s %s %s\" %d\n", req.method.c_str(), req.path.c_str(), req.version.c_str(),
                     res.status);
    });

    int port = options.port;
    if (port == 0) {
        port = server.bind_to_any_port(options.host);
        if (port < 0) throw usage_error(fmt::format("cannot listen on {}: no free port", options.host));
    } else if (!server.bind_to_port(options.host, port)) {
        throw usage_error(
            fmt::format("cannot listen on {}:{}: the address is in use or not this machine's", options.host, port));
    }
    bool const ipv6 = options.host.find(':') != std::string::npos;
    write(fmt::format("numcheck serve: http://{}{}{}:{}/ (Ctrl+C stops)\n", ipv6 ? "[" : "", options.host,
                      ipv6 ? "]" : "", port));
    std::fflush(stdout);

    running = &server;
    std::signal(SIGINT, stop_serving);
    std::signal(SIGTERM, stop_serving);
    bool const ok = server.listen_after_bind();
    running = nullptr;
    return ok ? exit_ok : exit_usage_or_input;
}

} // namespace cli
