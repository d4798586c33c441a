package dev.archway.model.diagram;

/** Sizes of the AWS diagram convention, in canvas units. Labels are drawn below icons and inside box headers. */
final class DiagramMetrics {
    static final double ICON = 64;
    static final double CELL_W = 130;
    static final double CELL_H = 104;
    static final double CHIP_W = 230;
    static final double CHIP_H = 44;
    static final double CHIP_GAP = 14;
    static final double BAND_H = 76;
    static final double BAR_H = 56;
    static final double LISTENER_W = 150;
    static final double LISTENER_H = 32;
    static final double SUBNET_HEADER = 40;
    static final double SUBNET_PAD = 16;
    static final double ROW_GAP = 24;
    static final double AZ_HEADER = 40;
    static final double AZ_PAD = 20;
    static final double AZ_GAP = 30;
    static final double VPC_HEADER = 110;
    static final double VPC_PAD = 30;
    static final double COLUMN_GAP = 30;
    /** Between a rule and its target group: room for the arrow. */
    static final double PAIR_GAP = 56;
    static final double REGION_HEADER = 50;
    static final double REGION_PAD = 40;
    static final double BLOCK_GAP = 60;

    private DiagramMetrics() {
    }
}
