#include "storage/KeyIndex.h"

#include <catch2/catch.hpp>

#include <string>

using cd::storage::KeyIndex;

TEST_CASE("KeyIndex finds what was stored, keeps the first id, and grows without losing keys")
{
    KeyIndex index;
    CHECK_FALSE(index.find("anything"));
    index.insert("Ianna", 7);
    index.insert("Ianna", 8); // the first stays, as with a map's emplace
    index.insert("", 9);      // an empty key is a key like any other
    CHECK(index.find("Ianna") == 7);
    CHECK(index.find("") == 9);
    CHECK_FALSE(index.find("ianna"));
    CHECK_FALSE(index.find("Ianna "));

    // Far past the first capacity: every key still found with its id, none invented.
    for (int n = 0; n < 50000; ++n) {
        index.insert("key" + std::to_string(n), n);
    }
    CHECK(index.size() == 50002);
    for (int n = 0; n < 50000; n += 997) {
        CHECK(index.find("key" + std::to_string(n)) == n);
    }
    CHECK_FALSE(index.find("key50000"));
    CHECK(index.find("Ianna") == 7);
}

TEST_CASE("KeyIndex reserve keeps keys stored before it")
{
    KeyIndex index;
    index.insert("a", 1);
    index.reserve(100000);
    index.insert("b", 2);
    CHECK(index.find("a") == 1);
    CHECK(index.find("b") == 2);
}
