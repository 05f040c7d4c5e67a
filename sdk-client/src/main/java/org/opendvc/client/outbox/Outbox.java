package org.opendvc.client.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.opendvc.client.DvcqgClient;
import org.opendvc.client.SyncMode;
import org.opendvc.client.error.DvcqgException;
import org.opendvc.client.error.DvcqgRateLimitException;
import org.opendvc.client.error.DvcqgRequestException;
import org.opendvc.client.error.DvcqgValidationException;
import org.opendvc.client.event.OutboxDelivery;
import org.opendvc.client.internal.Backoff;
import org.opendvc.client.internal.Listeners;
import org.opendvc.client.internal.WireJson;
import org.opendvc.client.outbox.OutboxStore.Stored;
import org.opendvc.client.wire.DossierSyncRecord;
import org.opendvc.client.wire.PortalDossier;
import org.opendvc.client.wire.ProgressRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable outbox for dossier syncs ({@code DongBoHoSoMC}) and progress steps ({@code
 * CapNhatTienDoHoSoMC}), so that nothing is lost while the portal is down or the process restarts.
 *
 * <pre>{@code
 * try (Outbox outbox = Outbox.builder(Path.of("/var/lib/myapp/outbox"), portal).build()) {
 *   outbox.start();
 *   outbox.batch().sync(record).progress(step).commit();   // on disk when this returns
 * }
 * }</pre>
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li><b>Durable.</b> An entry is fsynced to the journal ({@link OutboxStore}) before {@code
 *       commit()} returns; a crash at any point loses nothing accepted.
 *   <li><b>In order per dossier.</b> A dossier's entries are sent one call at a time, in the order
 *       accepted; the next is sent only after the portal acknowledged the previous. Different
 *       dossiers are delivered concurrently ({@code parallelism} senders), and progress steps of up
 *       to ten dossiers share one call.
 *   <li><b>At least once, without duplicates on the portal.</b> A sync is idempotent (the client
 *       switches to an update when the portal says the dossier exists), so it is simply resent. A
 *       progress step is not: the portal would store it twice. So before a progress call is sent it
 *       is marked as attempted in the journal, and a step whose attempt may have been applied (a
 *       timeout, a dropped connection, a 5xx, or a crash mid-call) is never resent blindly: the
 *       outbox first asks the portal ({@code TraCuuHoSo}) and resends only the steps it does not
 *       hold.
 *   <li><b>Deduplicated.</b> A progress step already waiting or recently delivered, identified by
 *       its dossier, time, status and content, is not accepted twice; a sync identical to the one
 *       waiting last for its dossier is not either.
 *   <li><b>Gentle in an outage.</b> Failures back off exponentially with full jitter, per dossier
 *       and, for connection failures, 5xx and 429, for the whole outbox (honouring {@code
 *       Retry-After}), up to {@code maxBackoff}; an outage of hours costs a probe per backoff, not
 *       a storm.
 *   <li><b>Dead letters.</b> An entry the portal rejects for good (validation) is set aside, kept
 *       in the journal and listed by {@link #deadLetters()}; later entries of the dossier go on.
 * </ul>
 *
 * <p>Single writer: one outbox per directory, enforced with a file lock. Restart = build a new
 * outbox over the same directory: it resumes where the last one stopped. Thread-safe.
 */
public final class Outbox implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final DvcqgClient client;
  private final OutboxStore store;
  private final Listeners listeners;
  private final Clock clock;
  private final int parallelism;
  private final Duration baseBackoff;
  private final Duration maxBackoff;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<String, ArrayDeque<Stored>> queues = new LinkedHashMap<>();
  private final Map<String, Integer> failures = new HashMap<>();
  private final Map<String, Instant> notBefore = new HashMap<>();
  private final Set<String> inFlight = new HashSet<>();
  private final Set<String> onPortal = new HashSet<>();
  private final Set<Long> solo = new HashSet<>();
  private final List<Thread> workers = new ArrayList<>();
  private Instant pausedUntil = Instant.MIN;
  private int outageStreak;
  private int pendingCount;
  private boolean running;
  private boolean closed;

  private Outbox(Builder b) {
    this.client = b.client;
    this.store = OutboxStore.open(b.directory);
    this.listeners = new Listeners(b.client.config().listener());
    this.clock = b.clock;
    this.parallelism = b.parallelism;
    this.baseBackoff = b.baseBackoff;
    this.maxBackoff = b.maxBackoff;
    for (Stored s : store.entries()) {
      if (!s.dead) {
        queue(s);
      }
    }
    if (pendingCount > 0) {
      LOG.debug("outbox resumed pending={}", pendingCount);
    }
  }

  /** A builder for an outbox in {@code directory}, delivering through {@code client}. */
  public static Builder builder(Path directory, DvcqgClient client) {
    return new Builder(directory, client);
  }

  private void queue(Stored s) {
    queues.computeIfAbsent(s.entry.dossierCode(), d -> new ArrayDeque<>()).add(s);
    pendingCount++;
  }

  /** A batch of entries to accept together, with one write to disk. */
  public Batch batch() {
    return new Batch();
  }

  /**
   * Accepts a dossier sync; on disk when this returns.
   *
   * @return false if it duplicates the sync already waiting last for the dossier
   * @throws OutboxException if the journal cannot be written
   */
  public boolean enqueueSync(DossierSyncRecord record) {
    return batch().sync(record).commit() == 1;
  }

  /**
   * Accepts a progress step; on disk when this returns.
   *
   * @return false if the same step is already waiting or was delivered
   * @throws OutboxException if the journal cannot be written
   */
  public boolean enqueueProgress(ProgressRecord step) {
    return batch().progress(step).commit() == 1;
  }

  /** Entries accepted together. Not thread-safe; commit once. */
  public final class Batch {
    private final List<Object> items = new ArrayList<>();

    private Batch() {}

    /** Adds a dossier sync. */
    public Batch sync(DossierSyncRecord record) {
      items.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds a progress step. */
    public Batch progress(ProgressRecord step) {
      items.add(Objects.requireNonNull(step, "step"));
      return this;
    }

    /**
     * Writes the entries to disk, in order, and makes them deliverable.
     *
     * @return how many were accepted (duplicates are skipped)
     * @throws OutboxException if the journal cannot be written; then none was accepted
     */
    public int commit() {
      lock.lock();
      try {
        if (closed) {
          throw new IllegalStateException("The outbox is closed");
        }
        List<Stored> added = new ArrayList<>();
        Set<String> keysInBatch = new HashSet<>();
        Map<String, String> lastSyncKey = new HashMap<>();
        for (Object item : items) {
          OutboxEntry.Kind kind =
              item instanceof DossierSyncRecord ? OutboxEntry.Kind.SYNC : OutboxEntry.Kind.PROGRESS;
          String dossier =
              item instanceof DossierSyncRecord r
                  ? r.dossierCode()
                  : ((ProgressRecord) item).dossierCode();
          JsonNode payload = WireJson.mapper().valueToTree(item);
          String key = key(kind, dossier, payload);
          if (kind == OutboxEntry.Kind.PROGRESS
              ? keysInBatch.contains(key) || store.wasDelivered(key) || isWaiting(dossier, key)
              : key.equals(lastSyncKey.getOrDefault(dossier, lastWaitingSyncKey(dossier)))) {
            continue;
          }
          keysInBatch.add(key);
          if (kind == OutboxEntry.Kind.SYNC) {
            lastSyncKey.put(dossier, key);
          } else {
            lastSyncKey.put(dossier, "");
          }
          added.add(new Stored(new OutboxEntry(store.nextSequence(), kind, dossier, key), payload));
        }
        if (added.isEmpty()) {
          return 0;
        }
        store.add(added);
        added.forEach(Outbox.this::queue);
        changed.signalAll();
        return added.size();
      } finally {
        lock.unlock();
      }
    }
  }

  private boolean isWaiting(String dossier, String key) {
    ArrayDeque<Stored> q = queues.get(dossier);
    return q != null && q.stream().anyMatch(s -> s.entry.key().equals(key));
  }

  private @Nullable String lastWaitingSyncKey(String dossier) {
    ArrayDeque<Stored> q = queues.get(dossier);
    if (q == null || q.isEmpty()) {
      return null;
    }
    Stored last = q.peekLast();
    return last.entry.kind() == OutboxEntry.Kind.SYNC ? last.entry.key() : null;
  }

  private static String key(OutboxEntry.Kind kind, String dossier, JsonNode payload) {
    String identity;
    if (kind == OutboxEntry.Kind.PROGRESS) {
      identity =
          payload.path("ThoiDiemXuLy").asText()
              + "|"
              + payload.path("TrangThai").asText()
              + "|"
              + payload.path("NoiDungXuLy").asText();
    } else {
      identity = payload.toString();
    }
    return kind.name().toLowerCase() + ":" + dossier + ":" + sha256(identity);
  }

  private static String sha256(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** Starts the sender threads. Entries are delivered in the background until {@link #close()}. */
  public void start() {
    lock.lock();
    try {
      if (running || closed) {
        return;
      }
      running = true;
      for (int i = 0; i < parallelism; i++) {
        Thread t = new Thread(this::work, "dvcqg-outbox-" + i);
        t.setDaemon(true);
        workers.add(t);
        t.start();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Delivers, on the calling thread, every entry that is due now, and returns how many were
   * acknowledged. For applications that prefer to drive delivery from their own scheduler instead
   * of {@link #start()}, and for tests.
   */
  public int deliverDue() {
    int delivered = 0;
    while (true) {
      Task task;
      lock.lock();
      try {
        task = pick(clock.instant());
      } finally {
        lock.unlock();
      }
      if (task == null) {
        return delivered;
      }
      delivered += run(task);
    }
  }

  /** The entries waiting for delivery, oldest first. */
  public List<OutboxEntry> pending() {
    lock.lock();
    try {
      return store.pending();
    } finally {
      lock.unlock();
    }
  }

  /** How many entries wait for delivery. */
  public int pendingCount() {
    lock.lock();
    try {
      return pendingCount;
    } finally {
      lock.unlock();
    }
  }

  /** The entries the portal rejected for good; they are kept in the journal and not retried. */
  public List<OutboxEntry> deadLetters() {
    lock.lock();
    try {
      return store.deadLetters();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until nothing is pending, or {@code timeout} passes.
   *
   * @return whether the outbox is drained
   * @throws InterruptedException if interrupted while waiting
   */
  public boolean awaitDrained(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (pendingCount > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        changed.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** What one sender does next. */
  private record Task(Kind kind, String dossier, List<Stored> entries) {
    enum Kind {
      SYNC,
      PROGRESS,
      VERIFY
    }
  }

  private void work() {
    while (true) {
      Task task;
      lock.lock();
      try {
        task = null;
        while (running && (task = pick(clock.instant())) == null) {
          changed.await(waitFor(clock.instant()), TimeUnit.NANOSECONDS);
        }
        if (!running) {
          return;
        }
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
      try {
        run(task);
      } catch (RuntimeException e) {
        LOG.warn("outbox sender failed unexpectedly error={}", e.toString());
      }
    }
  }

  /** How long a sender may sleep before something can be due: the earliest backoff to end. */
  private long waitFor(Instant now) {
    long nanos = TimeUnit.SECONDS.toNanos(1);
    if (pausedUntil.isAfter(now)) {
      nanos = Math.min(nanos, Duration.between(now, pausedUntil).toNanos());
    }
    for (Instant t : notBefore.values()) {
      if (t.isAfter(now)) {
        nanos = Math.min(nanos, Duration.between(now, t).toNanos());
      }
    }
    return Math.max(TimeUnit.MILLISECONDS.toNanos(1), nanos);
  }

  /** The next task due, marking its dossiers in flight; null if none. Holds the lock. */
  private @Nullable Task pick(Instant now) {
    if (now.isBefore(pausedUntil)) {
      return null;
    }
    List<Stored> progress = new ArrayList<>();
    for (Map.Entry<String, ArrayDeque<Stored>> e : queues.entrySet()) {
      String dossier = e.getKey();
      if (inFlight.contains(dossier) || e.getValue().isEmpty()) {
        continue;
      }
      Instant wait = notBefore.get(dossier);
      if (wait != null && now.isBefore(wait)) {
        continue;
      }
      Stored head = e.getValue().peekFirst();
      if (head.entry.kind() == OutboxEntry.Kind.SYNC) {
        if (!progress.isEmpty()) {
          continue;
        }
        inFlight.add(dossier);
        return new Task(Task.Kind.SYNC, dossier, List.of(head));
      }
      if (head.attempted) {
        if (!progress.isEmpty()) {
          continue;
        }
        List<Stored> check = new ArrayList<>();
        for (Stored s : e.getValue()) {
          if (s.entry.kind() != OutboxEntry.Kind.PROGRESS || !s.attempted) {
            break;
          }
          check.add(s);
        }
        inFlight.add(dossier);
        return new Task(Task.Kind.VERIFY, dossier, check);
      }
      if (solo.contains(head.entry.sequence())) {
        if (!progress.isEmpty()) {
          continue;
        }
        inFlight.add(dossier);
        return new Task(Task.Kind.PROGRESS, dossier, List.of(head));
      }
      for (Stored s : e.getValue()) {
        if (progress.size() == DvcqgClient.MAX_PROGRESS_BATCH
            || s.entry.kind() != OutboxEntry.Kind.PROGRESS
            || s.attempted
            || solo.contains(s.entry.sequence())) {
          break;
        }
        progress.add(s);
      }
      inFlight.add(dossier);
      if (progress.size() == DvcqgClient.MAX_PROGRESS_BATCH) {
        break;
      }
    }
    if (progress.isEmpty()) {
      return null;
    }
    return new Task(Task.Kind.PROGRESS, "", progress);
  }

  /** Runs a task and records its outcome; returns how many entries were acknowledged. */
  private int run(Task task) {
    List<Stored> acked = new ArrayList<>();
    List<Stored> dead = new ArrayList<>();
    DvcqgException failure = null;
    try {
      switch (task.kind()) {
        case SYNC -> sync(task.entries().get(0), acked);
        case PROGRESS -> progress(task.entries(), acked);
        case VERIFY -> verify(task.dossier(), task.entries(), acked);
      }
    } catch (DvcqgValidationException | DvcqgRequestException e) {
      if (!e.outcomeUnknown() && task.kind() != Task.Kind.VERIFY) {
        if (task.entries().size() > 1) {
          // Find the one the portal refuses: send each alone.
          lock.lock();
          try {
            task.entries().forEach(s -> solo.add(s.entry.sequence()));
          } finally {
            lock.unlock();
          }
        } else {
          dead.addAll(task.entries());
        }
      }
      failure = e;
    } catch (DvcqgException e) {
      failure = e;
    }
    if (failure != null && !failure.outcomeUnknown() && task.kind() == Task.Kind.PROGRESS) {
      // Surely not applied: no need to ask the portal before sending again.
      lock.lock();
      try {
        task.entries().forEach(s -> s.attempted = false);
      } finally {
        lock.unlock();
      }
    }
    return finish(task, acked, dead, failure);
  }

  private void sync(Stored s, List<Stored> acked) {
    DossierSyncRecord record = read(s, DossierSyncRecord.class);
    boolean known;
    lock.lock();
    try {
      known = onPortal.contains(s.entry.dossierCode());
    } finally {
      lock.unlock();
    }
    client.syncDossier(record, known ? SyncMode.UPDATE : SyncMode.CREATE_OR_UPDATE);
    acked.add(s);
  }

  private void progress(List<Stored> batch, List<Stored> acked) {
    List<ProgressRecord> steps = new ArrayList<>(batch.size());
    for (Stored s : batch) {
      steps.add(read(s, ProgressRecord.class));
    }
    lock.lock();
    try {
      store.attempted(batch);
    } finally {
      lock.unlock();
    }
    client.updateProgress(steps);
    acked.addAll(batch);
  }

  private void verify(String dossier, List<Stored> attempted, List<Stored> acked) {
    Optional<PortalDossier> held = client.lookupDossier(dossier);
    List<Stored> missing = new ArrayList<>();
    for (Stored s : attempted) {
      if (held.isPresent() && held.get().holds(read(s, ProgressRecord.class))) {
        acked.add(s);
      } else {
        missing.add(s);
      }
    }
    lock.lock();
    try {
      // Not on the portal: safe to send again.
      missing.forEach(s -> s.attempted = false);
    } finally {
      lock.unlock();
    }
    LOG.debug(
        "outbox verified dossier={} alreadyApplied={} toResend={}",
        dossier,
        acked.size(),
        missing.size());
  }

  private static <T> T read(Stored s, Class<T> type) {
    try {
      return WireJson.mapper().treeToValue(s.payload, type);
    } catch (JsonProcessingException e) {
      throw new OutboxException("Entry " + s.entry.sequence() + " in the journal is unreadable", e);
    }
  }

  private int finish(
      Task task, List<Stored> acked, List<Stored> dead, @Nullable DvcqgException failure) {
    lock.lock();
    try {
      Instant now = clock.instant();
      Set<String> dossiers = new HashSet<>();
      task.entries().forEach(s -> dossiers.add(s.entry.dossierCode()));
      if (!acked.isEmpty()) {
        store.delivered(acked);
        for (Stored s : acked) {
          dequeue(s);
          solo.remove(s.entry.sequence());
          if (s.entry.kind() == OutboxEntry.Kind.SYNC) {
            onPortal.add(s.entry.dossierCode());
          }
        }
      }
      if (!dead.isEmpty()) {
        store.dead(dead);
        for (Stored s : dead) {
          dequeue(s);
          solo.remove(s.entry.sequence());
          LOG.warn(
              "outbox entry rejected by the portal for good; kept as a dead letter"
                  + " sequence={} kind={} dossier={} error={}",
              s.entry.sequence(),
              s.entry.kind(),
              s.entry.dossierCode(),
              failure == null ? "" : failure.getMessage());
        }
      }
      if (failure == null || !dead.isEmpty()) {
        dossiers.forEach(
            d -> {
              failures.remove(d);
              notBefore.remove(d);
            });
        outageStreak = 0;
      } else {
        for (String d : dossiers) {
          int n = failures.merge(d, 1, Integer::sum);
          notBefore.put(d, now.plus(backoff(n)));
        }
        if (failure.isTransient()) {
          outageStreak++;
          Duration pause = backoff(outageStreak);
          if (failure instanceof DvcqgRateLimitException r && r.retryAfter().isPresent()) {
            Duration asked = r.retryAfter().get();
            pause = asked.compareTo(pause) > 0 ? asked : pause;
          }
          Instant until = now.plus(pause);
          if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
          }
        }
        LOG.debug(
            "outbox delivery failed kind={} entries={} error={}",
            task.kind(),
            task.entries().size(),
            failure.getClass().getSimpleName());
      }
      inFlight.removeAll(dossiers);
      changed.signalAll();
      listeners.outboxDelivery(
          new OutboxDelivery(
              task.kind() == Task.Kind.SYNC ? "sync" : "progress",
              task.entries().size(),
              failure == null && acked.size() == task.entries().size(),
              !dead.isEmpty(),
              pendingCount));
      return acked.size();
    } finally {
      lock.unlock();
    }
  }

  private Duration backoff(int failuresInARow) {
    Duration d =
        Backoff.delay(
            baseBackoff,
            maxBackoff,
            failuresInARow,
            () -> ThreadLocalRandom.current().nextDouble());
    // Never less than half the ceiling's floor, so a probe cannot come back at once.
    return d.compareTo(baseBackoff.dividedBy(2)) < 0 ? baseBackoff.dividedBy(2) : d;
  }

  private void dequeue(Stored s) {
    ArrayDeque<Stored> q = queues.get(s.entry.dossierCode());
    if (q != null && q.remove(s)) {
      pendingCount--;
      if (q.isEmpty()) {
        queues.remove(s.entry.dossierCode());
      }
    }
  }

  /**
   * Stops the senders (waiting for calls in progress, up to a few seconds) and closes the journal.
   * Pending entries stay on disk for the next outbox over the same directory.
   */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      running = false;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    for (Thread t : workers) {
      try {
        t.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    lock.lock();
    try {
      store.close();
    } finally {
      lock.unlock();
    }
  }

  /** Builds an {@link Outbox}. Not thread-safe. */
  public static final class Builder {
    private final Path directory;
    private final DvcqgClient client;
    private Clock clock = Clock.systemUTC();
    private int parallelism = 4;
    private Duration baseBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofMinutes(5);

    private Builder(Path directory, DvcqgClient client) {
      this.directory = Objects.requireNonNull(directory, "directory");
      this.client = Objects.requireNonNull(client, "client");
    }

    /** The clock for backoff deadlines; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How many calls may be in flight at once (each for different dossiers); default 4. */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1");
      }
      this.parallelism = parallelism;
      return this;
    }

    /** The first backoff after a failed delivery; default 1 s. */
    public Builder baseBackoff(Duration baseBackoff) {
      this.baseBackoff = Objects.requireNonNull(baseBackoff, "baseBackoff");
      return this;
    }

    /** The longest backoff, however long the outage; default 5 min. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Opens the outbox and recovers what its journal holds. Call {@link Outbox#start()} to begin
     * delivering.
     *
     * @throws OutboxException if the directory cannot be used or another outbox holds it
     */
    public Outbox build() {
      return new Outbox(this);
    }
  }
}
