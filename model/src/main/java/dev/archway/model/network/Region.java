package dev.archway.model.network;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import java.util.List;

/** An AWS Region such as {@code eu-west-1}. */
public record Region(String id, String name, String code) implements Element {

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
