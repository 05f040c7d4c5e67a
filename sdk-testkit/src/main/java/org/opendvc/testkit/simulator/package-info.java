/**
 * The portal simulator: an embedded HTTP server speaking the DVCQG adapter protocol the client
 * speaks, with in-memory state, the portal's rules, a synthetic population registry and e-document
 * warehouse, and faults injected on demand, reproducibly from a seed. See {@link
 * org.opendvc.testkit.simulator.PortalSimulator} and {@code docs/simulator.md}.
 */
@NullMarked
package org.opendvc.testkit.simulator;

import org.jspecify.annotations.NullMarked;
