#include <cstdio>
#include <numcheck/extract.hpp>
int main() {
    auto const found = numcheck::extract_text("Profit rose 12 percent to $4.5 billion from $4.0 billion.");
    std::printf("%zu mentions, first: %s\n", found.size(), found.front().text.c_str());
    return found.size() == 4 ? 0 : 1;
}
