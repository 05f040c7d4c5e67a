/**
 * The code samples of the guides under {@code docs/}: each guide's samples are regions of one class
 * here, marked {@code // [START name]} and {@code // [END name]}, and the Markdown shows exact
 * copies of them. The build compiles them, a test keeps the copies identical, and tests in {@code
 * src/test} run them against the example catalogue, the synthetic registries and the portal
 * simulator.
 */
@NullMarked
package org.opendvc.examples.docs;

import org.jspecify.annotations.NullMarked;
