package dev.archway.model.network;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import java.util.List;

/** An AWS Region such as {@code eu-west-1}. */
public record Region(String id, String name, String code) implements Element {

    /** Whether {@code code} reads as a region code ({@code eu-west-1}, {@code us-gov-west-1}). */
    public static boolean isCode(String code) {
        return code != null && code.matches("[a-z]{2}(-[a-z]+)+-\\d");
    }

    @Override
    public ElementKind kind() {
        return ElementKind.REGION;
    }

    @Override
    public Region withName(String newName) {
        return new Region(id, newName, code);
    }

    @Override
    public List<String> references() {
        return List.of();
    }
}
