package org.opendvc.client.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendvc.client.internal.WireJson;

class OutboxStoreTest {
  private static void add(OutboxStore store, int n) {
    List<OutboxStore.Stored> batch = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      batch.add(
          new OutboxStore.Stored(
              new OutboxEntry(
                  store.nextSequence(),
                  OutboxEntry.Kind.SYNC,
                  "D" + i,
                  "k" + store.entries().size() + i),
              WireJson.mapper().createObjectNode().put("MaHoSo", "D" + i)));
    }
    store.add(batch);
  }

  @Test
  void open_afterATornAppendAtAnyByte_keepsEveryWholeRecordAndTruncatesTheRest(@TempDir Path dir)
      throws Exception {
    Path source = dir.resolve("source");
    try (OutboxStore store = OutboxStore.open(source)) {
      add(store, 3);
    }
    Path journal = source.resolve(OutboxStore.JOURNAL);
    long whole = Files.size(journal);
    try (OutboxStore store = OutboxStore.open(source)) {
      add(store, 1);
    }
    long withFourth = Files.size(journal);
    byte[] bytes = Files.readAllBytes(journal);
    for (long cut = whole; cut < withFourth; cut++) {
      Path copy = dir.resolve("cut" + cut);
      Files.createDirectories(copy);
      Path target = copy.resolve(OutboxStore.JOURNAL);
      Files.write(target, java.util.Arrays.copyOf(bytes, (int) cut));
      try (OutboxStore store = OutboxStore.open(copy)) {
        assertThat(store.pending()).as("cut at %d", cut).hasSize(3);
        assertThat(Files.size(target)).isEqualTo(whole);
      }
    }
  }

  @Test
  void open_whenTheTailIsGarbage_discardsIt(@TempDir Path dir) throws Exception {
    try (OutboxStore store = OutboxStore.open(dir)) {
      add(store, 2);
    }
    try (RandomAccessFile f =
        new RandomAccessFile(dir.resolve(OutboxStore.JOURNAL).toFile(), "rw")) {
      f.seek(f.length());
      f.write(new byte[] {0, 0, 0, 20, 1, 2, 3, 4, 'x', 'y'});
    }
    try (OutboxStore store = OutboxStore.open(dir)) {
      assertThat(store.pending()).hasSize(2);
      assertThat(store.discardedBytes()).isEqualTo(10);
    }
  }

  @Test
  void deliveredEntries_areGoneAfterReopeningAndCompaction(@TempDir Path dir) {
    try (OutboxStore store = OutboxStore.open(dir)) {
      add(store, 5);
      store.delivered(new ArrayList<>(store.entries()).subList(0, 3));
      store.compact();
      assertThat(store.wasDelivered("k00")).isTrue();
    }
    try (OutboxStore store = OutboxStore.open(dir)) {
      assertThat(store.pending()).extracting(OutboxEntry::dossierCode).containsExactly("D3", "D4");
      assertThat(store.wasDelivered("k00")).isTrue();
    }
  }

  @Test
  void open_twice_isRefused(@TempDir Path dir) {
    try (OutboxStore store = OutboxStore.open(dir)) {
      assertThat(store.pending()).isEmpty();
      assertThatThrownBy(() -> OutboxStore.open(dir))
          .isInstanceOf(OutboxException.class)
          .hasMessageContaining("Another outbox");
    }
  }
}
