package org.opendvc.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DvcqgTimeTest {
  @Test
  void format_writesVietnamLocalTime() {
    // 2026-01-31T17:30:00Z is 00:30 on 1 February in Vietnam (UTC+7).
    assertThat(DvcqgTime.format(Instant.parse("2026-01-31T17:30:00Z"))).isEqualTo("20260201003000");
  }

  @Test
  void parse_rejectsImpossibleDatesAndOtherShapes() {
    assertThat(DvcqgTime.parse("20260230120000")).isEmpty();
    assertThat(DvcqgTime.parse("2026-02-01 00:30")).isEmpty();
    assertThat(DvcqgTime.parse("")).isEmpty();
  }

  @Property
  void parse_inverts_format(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long seconds) {
    Instant instant = Instant.ofEpochSecond(seconds).truncatedTo(ChronoUnit.SECONDS);
    assertThat(DvcqgTime.parse(DvcqgTime.format(instant))).contains(instant);
  }
}
