package dev.archway.model.query;

import dev.archway.model.Element;

/**
 * A fact a rule needs that the design cannot say: the AZ, tier or CIDR of a subnet from outside the template, the
 * rules of an outside security group. {@code assumption} names what to set ({@code subnets.PublicSubnet1.az}), in
 * the assumptions file ({@code --assume}) or in the GUI's Assumptions panel.
 */
public record Unknown(Element element, String fact, String assumption) {
}
