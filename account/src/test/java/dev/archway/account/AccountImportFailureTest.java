package dev.archway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How an import reports its progress, and how it ends when it cannot go on: one message, nothing half-read. */
class AccountImportFailureTest {
    private static final AccountRequest RECORDED = new AccountRequest(Optional.empty(), Optional.of("eu-central-1"),
            List.of(), Optional.empty());

    @BeforeAll
    static void credentials() {
        System.setProperty("aws.accessKeyId", "recorded");
        System.setProperty("aws.secretAccessKey", "recorded");
    }

    /** Records what it hears; cancels once {@code cancelAfter} services have started. */
    private static final class Heard implements ImportProgress {
        final List<String> events = new ArrayList<>();
        final int cancelAfter;

        Heard(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void started(String service) {
            events.add("start " + service);
        }

        @Override
        public void finished(String service, int items) {
            events.add("done " + service + " " + items);
        }

        @Override
        public void warning(String message) {
            events.add("warning");
        }

        @Override
        public boolean cancelled() {
            return events.stream().filter(e -> e.startsWith("start")).count() > cancelAfter;
        }
    }

    @Test
    void progressHearsEveryServiceInTurn() throws AccountException {
        Heard heard = new Heard(Integer.MAX_VALUE);
        AccountImport.read(RECORDED, heard, new RecordedHttpClient().builder());
        assertEquals(List.of("start ec2", "start ecs", "start elasticloadbalancing", "start acm", "start autoscaling",
                "start rds", "start route53"), heard.events.stream().filter(e -> e.startsWith("start")).toList());
        assertEquals("done ec2 11", heard.events.stream().filter(e -> e.startsWith("done ec2")).findFirst()
                .orElseThrow(), "1 VPC, 2 zones, 2 subnets, 2 groups, 4 instances (2 of an Auto Scaling group, which"
                + " takes them in later)");
    }

    @Test
    void cancellingStopsTheImportWithOneMessage() {
        Heard heard = new Heard(2);
        AccountException e = assertThrows(AccountException.class,
                () -> AccountImport.read(RECORDED, heard, new RecordedHttpClient().builder()));
        assertEquals("import cancelled", e.getMessage());
        assertEquals(List.of("start ec2", "done ec2 11", "start ecs", "done ecs 1", "start elasticloadbalancing"),
                heard.events.stream().filter(x -> !"warning".equals(x)).toList());
    }

    @Test
    void anUnreachableEndpointStopsTheImportWithOneLine() {
        AccountRequest nowhere = new AccountRequest(Optional.empty(), Optional.of("eu-central-1"), List.of(),
                Optional.of(URI.create("http://127.0.0.1:9")));
        AccountException e = assertThrows(AccountException.class,
                () -> AccountImport.read(nowhere, ImportProgress.NONE));
        assertEquals("cannot reach the AWS endpoint for ec2: Connection refused", e.getMessage());
    }
}
