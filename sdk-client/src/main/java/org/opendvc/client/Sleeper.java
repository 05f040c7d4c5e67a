package org.opendvc.client;

import java.time.Duration;

/**
 * Waits between retries. Injected so tests never sleep: a test sleeper records the delays asked for
 * and returns at once.
 */
@FunctionalInterface
public interface Sleeper {
  /** The sleeper that really waits, with {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for {@code duration}.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
