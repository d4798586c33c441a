package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Fn::Cidr [ipBlock, count, cidrBits]} for IPv4: the first {@code count} blocks of {@code 32 - cidrBits}
 * prefix bits inside {@code ipBlock}, in address order (as CloudFormation documents the function).
 */
final class CidrBlocks {
    private CidrBlocks() {
    }

    static List<Object> split(String block, int count, int cidrBits) throws Unresolved {
        String[] parts = block.split("/");
        if (parts.length != 2 || cidrBits < 1 || cidrBits > 32 || count < 1 || count > 256) {
            throw new Unresolved("Fn::Cidr of " + block + " cannot be evaluated");
        }
        int prefix = Integer.parseInt(parts[1].trim());
        int newPrefix = 32 - cidrBits;
        long base = address(parts[0].trim()) & mask(prefix);
        if (newPrefix < prefix || (long) count << cidrBits > 1L << (32 - prefix)) {
            throw new Unresolved("Fn::Cidr asks for more blocks than " + block + " holds");
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(text(base + ((long) i << cidrBits)) + "/" + newPrefix);
        }
        return out;
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    private static long address(String ip) throws Unresolved {
        String[] octets = ip.split("\\.");
        if (octets.length != 4) {
            throw new Unresolved("not an IPv4 address: " + ip);
        }
        long a = 0;
        for (String o : octets) {
            a = (a << 8) | (Integer.parseInt(o) & 0xFF);
        }
        return a;
    }

    private static String text(long a) {
        return ((a >> 24) & 0xFF) + "." + ((a >> 16) & 0xFF) + "." + ((a >> 8) & 0xFF) + "." + (a & 0xFF);
    }
}
