/**
 * Synthetic data for tests, load and benchmarks: generated, reproducible from a seed, never real.
 */
@NullMarked
package org.opendvc.testkit.synthetic;

import org.jspecify.annotations.NullMarked;
