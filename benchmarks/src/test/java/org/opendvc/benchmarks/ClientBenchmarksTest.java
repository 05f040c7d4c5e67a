package org.opendvc.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs each client benchmark method once, so a broken benchmark fails the build. */
class ClientBenchmarksTest {
  @Test
  void clientOverhead_bothPathsGetTheSectors() throws Exception {
    ClientOverheadBenchmark b = new ClientOverheadBenchmark();
    b.start();
    try {
      assertThat(b.rawOkHttp()).isPositive();
      assertThat(b.dvcqgClient()).isPositive();
    } finally {
      b.stop();
    }
  }

  @Test
  void outboxThroughput_bothPathsWrite() throws Exception {
    OutboxThroughputBenchmark b = new OutboxThroughputBenchmark();
    b.open();
    try {
      assertThat(b.rawAppendAndForce()).isEqualTo(10);
      assertThat(b.outboxEnqueue()).isEqualTo(10);
    } finally {
      b.close();
    }
  }
}
