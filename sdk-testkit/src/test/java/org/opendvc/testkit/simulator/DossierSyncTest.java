package org.opendvc.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opendvc.client.DvcqgClient;
import org.opendvc.client.wire.DossierRecords;
import org.opendvc.client.wire.DossierSyncRecord;
import org.opendvc.client.wire.PortalDossier;
import org.opendvc.client.wire.ProgressRecord;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.testkit.junit.PortalSimulatorExtension;
import org.opendvc.testkit.synthetic.SyntheticCatalog;
import org.opendvc.testkit.synthetic.SyntheticDossiers;

/** Dossiers mapped with DossierRecords, synced to the simulator over a real socket. */
class DossierSyncTest {
  @RegisterExtension
  static final PortalSimulatorExtension PORTAL =
      new PortalSimulatorExtension(PortalSimulator.builder().seed(5).population(5));

  @Test
  void mappedDossiersAndTheirProgress_areAcceptedByThePortal() {
    List<Dossier> dossiers =
        SyntheticDossiers.builder(SyntheticCatalog.generate(5, 3))
            .agencies(List.of(AgencyCode.of("H56.14")))
            .seed(12)
            .window(LocalDate.of(2026, 3, 2), 20)
            .build()
            .generate(40);
    try (DvcqgClient client = DvcqgClient.create(PORTAL.simulator().clientConfig().build())) {
      for (Dossier dossier : dossiers) {
        client.syncDossier(DossierSyncRecord.from(dossier));
        List<ProgressRecord> steps = DossierRecords.progress(dossier);
        for (int i = 0; i < steps.size(); i += DvcqgClient.MAX_PROGRESS_BATCH) {
          client.updateProgress(
              steps.subList(i, Math.min(steps.size(), i + DvcqgClient.MAX_PROGRESS_BATCH)));
        }
        PortalDossier held = client.lookupDossier(dossier.code().value()).orElseThrow();
        assertThat(held.record().status()).isEqualTo(dossier.status());
        assertThat(held.progress()).hasSize(dossier.events().size());
      }
    }
  }
}
