package dev.archway.app.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.exporters.InputException;
import dev.archway.exporters.examples.Examples;
import dev.archway.model.validation.Validator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled examples show good practice: no rule fires on any of them. */
class ExamplesAreCleanTest {

    static Stream<String> examples() {
        return Examples.ALL.stream().map(Examples.Example::fileName);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void noRuleFiresOnTheExample(String example) throws InputException {
        List<String> findings = new Validator().validate(Examples.load(example)).stream()
                .map(f -> f.summary() + ": " + f.message()).toList();
        assertEquals(List.of(), findings);
    }

}
