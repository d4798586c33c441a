package dev.archway.model.network;

/**
 * An Availability Zone named by its place in the region's list rather than by its name: what a template says with
 * {@code Fn::Select [N, Fn::GetAZs '']}. An AZ element's {@code zone} holds a slot as {@code 1st}, {@code 2nd}, ...
 * (the assumptions file spells it the same way). {@code Fn::GetAZs} lists a region's zones in a fixed order, so two
 * subnets in one slot share a zone and different slots are different zones; which zone name a slot is depends on the
 * region (and, for the physical zone behind the name, on the account), so a slot is labelled by its region
 * ({@code 1st AZ of eu-west-1}) and its likely name ({@code eu-west-1a}) is only ever a hint.
 */
public final class ZoneSlot {
    /** The most zones a region has (us-east-1); {@code Fn::Select} past it fails in every region. */
    public static final int MAX = 6;

    private ZoneSlot() {
    }

    /** The slot of the zone at {@code index} (0-based, as {@code Fn::Select} counts): {@code 1st}, {@code 2nd}, ... */
    public static String of(int index) {
        if (index < 0 || index >= MAX) {
            throw new IllegalArgumentException("no region has a zone at index " + index);
        }
        int n = index + 1;
        return n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th");
    }

    /** The 0-based index of a slot, or -1 when {@code zone} is a zone name (or nothing). */
    public static int index(String zone) {
        if (zone == null || zone.length() != 3 || !Character.isDigit(zone.charAt(0))) {
            return -1;
        }
        int index = zone.charAt(0) - '1';
        return index >= 0 && index < MAX && of(index).equals(zone) ? index : -1;
    }

    public static boolean isSlot(String zone) {
        return index(zone) >= 0;
    }

    /**
     * How to name a zone to a person: a slot by its region ({@code 1st AZ of eu-west-1}; {@code 1st AZ of the
     * region} when {@code regionCode} is null), a zone name as it is.
     */
    public static String label(String zone, String regionCode) {
        if (!isSlot(zone)) {
            return zone;
        }
        return zone + " AZ of " + (regionCode == null || regionCode.isBlank() ? "the region" : regionCode);
    }

    /** How an element made for a zone is titled: a slot as {@code 1st AZ}, a zone name as it is. */
    public static String title(String zone) {
        return isSlot(zone) ? zone + " AZ" : zone;
    }

    /** The name {@code Fn::GetAZs} most likely gives a slot in a region ({@code eu-west-1a}); null when unknown. */
    public static String likelyName(String zone, String regionCode) {
        int index = index(zone);
        return index < 0 || regionCode == null || regionCode.isBlank() ? null : regionCode + (char) ('a' + index);
    }
}
