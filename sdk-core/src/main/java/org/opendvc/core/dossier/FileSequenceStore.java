package org.opendvc.core.dossier;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.opendvc.core.id.AgencyCode;

/**
 * Daily sequences in a small text file, one line per agency and day ({@code 000.00.00.H56
 * 2026-03-09 42}: the last number issued), so that codes continue where they stopped after a
 * restart.
 *
 * <p><b>Guarantees.</b> Each call takes a lock, reads the file, writes the new state to a temporary
 * file in the same folder, forces it to disk and renames it over the old one atomically; only then
 * is the number returned. So a number is never issued twice, across restarts and crashes: the file
 * is always either the state before a call or the state after it. A crash after the rename but
 * before the caller uses the number leaves a gap, the price of that guarantee. The lock is an
 * in-process lock per file plus an operating-system lock on a sibling {@code .lock} file ({@link
 * FileChannel#lock()}), so several threads and several processes on one machine can share a file as
 * long as they all use this class. Network file systems may not honour the lock: use a database
 * store there.
 *
 * <p>Like {@link InMemorySequenceStore}, the file keeps the {@link
 * InMemorySequenceStore#RETAINED_DAYS} days before the latest day it has seen and refuses older
 * ones. Every code costs a read, a write and a forced sync of a file of a few lines: a few hundred
 * to a few thousand codes per second, depending on the disk. A file that cannot be read as this
 * format is not repaired: {@link DossierCodeException.Reason#STORE_FAILED}, since starting again
 * from zero would issue numbers twice.
 */
public final class FileSequenceStore implements SequenceStore {
  private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
  private static final String HEADER = "# OpenDVC dossier code sequences: agency day last-number";

  private record Key(String agency, LocalDate day) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byAgency = agency.compareTo(other.agency);
      return byAgency != 0 ? byAgency : day.compareTo(other.day);
    }
  }

  private final Path file;
  private final Path lockFile;
  private final ReentrantLock lock;

  /**
   * A store in {@code file}, created on first use; its folder must exist. A sibling file with the
   * suffix {@code .lock} is created to lock it.
   */
  public FileSequenceStore(Path file) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    this.lock = LOCKS.computeIfAbsent(this.file, f -> new ReentrantLock());
  }

  /** The file the sequences are kept in. */
  public Path file() {
    return file;
  }

  @Override
  public int next(AgencyCode agency, LocalDate day) {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(day, "day");
    lock.lock();
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      if (!held.isValid()) {
        throw new IOException("the lock on " + lockFile + " was lost");
      }
      Map<Key, Integer> state = read();
      LocalDate latest =
          state.keySet().stream().map(Key::day).max(LocalDate::compareTo).orElse(day);
      if (day.isBefore(latest.minusDays(InMemorySequenceStore.RETAINED_DAYS))) {
        throw new DossierCodeException(
            DossierCodeException.Reason.DAY_CLOSED,
            "No dossier number can be issued for "
                + day
                + ": "
                + file
                + " already holds "
                + latest
                + " and discards days more than "
                + InMemorySequenceStore.RETAINED_DAYS
                + " days earlier; check the clock");
      }
      Key key = new Key(agency.value(), day);
      int number = state.getOrDefault(key, 0) + 1;
      state.put(key, number);
      LocalDate oldest =
          (day.isAfter(latest) ? day : latest).minusDays(InMemorySequenceStore.RETAINED_DAYS);
      state.keySet().removeIf(k -> k.day().isBefore(oldest));
      write(state);
      return number;
    } catch (IOException e) {
      throw new DossierCodeException(
          DossierCodeException.Reason.STORE_FAILED,
          "Cannot update the dossier sequences in " + file + ": " + e.getMessage(),
          e);
    } finally {
      lock.unlock();
    }
  }

  private Map<Key, Integer> read() throws IOException {
    Map<Key, Integer> state = new TreeMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return state;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+");
      try {
        if (parts.length != 3) {
          throw new IllegalArgumentException("expected three fields");
        }
        AgencyCode agency = AgencyCode.parse(parts[0]).orElseThrow();
        int number = Integer.parseInt(parts[2]);
        if (number < 0) {
          throw new IllegalArgumentException("negative number");
        }
        state.put(new Key(agency.value(), LocalDate.parse(parts[1])), number);
      } catch (RuntimeException e) {
        throw new DossierCodeException(
            DossierCodeException.Reason.STORE_FAILED,
            file
                + " line "
                + (i + 1)
                + " is not 'agency yyyy-MM-dd last-number'; fix or restore the file rather than"
                + " delete it, or numbers already issued will be issued again",
            e);
      }
    }
    return state;
  }

  private void write(Map<Key, Integer> state) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    state.forEach(
        (key, number) ->
            text.append(key.agency())
                .append(' ')
                .append(key.day())
                .append(' ')
                .append(number)
                .append('\n'));
    Path folder = file.getParent();
    Path temp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        out.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system cannot rename atomically", e);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    syncFolder(folder);
  }

  /** Makes the rename durable where the platform allows forcing a folder (not on Windows). */
  private static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // The rename is atomic already; only its durability across a power cut is at stake.
    }
  }

  @Override
  public String toString() {
    return "FileSequenceStore[" + file + "]";
  }
}
