package dev.archway.exporters.cfn;

import dev.archway.exporters.ImportBudget;
import dev.archway.exporters.InputException;
import dev.archway.exporters.InputFiles;
import dev.archway.exporters.InputKind;
import dev.archway.model.Design;
import dev.archway.model.stacks.CfnResourceCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Several templates that work together (stacks that hand each other values through {@code Outputs} with
 * {@code Export} and {@code Fn::ImportValue}) as one design. Each template is imported on its own; then each
 * external element that stands for an import another template of the set exports is replaced by that template's
 * element, so the importing resource refers to it (see {@link StackExports}, {@link StackJoin}). A stack is named
 * by its file name up to the first dot, or as {@code --stack-name FILE=NAME} says.
 */
public final class StackSetImport {
    private static final String TEMPLATE_FILES = ".*\\.(ya?ml|json|template)$";

    /** One template of the set: its stack name, file name, and what importing it gave. */
    record Member(String name, String file, CfnImporter.Stack stack, boolean hasLayout) {
        /** The external element of this stack read as exactly this expression, or null. */
        String externalWith(Object expression) {
            for (Map.Entry<String, Map<String, Object>> e : stack.design().allCfnExtras().entrySet()) {
                Map<String, Object> mark = Cfn.asMap(e.getValue().get(CfnResourceCount.EXTERNAL));
                if (mark != null && Objects.equals(mark.get("Expression"), expression)) {
                    return e.getKey();
                }
            }
            return null;
        }
    }

    private final Map<String, String> stackNames;

    /** {@code stackNames}: a template's file name (or path as given) to the name of its stack. */
    public StackSetImport(Map<String, String> stackNames) {
        this.stackNames = stackNames;
    }

    /** Imports the templates as one design; a single template (or folder) imports as {@link CfnImporter} does. */
    public Design importStacks(List<Path> paths) throws InputException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            files.addAll(Files.isDirectory(p) && !nestedStacksFolder(p) ? templatesIn(p) : List.of(p));
        }
        checkNames(files);
        if (files.size() == 1) {
            return new CfnImporter().importTemplate(files.get(0));
        }
        ImportBudget budget = new ImportBudget();
        for (Path f : files) {
            budget.take(Files.isDirectory(f) ? NestedStackImport.parentIn(f) : f, f, null);
        }
        List<Member> members = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path f : files) {
            String name = stackName(f);
            if (!names.add(name)) {
                throw new InputException(f, null, "would be stack " + name + " like another template of the set; "
                        + "name it with --stack-name " + f.getFileName() + "=NAME");
            }
            members.add(member(name, f, Map.of(), budget));
        }
        StackExports exports = new StackExports(members);
        boolean again = false;
        for (int i = 0; i < members.size(); i++) {
            Map<Object, Object> literals = exports.literalsFor(i);
            if (!literals.isEmpty()) {
                Member m = members.get(i);
                members.set(i, member(m.name(), files.get(i), literals, budget));
                again = true;
            }
        }
        return new StackJoin(members, again ? new StackExports(members) : exports).join(designName(paths));
    }

    private static Member member(String name, Path f, Map<Object, Object> importedValues, ImportBudget budget)
            throws InputException {
        Path template = Files.isDirectory(f) ? NestedStackImport.parentIn(f) : f;
        CfnImporter.Stack stack = new CfnImporter().within(budget).importStack(template, importedValues);
        return new Member(name, fileName(f), stack, new ImportMetadata(stack.template()).present());
    }

    /**
     * The templates of a folder that are stacks of their own: its template files, less those another of them nests
     * by a local {@code TemplateURL} (importing the parent follows them).
     */
    public static List<Path> templatesIn(Path folder) throws InputException {
        ImportBudget budget = new ImportBudget();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().matches(TEMPLATE_FILES) && !Files.isDirectory(f))
                    .limit(budget.maxTemplates() + 1).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(folder, null, "cannot be read: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InputException(folder, null, "holds no template (*.yaml, *.yml, *.json, *.template)");
        }
        for (Path f : files) {
            insideFolder(folder, f);
            budget.take(f, folder, null);
        }
        Set<Path> nested = new HashSet<>();
        for (Path f : files) {
            String text = InputFiles.read(f, InputKind.TEMPLATE);
            if (text.contains("AWS::CloudFormation::Stack")) {
                nested.addAll(NestedStackImport.localChildren(TemplateReader.read(text, f), f));
            }
        }
        return files.stream().filter(f -> !nested.contains(f.toAbsolutePath().normalize())).toList();
    }

    /** A template of a folder is a regular file inside it; a link must lead to one, a pipe would never end. */
    private static void insideFolder(Path folder, Path file) throws InputException {
        boolean outside;
        try {
            outside = !file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            throw new InputException(file, null, "is a link that leads to no file (or in a loop)");
        }
        if (outside) {
            throw new InputException(file, null, "is a link to a file outside the folder " + folder
                    + "; a folder's templates must be inside it");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, null, "is not a regular file (a device, a pipe or a socket)");
        }
    }

    /** A folder that Archway's nested-stacks export wrote (a parent template with its stacks). */
    private static boolean nestedStacksFolder(Path folder) {
        try {
            return NestedStackImport.nestsLocalStacks(TemplateReader.read(InputFiles.read(
                    NestedStackImport.parentIn(folder), InputKind.TEMPLATE), folder));
        } catch (InputException e) {
            return false;
        }
    }

    private void checkNames(List<Path> files) throws InputException {
        for (String given : stackNames.keySet()) {
            if (files.stream().noneMatch(f -> matches(f, given))) {
                throw new InputException(Path.of(given), "--stack-name", "is not one of the templates imported");
            }
        }
    }

    String stackName(Path file) {
        for (Map.Entry<String, String> e : stackNames.entrySet()) {
            if (matches(file, e.getKey())) {
                return e.getValue();
            }
        }
        String base = fileName(file);
        int dot = base.indexOf('.');
        String name = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^A-Za-z0-9-]", "-");
        return name.matches("[A-Za-z].*") ? name : "stack-" + name;
    }

    private static boolean matches(Path file, String given) {
        return fileName(file).equals(given) || file.equals(Path.of(given))
                || file.toAbsolutePath().normalize().equals(Path.of(given).toAbsolutePath().normalize());
    }

    private static String fileName(Path f) {
        return f.getFileName() == null ? f.toString() : f.getFileName().toString();
    }

    private static String designName(List<Path> paths) {
        if (paths.size() == 1) {
            return fileName(paths.get(0).toAbsolutePath().normalize());
        }
        Path parent = paths.get(0).toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "stacks" : parent.getFileName().toString();
    }

    /** Parses a {@code --stack-name FILE=NAME} value; CloudFormation stack names are letters, digits and hyphens. */
    public static Map.Entry<String, String> stackNameOption(String option) throws InputException {
        int eq = option.lastIndexOf('=');
        String name = eq < 0 ? "" : option.substring(eq + 1);
        if (eq <= 0 || !name.matches("[A-Za-z][-A-Za-z0-9]{0,127}")) {
            throw new InputException(Path.of(eq <= 0 ? option : option.substring(0, eq)), "--stack-name " + option,
                    "expected FILE=NAME, NAME a stack name (a letter, then letters, digits and hyphens)");
        }
        return Map.entry(option.substring(0, eq), name);
    }
}
