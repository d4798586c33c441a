package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archway.exporters.ImportBudget;
import dev.archway.exporters.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, inputs that name many files: a folder of templates, several templates, nested stacks. Past the limits of
 * one import (templates, bytes in all) the import is refused in one line before the files are read; a folder's
 * templates are files inside it.
 */
class ImportBudgetTest {
    /** Not a template: a folder refused for its size must be refused before this is parsed. */
    private static final String UNREADABLE = "{ this is [ not a template";
    private static final String VPC = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n"
            + "      CidrBlock: 10.0.0.0/16\n";

    @TempDir
    Path dir;

    private InputException refused(List<Path> paths) {
        return assertThrows(InputException.class, () -> new StackSetImport(java.util.Map.of()).importStacks(paths));
    }

    @Test
    void aFolderWithMoreTemplatesThanTheLimitIsRefusedBeforeAnyIsRead() throws Exception {
        for (int i = 0; i <= ImportBudget.DEFAULT_TEMPLATES; i++) {
            Files.writeString(dir.resolve(String.format("t%04d.yaml", i)), UNREADABLE);
        }
        assertEquals(dir + ": more than 1000 templates in one import (raise the limit with "
                + "-Darchway.limit.templates=N)", refused(List.of(dir)).getMessage());
    }

    @Test
    void templatesOfOneImportPastTheByteLimitAreRefusedBeforeAnyIsRead() throws Exception {
        String big = "# " + "x".repeat(15 << 20) + "\n" + UNREADABLE;
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve("big" + i + ".yaml"), big);
        }
        InputException e = refused(List.of(dir));
        assertEquals(dir + ": with big4.yaml the templates of this import come to more than 67108864 bytes (raise the"
                + " limit with -Darchway.limit.import.bytes=N)", e.getMessage());
    }

    @Test
    void aParentNamingOneChildMoreTimesThanTheLimitIsRefusedBeforeReadingIt() throws Exception {
        Files.writeString(dir.resolve("child.yaml"), UNREADABLE);
        StringBuilder parent = new StringBuilder("Resources:\n");
        for (int i = 1; i <= ImportBudget.DEFAULT_TEMPLATES + 1; i++) {
            parent.append("  S").append(i).append(":\n    Type: AWS::CloudFormation::Stack\n    Properties:\n")
                    .append("      TemplateURL: child.yaml\n");
        }
        Path file = Files.writeString(dir.resolve("parent.yaml"), parent.toString());
        InputException e = assertThrows(InputException.class, () -> new CfnImporter().importTemplate(file));
        assertEquals(file + " at Resources.S1001.Properties.TemplateURL: more than 1000 templates in one import "
                + "(raise the limit with -Darchway.limit.templates=N)", e.getMessage());
    }

    @Test
    void aTemplateLinkedFromOutsideTheFolderIsRefusedWithoutReadingIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("stacks"));
        Files.writeString(folder.resolve("a.yaml"), VPC);
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "TOKEN-123: x\n");
        Path link = Files.createSymbolicLink(folder.resolve("b.yaml"), secret);
        assertEquals(link + ": is a link to a file outside the folder " + folder + "; a folder's templates must be "
                + "inside it", refused(List.of(folder)).getMessage());
    }

    @Test
    void aLinkInALoopIsRefusedNotSkipped() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), VPC);
        Path loop = Files.createSymbolicLink(dir.resolve("b.yaml"), dir.resolve("c.yaml"));
        Files.createSymbolicLink(dir.resolve("c.yaml"), loop);
        assertEquals(loop + ": is a link that leads to no file (or in a loop)", refused(List.of(dir)).getMessage());
    }
}
