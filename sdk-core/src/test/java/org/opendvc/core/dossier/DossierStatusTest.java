package org.opendvc.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DossierStatusTest {
  @ParameterizedTest
  @CsvSource({
    "1, receiving, SUBMITTED",
    "2, new, RECEIVED",
    "3, denied, REFUSED",
    "4, processing, PROCESSING",
    "5, waiting, SUPPLEMENT_REQUESTED",
    "6, paying, PAYMENT_REQUESTED",
    "7, cancelled, WITHDRAWN",
    "8, unresolved, STOPPED",
    "9, releasing, COMPLETED",
    "10, done, RESULT_DELIVERED"
  })
  void codesAndPlatformNames_mapToTheSameStatus(int code, String name, DossierStatus status) {
    assertThat(DossierStatus.fromCode(code)).contains(status);
    assertThat(DossierStatus.fromPlatformName(name)).contains(status);
    assertThat(status.code()).isEqualTo(code);
  }

  @Test
  void fromCode_outsideOneToTen_isEmpty() {
    assertThat(DossierStatus.fromCode(0)).isEmpty();
    assertThat(DossierStatus.fromCode(11)).isEmpty();
  }

  @Test
  void fromPlatformName_unknownMeanings_areEmpty() {
    assertThat(DossierStatus.fromPlatformName("interoperating")).isEmpty();
    assertThat(DossierStatus.fromPlatformName("posting")).isEmpty();
    assertThat(DossierStatus.fromPlatformName(" Processing ")).contains(DossierStatus.PROCESSING);
  }

  @Test
  void groups_followDecision766Statistics() {
    assertThat(DossierStatus.RECEIVED.group()).isEqualTo(DossierStatus.StatusGroup.IN_PROGRESS);
    assertThat(DossierStatus.WITHDRAWN.group()).isEqualTo(DossierStatus.StatusGroup.FINISHED);
    assertThat(DossierStatus.STOPPED.group()).isEqualTo(DossierStatus.StatusGroup.WAITING);
    assertThat(DossierStatus.SUBMITTED.group()).isEqualTo(DossierStatus.StatusGroup.NONE);
  }

  @Test
  void onlyWaitingForTheApplicant_stopsTheClock() {
    assertThat(DossierStatus.values())
        .filteredOn(DossierStatus::stopsTheClock)
        .containsExactlyInAnyOrder(
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PAYMENT_REQUESTED);
  }

  @Property
  void finalStatuses_haveNoWayOut_andOthersHaveOne(@ForAll DossierStatus status) {
    assertThat(StatusTransitions.from(status).isEmpty()).isEqualTo(status.isFinal());
  }

  @Property
  void noStatus_movesToItself(@ForAll DossierStatus status) {
    assertThat(StatusTransitions.isAllowed(status, status)).isFalse();
  }

  @Test
  void deliveredDossier_cannotReopen() {
    for (DossierStatus to : DossierStatus.values()) {
      assertThat(StatusTransitions.isAllowed(DossierStatus.RESULT_DELIVERED, to)).isFalse();
    }
  }

  @Test
  void everyStatus_isReachableFromSubmission() {
    java.util.Set<DossierStatus> seen = java.util.EnumSet.of(DossierStatus.SUBMITTED);
    java.util.Deque<DossierStatus> todo = new java.util.ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      for (DossierStatus next : StatusTransitions.from(todo.pop())) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(DossierStatus.values());
  }
}
