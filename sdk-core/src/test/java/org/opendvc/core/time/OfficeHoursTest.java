package org.opendvc.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficeHoursTest {
  @Test
  void standard_isEightHoursInTwoSessions() {
    OfficeHours standard = OfficeHours.standard();
    assertThat(standard.perDay()).isEqualTo(Duration.ofHours(8));
    assertThat(standard.opening()).isEqualTo(LocalTime.of(8, 0));
    assertThat(standard.closing()).isEqualTo(LocalTime.of(17, 0));
    assertThat(standard).hasToString("08:00-12:00,13:00-17:00");
  }

  @Test
  void contains_includesBothEndsOfEachSessionButNotTheLunchBreak() {
    OfficeHours standard = OfficeHours.standard();
    assertThat(standard.contains(LocalTime.of(8, 0))).isTrue();
    assertThat(standard.contains(LocalTime.of(12, 0))).isTrue();
    assertThat(standard.contains(LocalTime.of(12, 0, 1))).isFalse();
    assertThat(standard.contains(LocalTime.of(12, 59))).isFalse();
    assertThat(standard.contains(LocalTime.of(17, 0))).isTrue();
    assertThat(standard.contains(LocalTime.of(7, 59, 59))).isFalse();
  }

  @Test
  void parse_readsWhatToStringWrites() {
    OfficeHours summer = OfficeHours.parse("07:00-11:30, 13:30-17:00");
    assertThat(summer.sessions())
        .containsExactly(
            new OfficeHours.Session(LocalTime.of(7, 0), LocalTime.of(11, 30)),
            new OfficeHours.Session(LocalTime.of(13, 30), LocalTime.of(17, 0)));
    assertThat(OfficeHours.parse(summer.toString())).isEqualTo(summer);
    assertThat(summer.perDay()).isEqualTo(Duration.ofHours(8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "8-12", "08:00-12:00;13:00-17:00", "08:00", "08:00-12:00,"})
  void parse_malformed_isRejectedWithTheExpectedForm(String text) {
    assertThatThrownBy(() -> OfficeHours.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("08:00-12:00,13:00-17:00");
  }

  @Test
  void sessions_thatOverlapOrRunBackwards_areRejected() {
    assertThatThrownBy(() -> OfficeHours.parse("08:00-12:00,11:00-13:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> OfficeHours.parse("12:00-08:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end after");
    assertThatThrownBy(() -> OfficeHours.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }
}
