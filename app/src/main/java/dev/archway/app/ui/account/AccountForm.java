package dev.archway.app.ui.account;

import dev.archway.account.AccountProfiles;
import dev.archway.account.AccountRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Which account to read: profile (of the SDK's config files, or the default credentials chain), region, VPC ids
 * (none: every VPC), and an endpoint URL for an emulator. Only names and regions are ever read from the profiles.
 */
final class AccountForm extends GridPane {
    static final String DEFAULT_CHAIN = "Default credentials";
    private static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "ca-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "eu-south-1",
            "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "sa-east-1");
    private final ComboBox<String> profile = new ComboBox<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final TextField vpcs = new TextField();
    private final TextField endpoint = new TextField();
    private final Label problem = new Label();

    AccountForm() {
        getStyleClass().add("account-form");
        setHgap(12);
        setVgap(10);
        profile.setId("account-profile");
        profile.getItems().setAll(profiles());
        profile.getSelectionModel().select(0);
        profile.setMaxWidth(Double.MAX_VALUE);
        profile.valueProperty().addListener((o, was, now) -> regionFor(now));
        region.setId("account-region");
        region.setEditable(true);
        region.getItems().setAll(REGIONS);
        region.setPromptText("the profile's or AWS_REGION");
        region.setMaxWidth(Double.MAX_VALUE);
        vpcs.setId("account-vpcs");
        vpcs.setPromptText("all VPCs, or ids such as vpc-0a1b2c3d vpc-4e5f6a7b");
        endpoint.setId("account-endpoint");
        endpoint.setPromptText("AWS's own (or AWS_ENDPOINT_URL); http://localhost:5000 for an emulator");
        problem.setId("account-form-problem");
        problem.getStyleClass().add("field-error");
        problem.setManaged(false);
        getColumnConstraints().addAll(new ColumnConstraints(), grow());
        row(0, "Profile", profile);
        row(1, "Region", region);
        row(2, "VPCs", vpcs);
        row(3, "Endpoint URL", endpoint);
        add(problem, 1, 4);
        regionFor(profile.getValue());
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private void row(int index, String label, javafx.scene.Node field) {
        Label name = new Label(label);
        name.getStyleClass().add("field-label");
        add(name, 0, index);
        add(field, 1, index);
    }

    private static List<String> profiles() {
        List<String> names = new ArrayList<>(List.of(DEFAULT_CHAIN));
        try {
            names.addAll(AccountProfiles.names());
        } catch (RuntimeException unreadable) {
            // a broken ~/.aws/config leaves the default chain, which reports the problem when used
        }
        return names;
    }

    private void regionFor(String chosen) {
        if (chosen == null || DEFAULT_CHAIN.equals(chosen)) {
            return;
        }
        try {
            AccountProfiles.defaultRegion(chosen).ifPresent(region::setValue);
        } catch (RuntimeException unreadable) {
            // keep what the user typed
        }
    }

    /** The request, or empty with the problem shown beside the fields. */
    Optional<AccountRequest> request() {
        String url = endpoint.getText().strip();
        Optional<URI> uri = Optional.empty();
        if (!url.isEmpty()) {
            uri = endpoint(url);
            if (uri.isEmpty()) {
                show("Endpoint URL: expected http(s)://host[:port], not " + url);
                return Optional.empty();
            }
        }
        show(null);
        String chosen = profile.getValue();
        String typedRegion = region.getEditor().getText() == null ? "" : region.getEditor().getText().strip();
        List<String> ids = Arrays.stream(vpcs.getText().split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
        return Optional.of(new AccountRequest(
                Optional.ofNullable(chosen).filter(p -> !DEFAULT_CHAIN.equals(p)),
                Optional.of(typedRegion).filter(r -> !r.isEmpty()), ids, uri));
    }

    private static Optional<URI> endpoint(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private void show(String message) {
        problem.setText(message == null ? "" : message);
        problem.setManaged(message != null);
    }

    ComboBox<String> profile() {
        return profile;
    }
}
