package org.opendvc.core.id;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;

/** What the identifier tests share. */
final class Fixtures {
  /** 15 March 2026, 10:00 in Vietnam: every test reads identifiers as of this date. */
  static final Clock MARCH_2026 =
      Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  /** 30 June 2025, the last day before personal identification numbers became tax codes. */
  static final Clock JUNE_2025 =
      Clock.fixed(Instant.parse("2025-06-30T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private Fixtures() {}

  static List<String> codes(Validated<?> result) {
    return result.diagnostics().stream().map(Diagnostic::code).toList();
  }
}
