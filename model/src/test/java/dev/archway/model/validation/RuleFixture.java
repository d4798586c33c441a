package dev.archway.model.validation;

import dev.archway.model.Design;
import dev.archway.model.Element;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One case of one rule: a good design (must give no finding of the rule), a bad one (must give exactly
 * {@code expected}, as {@link Finding#summary()}s, over the whole design) and whether its findings carry fixes.
 */
record RuleFixture(String ruleId, String caseName, Consumer<Design> goodEdit, Consumer<Design> badEdit,
        List<String> expected, boolean fixable) {

    Design good() {
        Design d = ShopDesign.build();
        goodEdit.accept(d);
        return d;
    }

    Design bad() {
        Design d = ShopDesign.build();
        badEdit.accept(d);
        return d;
    }

    @Override
    public String toString() {
        return ruleId + " " + caseName;
    }

    static RuleFixture of(String ruleId, String caseName, Consumer<Design> badEdit, boolean fixable,
            String... expected) {
        return new RuleFixture(ruleId, caseName, d -> { }, badEdit, List.of(expected), fixable);
    }

    RuleFixture withGood(Consumer<Design> edit) {
        return new RuleFixture(ruleId, caseName, edit, badEdit, expected, fixable);
    }

    /** Replaces an element of the design by an edited version. */
    static <T extends Element> void edit(Design d, String id, Class<T> type, UnaryOperator<T> change) {
        d.put(change.apply(d.get(id, type)));
    }
}
