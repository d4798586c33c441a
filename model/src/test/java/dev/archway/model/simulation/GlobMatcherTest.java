package dev.archway.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Doc §1.2 wildcard semantics: '*' zero or more characters, '?' exactly one, anchored at both ends. */
class GlobMatcherTest {

    @ParameterizedTest(name = "§1.2: ''{0}'' against ''{1}'' (ignore case {2}) -> {3}")
    @CsvSource({
        "*.example.com, test.example.com, true, true",
        "*.example.com, example.com, true, false",
        "*.example.com, a.b.example.com, true, true",
        "/img/*, /img/picture.jpg, false, true",
        "/img/*, /img, false, false",
        "/img/*, /IMG/picture.jpg, false, false",
        "/api/v?/users, /api/v2/users, false, true",
        "/api/v?/users, /api/v10/users, false, false",
        "*, '', false, true",
        "?, '', false, false",
        "a*b*c, aXXbYYc, false, true",
        "a*b*c, aXXbYY, false, false",
        "API.Example.COM, api.example.com, true, true",
        "exact, exact, false, true",
        "exact, exactly, false, false",
        "*mid*, xxmidxx, false, true",
        "**, abc, false, true",
    })
    void matchesWholeValues(String pattern, String input, boolean ignoreCase, boolean expected) {
        assertEquals(expected, GlobMatcher.compile(pattern, ignoreCase, false).matches(input));
    }

    @ParameterizedTest(name = "§1.2 query-string: ''{0}'' against ''{1}'' -> {2}")
    @CsvSource({
        "a\\*b, a*b, true",
        "a\\*b, axxb, false",
        "a\\?, a?, true",
        "a\\?, ab, false",
        "a*b, axxb, true",
    })
    void queryValuesTreatEscapedWildcardsAsLiterals(String pattern, String input, boolean expected) {
        assertEquals(expected, GlobMatcher.compile(pattern, true, true).matches(input));
    }
}
