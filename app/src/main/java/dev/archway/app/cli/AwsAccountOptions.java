package dev.archway.app.cli;

import dev.archway.account.AccountRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Which account to read and how: {@code [--profile NAME] [--region R] [--vpc vpc-id]... [--endpoint-url URL]}.
 * Credentials come only from the SDK's default chain (environment, profiles, SSO, instance role).
 */
public final class AwsAccountOptions {
    @Option(names = "--profile", paramLabel = "NAME",
            description = "the named profile of ~/.aws/config (default: the SDK's default credentials chain)")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", description = "the region to read (default: the profile's)")
    String region;

    @Option(names = "--vpc", paramLabel = "VPC_ID", description = "read only this VPC (repeatable; default: all)")
    List<String> vpcIds = List.of();

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "send every call to this endpoint instead of AWS's, such as a local emulator "
                    + "(AWS_ENDPOINT_URL works too)")
    String endpointUrl;

    /** The request these options describe; a malformed VPC id or URL is a usage error of the given command. */
    AccountRequest request(CommandSpec spec) {
        return request(profile, region, vpcIds, endpointUrl, spec);
    }

    /** The request from the options' values, checked: what {@code import --from-aws} and {@code drift} share. */
    static AccountRequest request(String profile, String region, List<String> vpcIds, String endpointUrl,
            CommandSpec spec) {
        for (String vpc : vpcIds) {
            if (!vpc.matches("vpc-[0-9a-f]+")) {
                throw new ParameterException(spec.commandLine(), "--vpc: '" + vpc + "' is not a VPC id (vpc-...)");
            }
        }
        return new AccountRequest(Optional.ofNullable(profile), Optional.ofNullable(region), vpcIds,
                Optional.ofNullable(endpointUrl).map(url -> endpoint(url, spec)));
    }

    private static URI endpoint(String text, CommandSpec spec) {
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new ParameterException(spec.commandLine(), "--endpoint-url: '" + text
                + "' is not an http or https URL");
    }
}
