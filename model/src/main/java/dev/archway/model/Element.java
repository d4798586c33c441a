package dev.archway.model;

import java.util.List;

/**
 * One element of a design. Elements are immutable records; a design changes by replacing them.
 * {@link #id()} is stable for the element's life, {@link #name()} is unique within the design and is what users,
 * findings and CloudFormation logical ids see.
 */
public interface Element {

    String id();

    String name();

    /** The same element under another name. */
    Element withName(String name);

    /** Ids of the other elements this one refers to (never null entries). */
    List<String> references();

    /** The id of the element that contains this one on the diagram, or null for a top-level element. */
    default String container() {
        return null;
    }

    /** What kind of element this is (each record answers with its own constant). */
    ElementKind kind();
}
