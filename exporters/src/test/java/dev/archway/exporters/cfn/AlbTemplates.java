package dev.archway.exporters.cfn;

/** Template text for import tests: the smallest VPC an ALB can stand in. */
final class AlbTemplates {
    /** A VPC with two subnets in two AZs and an ALB named Alb in them; append more resources. */
    static final String ALB_IN_TWO_ZONES = """
            Resources:
              Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
              A: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: eu-west-1a}}
              B: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1b}}
              Alb:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties: {Subnets: [!Ref A, !Ref B]}
            """;

    private AlbTemplates() {
    }
}
