package dev.archway.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.formats.DesignSources;
import dev.archway.exporters.lesson.Lessons;
import dev.archway.exporters.lesson.OpenLesson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reliability reproducers of issue 17 that concern reading: each hostile or damaged file is refused with one line
 * naming the file and the place, never with another exception, and nothing outside the file is read or echoed.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    /** Copies a fixture of {@code src/test/resources/hostile} into the test's folder. */
    Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private InputException refused(Path file) {
        InputException e = assertThrows(InputException.class, () -> DesignSources.load(file));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e;
    }

    @Test
    void aYamlAliasBombIsRefusedBeforeItIsExpanded() throws Exception {
        Path file = fixture("alias-bomb-48-aliases.yaml");
        assertEquals(file + " at line 3: more than 1000000 values once its aliases are expanded (a YAML alias bomb?)"
                + " (raise the limit with -Darchway.limit.values=N)", refused(file).getMessage());
    }

    @Test
    void aRecursiveAliasIsRefusedWithItsLine() throws Exception {
        Path file = fixture("recursive-alias.yaml");
        assertEquals(file + " at line 7: an alias that contains itself (a recursive YAML alias)",
                refused(file).getMessage());
        InputException imported = assertThrows(InputException.class, () -> new CfnImporter().importTemplate(file));
        assertEquals(refused(file).getMessage(), imported.getMessage());
    }

    @Test
    void aLessonCannotNameAFileOutsideItsFolder() throws Exception {
        Path lesson = fixture("lesson-path-traversal.lesson.yaml");
        OpenLesson open = Lessons.open(lesson.toString());
        InputException e = assertThrows(InputException.class, open::startDesign);
        assertEquals(lesson + " at startDesign: names /etc/shadow, which is outside the folder of "
                + "lesson-path-traversal.lesson.yaml; a file may refer only to files in its own folder or below",
                e.getMessage());
    }

    @Test
    void aLessonCannotClimbOutOfItsFolderByDotsOrLinks() throws Exception {
        Path inner = Files.createDirectories(dir.resolve("course"));
        Path lesson = inner.resolve("l.lesson.yaml");
        Path secret = Files.writeString(dir.resolve("secret.archway.json"), "TOKEN-123");
        Files.writeString(lesson, Files.readString(fixture("lesson-path-traversal.lesson.yaml"))
                .replace("/etc/shadow", "../secret.archway.json"));
        InputException dots = assertThrows(InputException.class, () -> Lessons.open(lesson.toString()).startDesign());
        assertTrue(dots.getMessage().contains("outside the folder"), dots.getMessage());
        Files.createSymbolicLink(inner.resolve("link.archway.json"), secret);
        Files.writeString(lesson, Files.readString(lesson).replace("../secret.archway.json", "link.archway.json"));
        InputException link = assertThrows(InputException.class, () -> Lessons.open(lesson.toString()).startDesign());
        assertTrue(link.getMessage().contains("outside the folder"), link.getMessage());
        assertFalse(link.getMessage().contains("TOKEN"), link.getMessage());
    }

    @Test
    void aLessonNamingADeviceIsRefusedWithoutReadingIt() throws Exception {
        Path lesson = fixture("lesson-devzero.lesson.yaml");
        InputException e = assertThrows(InputException.class, () -> Lessons.open(lesson.toString()).startDesign());
        assertTrue(e.getMessage().startsWith(lesson + " at startDesign: names /dev/zero, which is outside"),
                e.getMessage());
    }

    @Test
    void anEndlessDeviceIsRefusedAtItsFirstBytes() {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return;
        }
        assertEquals("/dev/zero at line 1, byte 1: not a text file (it holds a NUL byte)", refused(zero).getMessage());
    }

    @Test
    void anEndlessTextStreamIsCutAtTheSizeLimit() throws Exception {
        Path fifo = dir.resolve("endless.yaml");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
            return;
        }
        Thread writer = new Thread(() -> {
            try (var out = Files.newOutputStream(fifo)) {
                byte[] line = "Description: endless\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                while (true) {
                    out.write(line);
                }
            } catch (IOException closedByTheReader) {
                // the reader stopped at its limit
            }
        });
        writer.start();
        assertEquals(fifo + ": larger than the design size limit of 67108864 bytes (raise it with "
                + "-Darchway.limit.design.bytes=N)", refused(fifo).getMessage());
        writer.join();
    }

    @Test
    void aLargeTemplateIsRefusedAtOnceBySize() throws Exception {
        Path file = dir.resolve("big.json");
        Files.writeString(file, "{\"Resources\": {}, \"Description\": \"" + "D".repeat(17 * 1024 * 1024) + "\"}");
        assertEquals(file + ": larger than the template size limit of 16777216 bytes (raise it with "
                + "-Darchway.limit.template.bytes=N)", refused(file).getMessage());
    }

    @Test
    void aLongStringInJsonIsReportedAsJsonNotRetriedAsYaml() throws Exception {
        Path file = dir.resolve("long-string.json");
        Files.writeString(file, "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Description\": \""
                + "D".repeat(1_000_001) + "\", \"Resources\": {}}");
        assertEquals(file + ": a string longer than the limit of 1000000 characters (raise it with "
                + "-Darchway.limit.string=N)", refused(file).getMessage());
    }

    @Test
    void deepNestingIsRefusedInJsonAndYaml() throws Exception {
        Path json = Files.writeString(dir.resolve("deep.json"), "{\"Resources\": " + "[".repeat(300)
                + "]".repeat(300) + "}");
        assertTrue(refused(json).getMessage().contains("nested deeper than the limit of 200"));
        Path yaml = Files.writeString(dir.resolve("deep.yaml"), "Resources: " + "[".repeat(300) + "]".repeat(300));
        assertTrue(refused(yaml).getMessage().contains("nested deeper than the limit of 200"),
                refused(yaml).getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedTheSameByImportAndValidate() throws Exception {
        Path file = fixture("not-utf8.yaml");
        InputException imported = assertThrows(InputException.class, () -> new CfnImporter().importTemplate(file));
        assertTrue(imported.getMessage().matches(java.util.regex.Pattern.quote(file.toString())
                + " at line \\d+, byte \\d+: not a text file \\(not UTF-8\\)"), imported.getMessage());
        assertEquals(imported.getMessage(), refused(file).getMessage());
    }

    @Test
    void halfASurrogatePairIsRefusedWhereItIsRead() throws Exception {
        Path file = fixture("lone-surrogate.json");
        assertEquals(file + " at Resources: a string with half a UTF-16 surrogate pair (an escape such as \\ud800 that"
                + " is no Unicode character)", refused(file).getMessage());
    }

    @Test
    void aLessonFormatVersionMustBeExactlyOne() throws Exception {
        Path lesson = fixture("lesson-version-overflow.lesson.yaml");
        InputException e = assertThrows(InputException.class, () -> Lessons.open(lesson.toString()));
        assertEquals(lesson + " at formatVersion: unsupported lesson format version 4294967297; this Archway reads "
                + "version 1", e.getMessage());
        Files.writeString(lesson, Files.readString(lesson).replace("4294967297", "1.9"));
        InputException fraction = assertThrows(InputException.class, () -> Lessons.open(lesson.toString()));
        assertTrue(fraction.getMessage().contains("unsupported lesson format version 1.9"), fraction.getMessage());
    }

    @Test
    void aDuplicateLogicalIdIsRefusedWithItsLineInYamlAndJson() throws Exception {
        Path yaml = fixture("duplicate-logical-id.yaml");
        assertEquals(yaml + " at line 6: duplicate key 'Vpc' (CloudFormation refuses a template with a key twice)",
                refused(yaml).getMessage());
        Path json = Files.writeString(dir.resolve("dup.json"), "{\"Resources\": {\n\"Vpc\": {\"Type\": \"AWS::EC2::VPC\"},"
                + "\n\"Vpc\": {\"Type\": \"AWS::SNS::Topic\"}}}");
        assertTrue(refused(json).getMessage().startsWith(json + " at line 3: not valid JSON: Duplicate"),
                refused(json).getMessage());
    }

    @Test
    void anOpaqueResourceWithoutTypeIsRefusedWhenReadNamingIt() throws Exception {
        Path file = fixture("opaque-without-type.archway.json");
        assertEquals(file + " at $.elements[1].cfnType: missing: Thing needs its CloudFormation resource type "
                + "(AWS::Service::Resource)", refused(file).getMessage());
    }

    @Test
    void aSubnetWithoutVpcIsRefusedWhenReadNamingIt() throws Exception {
        Path file = fixture("subnet-without-vpc.archway.json");
        assertEquals(file + " at $.elements[3].vpcId: missing: subnet SubA needs its VPC (VpcId is required by "
                + "CloudFormation)", refused(file).getMessage());
    }

    @Test
    void aTemplateWithMoreResourcesThanTheLimitIsRefusedBeforeItIsImported() throws Exception {
        StringBuilder json = new StringBuilder("{\"Resources\": {");
        for (int i = 0; i <= InputLimits.DEFAULT_ELEMENTS; i++) {
            json.append(i == 0 ? "" : ",").append("\"T").append(i).append("\": {\"Type\": \"AWS::SNS::Topic\"}");
        }
        Path file = Files.writeString(dir.resolve("many.json"), json.append("}}").toString());
        assertEquals(file + " at Resources: 100001 elements, more than the limit of 100000 (raise it with "
                + "-Darchway.limit.elements=N)", refused(file).getMessage());
    }

    /** Found by the fuzz suite: a null where a design refers to another element. */
    @Test
    void aNullReferenceIsRefusedWhereItIs() throws Exception {
        String json = dev.archway.exporters.designfile.DesignFile.toJson(
                dev.archway.exporters.examples.Examples.defaultDesign());
        Path file = Files.writeString(dir.resolve("null-ref.archway.json"),
                json.replaceFirst("\"targetId\" ?: ?\"[^\"]*\"", "\"targetId\": null"));
        assertTrue(refused(file).getMessage().matches(java.util.regex.Pattern.quote(file.toString())
                + " at \\$\\.elements\\[\\d+\\]\\.\\w+\\[\\d+\\]\\.targetId: .* has an empty reference \\(null\\)"),
                refused(file).getMessage());
    }
}
