package org.opendvc.testkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendvc.core.dossier.ApplicantKind;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.DossierDeadlines;
import org.opendvc.core.dossier.DossierJson;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.core.dossier.Timeliness;
import org.opendvc.core.id.Identifier;
import org.opendvc.core.id.IdentifierKind;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.Procedure;

class SyntheticDossiersTest {
  private static final List<Procedure> CATALOG = SyntheticCatalog.generate(6, 7);

  private static SyntheticDossiers generator(long seed) {
    return SyntheticDossiers.builder(CATALOG)
        .seed(seed)
        .window(LocalDate.of(2025, 12, 1), 121)
        .build();
  }

  @Test
  void theSameSeed_givesTheSameDossiers_andAnotherSeedOthers() {
    List<String> first = generator(1).stream(200).map(DossierJson::write).toList();
    List<String> again = generator(1).stream(200).map(DossierJson::write).toList();
    List<String> other = generator(2).stream(200).map(DossierJson::write).toList();
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void aRealisticMix_ofStatusesChannelsApplicantsAndLateness() {
    List<Dossier> dossiers = generator(42).generate(1500);
    Map<DossierStatus, Integer> statuses = new EnumMap<>(DossierStatus.class);
    Set<ChannelKind> channels = EnumSet.noneOf(ChannelKind.class);
    Set<ApplicantKind> applicants = EnumSet.noneOf(ApplicantKind.class);
    Set<Timeliness> timeliness = EnumSet.noneOf(Timeliness.class);
    Set<String> codes = new HashSet<>();
    int supplements = 0;
    int paid = 0;
    int rated = 0;
    int synced = 0;
    for (Dossier d : dossiers) {
      statuses.merge(d.status(), 1, Integer::sum);
      channels.add(d.channel());
      applicants.add(d.applicant().kind());
      timeliness.add(DossierDeadlines.standard().timeliness(d, d.lastEvent().at()));
      assertThat(codes.add(d.code().value())).as("unique codes").isTrue();
      supplements += d.supplements().isEmpty() ? 0 : 1;
      paid += d.payments().isEmpty() ? 0 : 1;
      rated += d.ratings().isEmpty() ? 0 : 1;
      synced += d.syncs().isEmpty() ? 0 : 1;
      for (Identifier id : d.applicant().identifiers()) {
        assertThat(id.kind())
            .isIn(
                IdentifierKind.PERSONAL_ID, IdentifierKind.ENTERPRISE_CODE, IdentifierKind.AGENCY);
      }
    }
    assertThat(statuses.keySet()).containsExactlyInAnyOrder(DossierStatus.values());
    assertThat(statuses.get(DossierStatus.RESULT_DELIVERED)).isGreaterThan(900);
    assertThat(channels).containsExactlyInAnyOrder(ChannelKind.values());
    assertThat(applicants).containsExactlyInAnyOrder(ApplicantKind.values());
    assertThat(timeliness)
        .contains(
            Timeliness.EARLY, Timeliness.ON_TIME, Timeliness.LATE, Timeliness.WITHIN_DEADLINE);
    assertThat(supplements).isBetween(100, 300);
    assertThat(paid).isGreaterThan(300);
    assertThat(rated).isBetween(250, 600);
    assertThat(synced).isGreaterThan(1300);
  }

  @Test
  void submissions_runDayAfterDayAcrossTheWindow_mostlyInOfficeHours() {
    List<Dossier> dossiers = new ArrayList<>(generator(3).generate(300));
    int inOfficeHours = 0;
    for (int i = 1; i < dossiers.size(); i++) {
      assertThat(dossiers.get(i).code().received())
          .isAfterOrEqualTo(dossiers.get(i - 1).code().received());
      if (org.opendvc.core.time.WorkingCalendar.standard()
          .isWithinOfficeHours(dossiers.get(i).submittedAt())) {
        inOfficeHours++;
      }
    }
    assertThat(inOfficeHours).isBetween(150, 260);
    assertThat(dossiers.get(0).submittedAt())
        .isAfter(java.time.Instant.parse("2025-11-30T17:00:00Z"));
    assertThat(dossiers.get(299).submittedAt())
        .isBefore(java.time.Instant.parse("2026-03-31T17:00:00Z"));
  }
}
