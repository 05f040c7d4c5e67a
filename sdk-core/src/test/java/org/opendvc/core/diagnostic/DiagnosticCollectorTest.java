package org.opendvc.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opendvc.core.json.JsonDiagnostics;

class DiagnosticCollectorTest {

  @Test
  void collector_keepsDiagnosticsInOrderAndCountsErrors() {
    DiagnosticCollector sink = new DiagnosticCollector();
    assertThat(sink.isEmpty()).isTrue();

    sink.add(JsonDiagnostics.BLANK.at("/a").withSeverity(Severity.INFO));
    sink.add(JsonDiagnostics.REQUIRED_MISSING, "/b", "b");
    sink.addAll(java.util.List.of(JsonDiagnostics.BLANK.at("/c")));

    assertThat(sink.isEmpty()).isFalse();
    assertThat(sink.errorCount()).isEqualTo(2);
    assertThat(sink.hasErrors()).isTrue();
    assertThat(sink.toList()).extracting(Diagnostic::pointer).containsExactly("/a", "/b", "/c");
    assertThat(sink.toList().get(1).message().en()).isEqualTo("Required member \"b\" is missing");
  }

  @Test
  void toList_isASnapshotThatCannotBeModified() {
    DiagnosticCollector sink = new DiagnosticCollector();
    sink.add(JsonDiagnostics.BLANK.at("/a"));
    var snapshot = sink.toList();
    sink.add(JsonDiagnostics.BLANK.at("/b"));

    assertThat(snapshot).hasSize(1);
    assertThatThrownBy(() -> snapshot.add(JsonDiagnostics.BLANK.at("/c")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
