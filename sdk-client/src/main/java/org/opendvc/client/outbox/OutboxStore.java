package org.opendvc.client.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import org.opendvc.client.internal.WireJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's journal on disk: an append-only file of framed records, each {@code [length:
 * int][CRC32C: int][JSON payload]}, after an 8-byte magic header.
 *
 * <p>An entry is added by an {@code A} record, fsynced before {@link Outbox} accepts it. A progress
 * batch is marked as attempted ({@code T}, fsynced) before it is sent, so after a crash the outbox
 * knows to check with the portal before sending it again. Deliveries ({@code K}) and dead letters
 * ({@code X}) are appended without fsync: losing one in a power cut only causes a check or a
 * harmless resend. When most records are obsolete the journal is rewritten to a new file, fsynced,
 * and moved over the old one atomically.
 *
 * <p>Recovery reads records until the first one that is incomplete or fails its checksum, which is
 * what a crash in the middle of an append leaves, and truncates the file there: a kill at any byte
 * leaves a readable journal. A lock file keeps a second process (or a second outbox in this one)
 * from writing to the same directory.
 *
 * <p>Not thread-safe on its own; {@link Outbox} serialises access.
 */
public final class OutboxStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxStore.class);
  private static final byte[] MAGIC = "ODVCOBX1".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_RECORD = 64 * 1024 * 1024;
  static final String JOURNAL = "outbox.journal";
  private static final String LOCK = "outbox.lock";

  /** An entry as the journal knows it. */
  static final class Stored {
    final OutboxEntry entry;
    final JsonNode payload;
    boolean attempted;
    boolean dead;

    Stored(OutboxEntry entry, JsonNode payload) {
      this.entry = entry;
      this.payload = payload;
    }
  }

  private final Path directory;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private FileChannel journal;
  private final Map<Long, Stored> entries = new LinkedHashMap<>();
  private final LinkedHashSet<String> delivered = new LinkedHashSet<>();
  private final int rememberDelivered;
  private long nextSequence = 1;
  private long obsoleteRecords;
  private long discardedBytes;

  private OutboxStore(Path directory, int rememberDelivered) throws IOException {
    this.directory = directory;
    this.rememberDelivered = rememberDelivered;
    Files.createDirectories(directory);
    lockChannel =
        FileChannel.open(
            directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock acquired;
    try {
      acquired = lockChannel.tryLock();
    } catch (OverlappingFileLockException e) {
      acquired = null;
    }
    if (acquired == null) {
      lockChannel.close();
      throw new OutboxException(
          "Another outbox (in this or another process) is using " + directory, null);
    }
    lock = acquired;
    journal = openJournal(directory.resolve(JOURNAL));
  }

  /**
   * Opens the journal in {@code directory}, creating it if needed, and recovers what it holds.
   *
   * @throws OutboxException if the directory cannot be used or another outbox holds it
   */
  public static OutboxStore open(Path directory) {
    return open(directory, 100_000);
  }

  static OutboxStore open(Path directory, int rememberDelivered) {
    try {
      return new OutboxStore(directory, rememberDelivered);
    } catch (IOException e) {
      throw new OutboxException("Cannot open the outbox in " + directory, e);
    }
  }

  private FileChannel openJournal(Path file) throws IOException {
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    long size = channel.size();
    if (size < MAGIC.length) {
      // New, or torn while writing the header.
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(MAGIC), 0);
      channel.force(true);
      forceDirectory();
      channel.position(MAGIC.length);
      return channel;
    }
    ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
    channel.read(magic, 0);
    if (!java.util.Arrays.equals(magic.array(), MAGIC)) {
      channel.close();
      throw new OutboxException(file + " is not an OpenDVC outbox journal", null);
    }
    long good = replay(channel, size);
    if (good < size) {
      discardedBytes = size - good;
      LOG.warn(
          "outbox journal had a torn or corrupt tail; truncating bytes={} file={}",
          discardedBytes,
          file);
      channel.truncate(good);
      channel.force(true);
    }
    channel.position(good);
    return channel;
  }

  private long replay(FileChannel channel, long size) throws IOException {
    long position = MAGIC.length;
    ByteBuffer header = ByteBuffer.allocate(8);
    while (position + 8 <= size) {
      header.clear();
      channel.read(header, position);
      header.flip();
      int length = header.getInt();
      int crc = header.getInt();
      if (length <= 0 || length > MAX_RECORD || position + 8 + length > size) {
        return position;
      }
      ByteBuffer body = ByteBuffer.allocate(length);
      channel.read(body, position + 8);
      byte[] bytes = body.array();
      CRC32C check = new CRC32C();
      check.update(bytes);
      if ((int) check.getValue() != crc) {
        return position;
      }
      JsonNode record;
      try {
        record = WireJson.mapper().readTree(bytes);
      } catch (IOException e) {
        return position;
      }
      apply(record);
      position += 8 + length;
    }
    return position;
  }

  private void apply(JsonNode record) {
    String type = record.path("t").asText();
    switch (type) {
      case "A" -> {
        long seq = record.path("s").asLong();
        OutboxEntry entry =
            new OutboxEntry(
                seq,
                OutboxEntry.Kind.valueOf(record.path("k").asText()),
                record.path("d").asText(),
                record.path("key").asText());
        entries.put(seq, new Stored(entry, record.path("p")));
        nextSequence = Math.max(nextSequence, seq + 1);
      }
      case "K" -> {
        for (JsonNode s : record.path("s")) {
          Stored gone = entries.remove(s.asLong());
          if (gone != null) {
            remember(gone.entry.key());
          }
          obsoleteRecords += 2;
        }
      }
      case "X" -> {
        for (JsonNode s : record.path("s")) {
          Stored dead = entries.get(s.asLong());
          if (dead != null) {
            dead.dead = true;
          }
        }
      }
      case "T" -> {
        for (JsonNode s : record.path("s")) {
          Stored tried = entries.get(s.asLong());
          if (tried != null) {
            tried.attempted = true;
          }
          obsoleteRecords++;
        }
      }
      case "D" -> record.path("keys").forEach(k -> remember(k.asText()));
      default -> LOG.warn("outbox journal has an unknown record type={}", type);
    }
  }

  private void remember(String key) {
    delivered.add(key);
    if (delivered.size() > rememberDelivered) {
      delivered.remove(delivered.iterator().next());
    }
  }

  /** The entries not yet delivered, dead letters included, in sequence order. */
  Collection<Stored> entries() {
    return entries.values();
  }

  /** Whether an entry with {@code key} was delivered (among the last ones remembered). */
  boolean wasDelivered(String key) {
    return delivered.contains(key);
  }

  /** How many bytes recovery discarded from a torn tail, for tests and operators. */
  public long discardedBytes() {
    return discardedBytes;
  }

  /** The entries waiting for delivery, oldest first, without the dead letters. */
  public List<OutboxEntry> pending() {
    return entries.values().stream().filter(s -> !s.dead).map(s -> s.entry).toList();
  }

  /** The entries the portal rejected for good. */
  public List<OutboxEntry> deadLetters() {
    return entries.values().stream().filter(s -> s.dead).map(s -> s.entry).toList();
  }

  long nextSequence() {
    return nextSequence++;
  }

  /** Appends new entries and forces them to disk. */
  void add(List<Stored> added) {
    List<ObjectNode> records = new ArrayList<>(added.size());
    for (Stored s : added) {
      records.add(addRecord(s));
    }
    write(records, true);
    for (Stored s : added) {
      entries.put(s.entry.sequence(), s);
    }
  }

  private static ObjectNode addRecord(Stored s) {
    ObjectNode r = WireJson.mapper().createObjectNode();
    r.put("t", "A");
    r.put("s", s.entry.sequence());
    r.put("k", s.entry.kind().name());
    r.put("d", s.entry.dossierCode());
    r.put("key", s.entry.key());
    r.set("p", s.payload);
    return r;
  }

  /** Records, durably, that these entries are about to be sent. */
  void attempted(List<Stored> batch) {
    write(List.of(sequences("T", batch)), true);
    batch.forEach(s -> s.attempted = true);
    obsoleteRecords += batch.size();
  }

  /** Records that these entries were delivered. */
  void delivered(List<Stored> batch) {
    write(List.of(sequences("K", batch)), false);
    for (Stored s : batch) {
      entries.remove(s.entry.sequence());
      remember(s.entry.key());
    }
    obsoleteRecords += 2L * batch.size();
    compactIfWorthwhile();
  }

  /** Records that the portal rejected these entries for good. */
  void dead(List<Stored> batch) {
    write(List.of(sequences("X", batch)), false);
    batch.forEach(s -> s.dead = true);
  }

  private static ObjectNode sequences(String type, List<Stored> batch) {
    ObjectNode r = WireJson.mapper().createObjectNode();
    r.put("t", type);
    ArrayNode s = r.putArray("s");
    batch.forEach(e -> s.add(e.entry.sequence()));
    return r;
  }

  private void write(List<ObjectNode> records, boolean force) {
    try {
      journal.write(frame(records));
      if (force) {
        journal.force(false);
      }
    } catch (IOException e) {
      throw new OutboxException("Cannot write the outbox journal in " + directory, e);
    }
  }

  private static ByteBuffer frame(List<ObjectNode> records) throws IOException {
    List<byte[]> bodies = new ArrayList<>(records.size());
    int total = 0;
    for (ObjectNode r : records) {
      byte[] b = WireJson.mapper().writeValueAsBytes(r);
      bodies.add(b);
      total += 8 + b.length;
    }
    ByteBuffer out = ByteBuffer.allocate(total);
    for (byte[] b : bodies) {
      CRC32C crc = new CRC32C();
      crc.update(b);
      out.putInt(b.length).putInt((int) crc.getValue()).put(b);
    }
    return out.flip();
  }

  private void compactIfWorthwhile() {
    if (obsoleteRecords > 10_000 && obsoleteRecords > 4L * entries.size()) {
      compact();
    }
  }

  /** Rewrites the journal with only what is still needed. */
  void compact() {
    Path target = directory.resolve(JOURNAL);
    Path temp = directory.resolve(JOURNAL + ".compacting");
    try (FileChannel out =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      out.write(ByteBuffer.wrap(MAGIC));
      List<ObjectNode> records = new ArrayList<>();
      if (!delivered.isEmpty()) {
        ObjectNode d = WireJson.mapper().createObjectNode().put("t", "D");
        ArrayNode keys = d.putArray("keys");
        delivered.forEach(keys::add);
        records.add(d);
      }
      List<Stored> attempted = new ArrayList<>();
      List<Stored> dead = new ArrayList<>();
      for (Stored s : entries.values()) {
        records.add(addRecord(s));
        if (s.attempted) {
          attempted.add(s);
        }
        if (s.dead) {
          dead.add(s);
        }
      }
      if (!attempted.isEmpty()) {
        records.add(sequences("T", attempted));
      }
      if (!dead.isEmpty()) {
        records.add(sequences("X", dead));
      }
      out.write(frame(records));
      out.force(true);
    } catch (IOException e) {
      LOG.warn("outbox compaction failed; keeping the old journal error={}", e.toString());
      return;
    }
    try {
      journal.close();
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      forceDirectory();
      journal = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE);
      journal.position(journal.size());
      obsoleteRecords = 0;
    } catch (IOException e) {
      throw new OutboxException("Cannot replace the outbox journal in " + directory, e);
    }
  }

  private void forceDirectory() {
    // Makes a rename or a new file durable; not supported on every platform, hence best effort.
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      LOG.debug("outbox cannot fsync its directory error={}", e.toString());
    }
  }

  /** The stored entry with {@code sequence}, if still there. */
  @Nullable Stored get(long sequence) {
    return entries.get(sequence);
  }

  @Override
  public void close() {
    try {
      journal.close();
    } catch (IOException e) {
      LOG.debug("outbox journal close failed error={}", e.toString());
    }
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      LOG.debug("outbox lock release failed error={}", e.toString());
    }
  }
}
