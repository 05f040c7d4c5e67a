/**
 * JMH benchmarks. Each measures OpenDVC beside a baseline in the same run; see {@code
 * benchmarks/README.md} for how to run them and the figures measured.
 */
@NullMarked
package org.opendvc.benchmarks;

import org.jspecify.annotations.NullMarked;
