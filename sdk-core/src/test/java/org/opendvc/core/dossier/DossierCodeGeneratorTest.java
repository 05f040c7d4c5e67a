package org.opendvc.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.core.id.DossierCode;

class DossierCodeGeneratorTest {
  private static final AgencyCode H56 = AgencyCode.of("000.00.00.H56");
  private static final AgencyCode H22 = AgencyCode.of("000.00.01.H22");

  @TempDir Path folder;

  @Test
  void next_countsWithinTheDayPerAgency_andStartsAgainTheNextDay() {
    TestClock clock = TestClock.at("2026-03-09T08:00");
    DossierCodeGenerator generator = DossierCodeGenerator.inMemory(clock);

    assertThat(generator.next(H56).value()).isEqualTo("000.00.00.H56-260309-0001");
    assertThat(generator.next(H56).value()).isEqualTo("000.00.00.H56-260309-0002");
    assertThat(generator.next(H22).value()).isEqualTo("000.00.01.H22-260309-0001");
    clock.set("2026-03-10T08:00");
    assertThat(generator.next(H56).value()).isEqualTo("000.00.00.H56-260310-0001");
  }

  @Test
  void next_readsTheDayInVietnam() {
    // 17:30 UTC on 8 March is 00:30 on 9 March in Asia/Ho_Chi_Minh.
    TestClock clock = new TestClock(java.time.Instant.parse("2026-03-08T17:30:00Z"));
    assertThat(DossierCodeGenerator.inMemory(clock).next(H56).received())
        .isEqualTo(LocalDate.of(2026, 3, 9));
  }

  @Test
  void next_past9999_isAnExplicitError_andTheDayStaysExhausted() {
    DossierCodeGenerator generator =
        DossierCodeGenerator.inMemory(TestClock.at("2026-03-09T08:00"));
    DossierCode last = null;
    for (int i = 0; i < DossierCode.MAX_SEQUENCE; i++) {
      last = generator.next(H56);
    }
    assertThat(last.value()).isEqualTo("000.00.00.H56-260309-9999");
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> generator.next(H56))
          .isInstanceOf(DossierCodeException.class)
          .hasMessageContaining("000.00.00.H56 has used all 9999 dossier numbers of 2026-03-09")
          .extracting(e -> ((DossierCodeException) e).reason())
          .isEqualTo(DossierCodeException.Reason.SEQUENCE_EXHAUSTED);
    }
    assertThat(generator.next(H22).sequence()).isEqualTo(1);
  }

  @Test
  void aStoreThatReturnsZero_isReportedAsAFailedStore() {
    DossierCodeGenerator generator =
        new DossierCodeGenerator((agency, day) -> 0, TestClock.at("2026-03-09T08:00"));
    assertThatThrownBy(() -> generator.next(H56))
        .extracting(e -> ((DossierCodeException) e).reason())
        .isEqualTo(DossierCodeException.Reason.STORE_FAILED);
  }

  @Test
  void inMemoryStore_refusesADayOlderThanItKeeps_butServesTheDayBefore() {
    InMemorySequenceStore store = new InMemorySequenceStore();
    LocalDate today = LocalDate.of(2026, 3, 9);
    assertThat(store.next(H56, today)).isEqualTo(1);
    assertThat(store.next(H56, today.minusDays(1))).isEqualTo(1);
    assertThat(store.next(H56, today.minusDays(7))).isEqualTo(1);
    assertThatThrownBy(() -> store.next(H56, today.minusDays(8)))
        .extracting(e -> ((DossierCodeException) e).reason())
        .isEqualTo(DossierCodeException.Reason.DAY_CLOSED);
    assertThat(store.next(H56, today)).isEqualTo(2);

    InMemorySequenceStore longer = new InMemorySequenceStore(30);
    longer.next(H56, today);
    assertThat(longer.next(H56, today.minusDays(30))).isEqualTo(1);
    assertThat(longer.next(H56, today.plusDays(10))).isEqualTo(1);
    assertThat(longer.next(H56, today.minusDays(19))).isEqualTo(1);
    assertThatThrownBy(() -> longer.next(H56, today.minusDays(21)))
        .isInstanceOf(DossierCodeException.class);
  }

  /** Codes issued by {@code threads} threads, {@code each} apiece, all starting together. */
  private static List<DossierCode> concurrently(
      int threads, int each, Supplier<DossierCodeGenerator> generators) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<DossierCode>>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      DossierCodeGenerator generator = generators.get();
      Callable<List<DossierCode>> work =
          () -> {
            start.await();
            List<DossierCode> codes = new ArrayList<>(each);
            for (int i = 0; i < each; i++) {
              codes.add(generator.next(H56));
            }
            return codes;
          };
      futures.add(pool.submit(work));
    }
    start.countDown();
    List<DossierCode> all = new ArrayList<>();
    for (Future<List<DossierCode>> f : futures) {
      all.addAll(f.get());
    }
    pool.shutdown();
    return all;
  }

  private static void assertNoDuplicatesNoGaps(List<DossierCode> codes) {
    Set<Integer> numbers = new TreeSet<>();
    for (DossierCode code : codes) {
      assertThat(numbers.add(code.sequence())).as("duplicate %s", code).isTrue();
    }
    assertThat(numbers).hasSize(codes.size());
    assertThat(numbers).first().isEqualTo(1);
    assertThat(((TreeSet<Integer>) numbers).last()).isEqualTo(codes.size());
  }

  @Test
  void manyThreads_getNoDuplicateAndNoGap_inMemory() throws Exception {
    DossierCodeGenerator shared = DossierCodeGenerator.inMemory(TestClock.at("2026-03-09T08:00"));
    assertNoDuplicatesNoGaps(concurrently(8, 1000, () -> shared));
  }

  @Test
  void manyThreadsOverSeveralStoresOnOneFile_getNoDuplicateAndNoGap() throws Exception {
    Path file = folder.resolve("sequences.txt");
    TestClock clock = TestClock.at("2026-03-09T08:00");
    // Each thread has its own store object on the same file, as separate processes would.
    assertNoDuplicatesNoGaps(
        concurrently(4, 25, () -> new DossierCodeGenerator(new FileSequenceStore(file), clock)));
  }

  @Test
  void fileStore_continuesAfterARestart_andKeepsAgenciesApart() throws Exception {
    Path file = folder.resolve("sequences.txt");
    TestClock clock = TestClock.at("2026-03-09T08:00");
    DossierCodeGenerator before = new DossierCodeGenerator(new FileSequenceStore(file), clock);
    before.next(H56);
    before.next(H56);
    before.next(H22);

    DossierCodeGenerator after = new DossierCodeGenerator(new FileSequenceStore(file), clock);

    assertThat(after.next(H56).value()).isEqualTo("000.00.00.H56-260309-0003");
    assertThat(after.next(H22).value()).isEqualTo("000.00.01.H22-260309-0002");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("000.00.00.H56 2026-03-09 3")
        .contains("000.00.01.H22 2026-03-09 2");
    clock.advance(Duration.ofDays(10));
    after.next(H56);
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("days older than the retention are dropped")
        .doesNotContain("2026-03-09");
  }

  @Test
  void fileStore_thatCannotBeRead_isNotResetToZero() throws Exception {
    Path file = folder.resolve("sequences.txt");
    Files.writeString(file, "000.00.00.H56 2026-03-09 forty-two\n");
    DossierCodeGenerator generator =
        new DossierCodeGenerator(new FileSequenceStore(file), TestClock.at("2026-03-09T08:00"));
    assertThatThrownBy(() -> generator.next(H56))
        .isInstanceOf(DossierCodeException.class)
        .hasMessageContaining("line 1")
        .extracting(e -> ((DossierCodeException) e).reason())
        .isEqualTo(DossierCodeException.Reason.STORE_FAILED);
    assertThat(Files.readString(file)).contains("forty-two");
  }

  @Test
  void fileStore_inAMissingFolder_failsWithTheStoreReason() {
    FileSequenceStore store = new FileSequenceStore(folder.resolve("missing").resolve("s.txt"));
    assertThatThrownBy(() -> store.next(H56, LocalDate.of(2026, 3, 9)))
        .extracting(e -> ((DossierCodeException) e).reason())
        .isEqualTo(DossierCodeException.Reason.STORE_FAILED);
  }

  @Test
  void twoProcessesOnOneFile_getNoDuplicateAndNoGap() throws Exception {
    Path file = folder.resolve("sequences.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      processes.add(
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  SequenceFileClient.class.getName(),
                  file.toString(),
                  "60")
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start());
    }
    List<Integer> numbers = new ArrayList<>();
    for (Process process : processes) {
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).isZero();
      out.lines().map(Integer::parseInt).forEach(numbers::add);
    }
    assertThat(numbers).hasSize(120).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(numbers)).first().isEqualTo(1);
    assertThat(new TreeSet<>(numbers).last()).isEqualTo(120);
  }
}
