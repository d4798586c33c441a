package dev.archway.model.network;

/** An IPv4 CIDR block such as {@code 10.0.1.0/24}. Parsing is strict: the address must be the network address. */
public record Cidr(long network, int prefix) {

    public static final Cidr ANYWHERE = new Cidr(0, 0);

    public Cidr {
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("prefix out of range: /" + prefix);
        }
    }

    /** Parses {@code a.b.c.d/n}; a bare address means /32. */
    public static Cidr parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no CIDR given");
        }
        String[] parts = text.trim().split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("not a CIDR: " + text);
        }
        long address = parseAddress(parts[0], text);
        int prefix;
        try {
            prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR: " + text);
        }
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("prefix out of range in " + text);
        }
        if ((address & mask(prefix)) != address) {
            throw new IllegalArgumentException(text + " has host bits set; the network address is "
                    + format(address & mask(prefix)) + "/" + prefix);
        }
        return new Cidr(address, prefix);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static long parseAddress(String ip, String context) {
        String[] octets = ip.trim().split("\\.", -1);
        if (octets.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + context);
        }
        long value = 0;
        for (String octet : octets) {
            int n;
            try {
                n = Integer.parseInt(octet);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an IPv4 address: " + context);
            }
            if (n < 0 || n > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + context);
            }
            value = (value << 8) | n;
        }
        return value;
    }

    public static String format(long address) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255);
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    public long first() {
        return network;
    }

    public long last() {
        return network | (~mask(prefix) & 0xFFFFFFFFL);
    }

    public long size() {
        return 1L << (32 - prefix);
    }

    public boolean contains(Cidr other) {
        return other.prefix >= prefix && (other.network & mask(prefix)) == network;
    }

    public boolean contains(long address) {
        return (address & mask(prefix)) == network;
    }

    public boolean contains(String ip) {
        return contains(parseAddress(ip, ip));
    }

    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /** The n-th address of the block (0 = network address). */
    public String address(long n) {
        return format(network + n);
    }

    @Override
    public String toString() {
        return format(network) + "/" + prefix;
    }
}
