package dev.archway.account;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to read from an account: the named profile (else the SDK's default credentials chain), the region (else the
 * profile's or the environment's), the VPCs to keep (empty: all), and an endpoint overriding every service's
 * ({@code --endpoint-url}; when empty the SDK's standard {@code AWS_ENDPOINT_URL} variable still applies).
 */
public record AccountRequest(Optional<String> profile, Optional<String> region, List<String> vpcIds,
                             Optional<URI> endpoint) {
    public AccountRequest {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(region, "region");
        vpcIds = List.copyOf(vpcIds);
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The default chain, the default region, every VPC, the standard endpoints. */
    public static AccountRequest defaults() {
        return new AccountRequest(Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    /** True when the VPC passes the {@code --vpc} filter. */
    public boolean includesVpc(String vpcId) {
        return vpcIds.isEmpty() || vpcIds.contains(vpcId);
    }
}
