package dev.archway.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.rule.Rule;
import dev.archway.model.rule.RuleInfo;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RulesRegistryTest {

    private static List<String> ids() {
        return Rules.all().stream().map(r -> r.info().id()).toList();
    }

    @Test
    void idsAreUnique() {
        assertEquals(ids().size(), Set.copyOf(ids()).size());
    }

    @Test
    void idsAreUpperCaseWordsJoinedByHyphens() {
        ids().forEach(id -> assertTrue(id.matches("[A-Z0-9]+(-[A-Z0-9]+)*"), id));
    }

    @Test
    void everyRuleClassIsNamedAfterItsId() {
        for (Rule rule : Rules.all()) {
            assertEquals(pascalCase(rule.info().id()) + "Rule", rule.getClass().getSimpleName());
        }
    }

    @Test
    void everyRuleClassInTheRulesPackageIsRegistered() throws Exception {
        Set<String> registered = Rules.all().stream().map(r -> r.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(registered, ruleClassesOnClasspath());
    }

    @Test
    void everyRuleHasAGoodAndABadFixture() {
        Set<String> withFixtures = RuleFixtures.all().stream().map(RuleFixture::ruleId).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(ids()), new TreeSet<>(withFixtures));
    }

    @Test
    void everyRuleExplainsItselfAndLinksAwsDocumentation() {
        for (Rule rule : Rules.all()) {
            RuleInfo info = rule.info();
            assertTrue(info.docUrl().startsWith("https://docs.aws.amazon.com/"), info.id());
            assertTrue(!info.title().isBlank() && info.explanation().length() > 40, info.id());
        }
    }

    private static Set<String> ruleClassesOnClasspath() throws IOException, URISyntaxException {
        Path classes = Path.of(Rules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = classes.resolve("dev/archway/model/validation/rules");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String relative = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
                String name = "dev.archway.model.validation.rules." + relative.substring(0, relative.length() - 6);
                Class<?> type = loadClass(name);
                if (Rule.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pascalCase(String id) {
        StringBuilder out = new StringBuilder();
        for (String word : id.split("-")) {
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return out.toString();
    }
}
