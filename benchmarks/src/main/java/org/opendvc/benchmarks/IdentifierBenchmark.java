package org.opendvc.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.opendvc.core.id.PersonalIdNumber;
import org.opendvc.core.id.PhoneNumber;
import org.opendvc.core.id.TaxCode;
import org.opendvc.core.place.LegacyProvince;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing and validating identifiers, each beside the regular expression a hand-written validator
 * would use for the same shape (precompiled, so the baseline is as fast as a regex gets). Every
 * method reads the same {@value #BATCH} generated valid values; scores are per value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@OperationsPerInvocation(IdentifierBenchmark.BATCH)
public class IdentifierBenchmark {
  /** Values read by each call of a benchmark method. */
  static final int BATCH = 1024;

  private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");
  private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
  private static final Pattern MOBILE = Pattern.compile("(\\+84|0)[35789][0-9]{8}");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  String[] personalIds;
  String[] taxCodes;
  String[] phones;

  @Setup
  public void generate() {
    Random random = new Random(42);
    LegacyProvince[] provinces = LegacyProvince.values();
    String[] mobilePrefixes = {"032", "039", "070", "081", "086", "090", "091", "096", "098"};
    personalIds = new String[BATCH];
    taxCodes = new String[BATCH];
    phones = new String[BATCH];
    for (int i = 0; i < BATCH; i++) {
      int year = 1930 + random.nextInt(96);
      int centuryAndSex = 2 * ((year - 1900) / 100) + random.nextInt(2);
      personalIds[i] =
          String.format(
              "0%s%d%02d%06d",
              provinces[random.nextInt(provinces.length)].code(),
              centuryAndSex,
              year % 100,
              random.nextInt(1_000_000));
      String nine;
      do {
        nine = String.format("%09d", random.nextInt(1_000_000_000));
      } while (TaxCode.checkDigit(nine).isEmpty());
      taxCodes[i] = nine + TaxCode.checkDigit(nine).getAsInt();
      phones[i] =
          mobilePrefixes[random.nextInt(mobilePrefixes.length)]
              + String.format("%07d", random.nextInt(10_000_000));
    }
  }

  /** Baseline: a personal identification number is twelve digits. */
  @Benchmark
  public int personalIdRegex() {
    int valid = 0;
    for (String id : personalIds) {
      if (TWELVE_DIGITS.matcher(id).matches()) {
        valid++;
      }
    }
    return valid;
  }

  /** Parse, check the province, the century and the birth year against the clock, decode. */
  @Benchmark
  public int personalIdParse() {
    int valid = 0;
    for (String id : personalIds) {
      if (PersonalIdNumber.parse(id, CLOCK).isValid()) {
        valid++;
      }
    }
    return valid;
  }

  /** Baseline: a tax code is ten digits. */
  @Benchmark
  public int taxCodeRegex() {
    int valid = 0;
    for (String code : taxCodes) {
      if (TEN_DIGITS.matcher(code).matches()) {
        valid++;
      }
    }
    return valid;
  }

  /** Parse and check the check digit. */
  @Benchmark
  public int taxCodeParse() {
    int valid = 0;
    for (String code : taxCodes) {
      if (TaxCode.parse(code, CLOCK).isValid()) {
        valid++;
      }
    }
    return valid;
  }

  /** Baseline: the mobile regex public validators use (0 or +84, then 3, 5, 7, 8 or 9). */
  @Benchmark
  public int phoneRegex() {
    int valid = 0;
    for (String phone : phones) {
      if (MOBILE.matcher(phone).matches()) {
        valid++;
      }
    }
    return valid;
  }

  /** Normalise, check the prefix against the numbering plan, classify. */
  @Benchmark
  public int phoneParse() {
    int valid = 0;
    for (String phone : phones) {
      if (PhoneNumber.parse(phone).isValid()) {
        valid++;
      }
    }
    return valid;
  }
}
