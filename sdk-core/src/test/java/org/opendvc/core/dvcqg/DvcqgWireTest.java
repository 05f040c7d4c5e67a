package org.opendvc.core.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.GovernmentLevel;
import org.opendvc.core.procedure.ProcessingTimeUnit;

class DvcqgWireTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "50000|50000",
        "50.000|50000",
        "50,000|50000",
        "1.500.000|1500000",
        "1,500,000|1500000",
        "0.5|0.5",
        "1,5|1.5",
        "0.50|0.5",
        "' 7 '|7",
        "007|7",
        "1.0|1"
      })
  void number_readsTheUsualWaysOfWritingANumberInItsShortestForm(String text, String expected) {
    assertThat(DvcqgWire.number(text)).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Miễn phí", "15 ngày", "-1", "1e3", "1.2.3", "50.00.0", "1,"})
  void number_ofAnythingElse_isNull(String text) {
    assertThat(DvcqgWire.number(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "50000, 50000",
    "0.5, 0.5",
    "0.50, 0.5",
    "2.000, 2",
    "5E+4, 50000",
    "0.125, 0.1250",
    "12.345, 12.3450"
  })
  void numberText_writesTheShortestFormThatReadsBackUnambiguously(String value, String text) {
    assertThat(DvcqgWire.numberText(new BigDecimal(value))).isEqualTo(text);
  }

  @Property
  void numberText_readsBackToTheSameValue(
      @ForAll @BigRange(min = "0", max = "100000000") @Scale(4) BigDecimal value) {
    assertThat(DvcqgWire.number(DvcqgWire.numberText(value))).isEqualByComparingTo(value);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "20/11/2014|2014-11-20",
        "1/1/2016|2016-01-01",
        "2014-11-20|2014-11-20",
        "2014-11-20T00:00:00|2014-11-20",
        "20/11/2014 00:00:00|2014-11-20",
        "20-11-2014|2014-11-20",
        "20141120|2014-11-20",
        "20141120083000|2014-11-20"
      })
  void date_readsTheFormatsSeenInPackages(String text, LocalDate expected) {
    assertThat(DvcqgWire.date(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "khoảng 2014", "31/02/2014", "2014/11/20", "11-2014"})
  void date_ofAnythingElse_isNull(String text) {
    assertThat(DvcqgWire.date(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "20/11/2014|05/03/2016",
        "2014-11-20T00:00:00|2016-03-05",
        "20141120|20160305",
        "''|05/03/2016",
        "not a date|05/03/2016"
      })
  void formatDate_writesLikeTheDateItReplaces(String like, String expected) {
    assertThat(DvcqgWire.formatDate(LocalDate.of(2016, 3, 5), like)).isEqualTo(expected);
    assertThat(DvcqgWire.formatDate(LocalDate.of(2016, 3, 5), null)).isEqualTo("05/03/2016");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ngày làm việc|WORKING_DAYS",
        "ngày làm việc|WORKING_DAYS",
        "NGAY LAM VIEC|WORKING_DAYS",
        "Ngày|DAYS",
        "ngày (kể từ ngày nhận đủ hồ sơ)|DAYS",
        "Giờ làm việc|WORKING_HOURS",
        "giờ|HOURS"
      })
  void unit_readsTheUsualWordings(String text, ProcessingTimeUnit unit) {
    assertThat(DvcqgWire.unit(text)).isEqualTo(unit);
    assertThat(DvcqgWire.unit(DvcqgWire.unitText(unit))).isEqualTo(unit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tuần", "tháng", "", "working days"})
  void unit_ofAnythingElse_isNull(String text) {
    assertThat(DvcqgWire.unit(text)).isNull();
  }

  @Test
  void codes_roundTripForEveryConstant() {
    for (GovernmentLevel level : GovernmentLevel.values()) {
      assertThat(DvcqgWire.level(DvcqgWire.levelCode(level))).isEqualTo(level);
    }
    for (ChannelKind kind : ChannelKind.values()) {
      assertThat(DvcqgWire.channel(DvcqgWire.channelCode(kind))).isEqualTo(kind);
    }
    assertThat(DvcqgWire.level("4")).isNull();
    assertThat(DvcqgWire.channel("0")).isNull();
    assertThat(DvcqgWire.onlineLevel("2")).isNull();
  }
}
