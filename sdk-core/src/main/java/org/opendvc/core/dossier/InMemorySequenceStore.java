package org.opendvc.core.dossier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendvc.core.id.AgencyCode;

/**
 * Daily sequences in memory: lost when the process ends, so codes start again at 0001 after a
 * restart on the same day. Use {@link FileSequenceStore} (or your database) where that matters.
 *
 * <p>Thread-safe and lock-free for every code but the first of an agency's day. Counters are kept
 * for {@link #RETAINED_DAYS} days (or as many as the constructor says) before the latest day asked
 * for, so memory stays bounded by the number of agencies; asking for an older day is refused
 * ({@link DossierCodeException.Reason#DAY_CLOSED}) rather than risk issuing a number twice. Two
 * threads that read the clock either side of midnight both get their numbers.
 */
public final class InMemorySequenceStore implements SequenceStore {
  /** How many days before the latest one counters are kept by default. */
  public static final int RETAINED_DAYS = 7;

  private record Key(AgencyCode agency, long day) {}

  private final ConcurrentHashMap<Key, AtomicInteger> counters = new ConcurrentHashMap<>();
  private final Object opening = new Object();
  private final int retainedDays;
  private long latestDay = Long.MIN_VALUE;
  private long oldestDay = Long.MAX_VALUE;

  /** An empty store keeping {@link #RETAINED_DAYS} days. */
  public InMemorySequenceStore() {
    this(RETAINED_DAYS);
  }

  /**
   * An empty store keeping the counters of {@code retainedDays} days before the latest.
   *
   * @throws IllegalArgumentException if {@code retainedDays} is negative
   */
  public InMemorySequenceStore(int retainedDays) {
    if (retainedDays < 0) {
      throw new IllegalArgumentException("retainedDays must not be negative: " + retainedDays);
    }
    this.retainedDays = retainedDays;
  }

  @Override
  public int next(AgencyCode agency, LocalDate day) {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(day, "day");
    Key key = new Key(agency, day.toEpochDay());
    AtomicInteger counter = counters.get(key);
    if (counter == null) {
      counter = open(key);
    }
    return counter.incrementAndGet();
  }

  /**
   * The counter of a day seen for the first time, under a lock so that a counter is never dropped
   * and opened again (which would issue its numbers twice).
   */
  private AtomicInteger open(Key key) {
    synchronized (opening) {
      AtomicInteger existing = counters.get(key);
      if (existing != null) {
        return existing;
      }
      if (latestDay != Long.MIN_VALUE && key.day() < latestDay - retainedDays) {
        throw new DossierCodeException(
            DossierCodeException.Reason.DAY_CLOSED,
            "No dossier number can be issued for "
                + LocalDate.ofEpochDay(key.day())
                + ": codes were already issued for "
                + LocalDate.ofEpochDay(latestDay)
                + " and the counters of days more than "
                + retainedDays
                + " days earlier are discarded; check the clock");
      }
      if (key.day() > latestDay) {
        latestDay = key.day();
        long oldest = latestDay - retainedDays;
        if (oldestDay < oldest) {
          counters.keySet().removeIf(k -> k.day() < oldest);
          oldestDay = oldest;
        }
      }
      oldestDay = Math.min(oldestDay, key.day());
      AtomicInteger counter = new AtomicInteger();
      counters.put(key, counter);
      return counter;
    }
  }

  @Override
  public String toString() {
    return "InMemorySequenceStore[" + counters.size() + " counters]";
  }
}
