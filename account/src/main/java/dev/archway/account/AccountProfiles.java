package dev.archway.account;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/** The profiles of the SDK's shared config and credentials files (names and regions only; never a secret). */
public final class AccountProfiles {
    private AccountProfiles() {
    }

    /** The profile names, sorted; empty when there are no profile files. */
    public static List<String> names() {
        return ProfileFile.defaultProfileFile().profiles().keySet().stream().sorted().toList();
    }

    /** The region a profile names, if any. */
    public static Optional<String> defaultRegion(String profile) {
        return ProfileFile.defaultProfileFile().profile(profile).flatMap(p -> p.property(ProfileProperty.REGION));
    }
}
