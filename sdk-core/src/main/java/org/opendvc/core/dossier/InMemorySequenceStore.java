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
 * for {@link #RETAINED_DAYS} days before the latest day asked for, so memory stays bounded by the
 * number of agencies; asking for an older day is refused ({@link
 * DossierCodeException.Reason#DAY_CLOSED}) rather than risk issuing a number twice. Two threads
 * that read the clock either side of midnight both get their numbers.
 */
public final class InMemorySequenceStore implements SequenceStore {
  /** How many days before the latest one counters are kept. */
  public static final int RETAINED_DAYS = 7;

  private record Key(AgencyCode agency, long day) {}

  private final ConcurrentHashMap<Key, AtomicInteger> counters = new ConcurrentHashMap<>();
  private final Object opening = new Object();
  private long latestDay = Long.MIN_VALUE;

  /** An empty store. */
  public InMemorySequenceStore() {}

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
      if (latestDay != Long.MIN_VALUE && key.day() < latestDay - RETAINED_DAYS) {
        throw new DossierCodeException(
            DossierCodeException.Reason.DAY_CLOSED,
            "No dossier number can be issued for "
                + LocalDate.ofEpochDay(key.day())
                + ": codes were already issued for "
                + LocalDate.ofEpochDay(latestDay)
                + " and the counters of days more than "
                + RETAINED_DAYS
                + " days earlier are discarded; check the clock");
      }
      if (key.day() > latestDay) {
        latestDay = key.day();
        long oldest = latestDay - RETAINED_DAYS;
        counters.keySet().removeIf(k -> k.day() < oldest);
      }
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
