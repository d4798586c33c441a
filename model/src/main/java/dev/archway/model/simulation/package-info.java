/**
 * Routing simulation (doc: {@code docs/aws-semantics.md}).
 *
 * <p>Requests: {@code new RequestRouter(design).route(SimRequest.parse("GET https://host/path", headers, sourceIp),
 * lbName, scenario)} returns a {@link dev.archway.model.simulation.RouteTrace}: the outcome and its
 * {@link dev.archway.model.simulation.Hop}s, each naming a design element id (DNS record, LB node subnet, security
 * group, ACL, listener, certificate, rule, target group, target) with its decision and reason, in the order the
 * request meets them. {@code send(..., n)} sends n clients and returns a
 * {@link dev.archway.model.simulation.TrafficReport} with counts and exact long-run shares per target.
 *
 * <p>Queries: {@code new QueryRouter(design).route(DbQuery.reads().viaApp("App"), scenario)} returns a
 * {@link dev.archway.model.simulation.DbTrace}; {@code send(..., n)} a {@link dev.archway.model.simulation.QueryReport}.
 *
 * <p>What is broken is a {@link dev.archway.model.simulation.SimulationScenario}: failed zones (AWS zone names),
 * unhealthy targets (keys from {@link dev.archway.model.simulation.TargetSlot#of}), a failed writer; its withers suit
 * toggles. Routers read the design when called: build a new one after the design changes.
 */
package dev.archway.model.simulation;
