package org.opendvc.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opendvc.client.DvcqgClient;
import org.opendvc.client.SyncMode;
import org.opendvc.client.error.DvcqgAuthenticationException;
import org.opendvc.client.error.DvcqgValidationException;
import org.opendvc.client.error.FieldError;
import org.opendvc.client.event.AttemptCompleted;
import org.opendvc.client.event.DvcqgListener;
import org.opendvc.client.wire.CitizenQuery;
import org.opendvc.client.wire.OwnerIdentifier;
import org.opendvc.client.wire.PaymentStatus;
import org.opendvc.client.wire.PaymentTransaction;
import org.opendvc.client.wire.ProgressRecord;
import org.opendvc.client.wire.ResultDocument;
import org.opendvc.client.wire.Satisfaction;
import org.opendvc.client.wire.SatisfactionRating;
import org.opendvc.client.wire.WarehouseQuery;
import org.opendvc.core.data.Subject;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.core.registry.RegistryQuery;
import org.opendvc.testkit.junit.PortalSimulatorExtension;

/** Every client operation over a real socket against the simulator, good answers and refusals. */
class PortalClientOperationsTest {
  @RegisterExtension
  static final PortalSimulatorExtension PORTAL =
      new PortalSimulatorExtension(PortalSimulator.builder().seed(11).population(20));

  static final List<AttemptCompleted> ATTEMPTS = new CopyOnWriteArrayList<>();
  static DvcqgClient client;

  @BeforeAll
  static void connect() {
    client =
        DvcqgClient.create(
            PORTAL
                .simulator()
                .clientConfig()
                .listener(
                    new DvcqgListener() {
                      @Override
                      public void attemptCompleted(AttemptCompleted event) {
                        ATTEMPTS.add(event);
                      }
                    })
                .build());
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @Test
  void catalogue_listsProceduresAgenciesSectors_andImportsAPackageIntoTheModel() {
    var procedures = client.listProcedures();
    assertThat(procedures).hasSize(20);
    assertThat(client.listAgencies()).isNotEmpty();
    assertThat(client.listSectors()).isNotEmpty();
    String code = procedures.get(0).code();
    var imported = client.getProcedure(code).orElseThrow();
    assertThat(imported.value().orElseThrow().code().value()).isEqualTo(code);
    assertThat(client.getProcedure("9.999999")).isEmpty();
  }

  @Test
  void syncDossier_createsThenUpdates_andLookupReturnsRecordAndSteps() {
    var first = client.syncDossier(ChaosScenario.record(1, DossierStatus.SUBMITTED));
    assertThat(first.created()).isTrue();
    var again = client.syncDossier(ChaosScenario.record(1, DossierStatus.RECEIVED));
    assertThat(again.created()).as("already exists -> update").isFalse();
    client.updateProgress(
        List.of(
            ChaosScenario.step(1, 0, DossierStatus.SUBMITTED),
            ChaosScenario.step(1, 1, DossierStatus.RECEIVED)));
    var held = client.lookupDossier(ChaosScenario.code(1)).orElseThrow();
    assertThat(held.record().status()).isEqualTo(DossierStatus.RECEIVED);
    assertThat(held.progress()).hasSize(2);
    assertThat(held.holds(ChaosScenario.step(1, 1, DossierStatus.RECEIVED))).isTrue();
    assertThat(client.lookupDossier("H56.14-260312-9999")).isEmpty();
  }

  @Test
  void syncDossier_whenCodeLacksTheProvincePrefix_isRejectedWithFieldErrors() {
    var record =
        ChaosScenario.record(2, DossierStatus.SUBMITTED).toBuilder()
            .dossierCode("H22.01-260312-0002")
            .procedureName(null)
            .build();
    assertThatThrownBy(() -> client.syncDossier(record))
        .isInstanceOfSatisfying(
            DvcqgValidationException.class,
            e ->
                assertThat(e.fieldErrors())
                    .extracting(FieldError::code)
                    .contains("PREFIX", "REQUIRED"));
  }

  @Test
  void syncDossier_whenStatusJumpsIllegally_isRejected() {
    client.syncDossier(ChaosScenario.record(3, DossierStatus.SUBMITTED));
    assertThatThrownBy(
            () ->
                client.syncDossier(
                    ChaosScenario.record(3, DossierStatus.RESULT_DELIVERED), SyncMode.UPDATE))
        .isInstanceOfSatisfying(
            DvcqgValidationException.class,
            e -> assertThat(e.fieldErrors()).extracting(FieldError::code).contains("TRANSITION"));
  }

  @Test
  void deliveredDossier_depositsItsResultsInTheOwnersWarehouse() {
    String owner = "038096001234";
    String code = ChaosScenario.code(60);
    ResultDocument certificate =
        new ResultDocument("Giấy khai sinh", null, "GKS-" + code, null, "KQ.KHAISINH");
    for (DossierStatus status :
        List.of(
            DossierStatus.SUBMITTED,
            DossierStatus.RECEIVED,
            DossierStatus.PROCESSING,
            DossierStatus.COMPLETED,
            DossierStatus.RESULT_DELIVERED)) {
      client.syncDossier(
          ChaosScenario.record(60, status).toBuilder()
              .ownerIdentifiers(List.of(OwnerIdentifier.of(owner)))
              .resultDocuments(List.of(certificate))
              .build());
      if (status != DossierStatus.RESULT_DELIVERED) {
        assertThat(
                client.findResultDocuments(
                    WarehouseQuery.forOwner(owner, null, List.of("KQ.KHAISINH"))))
            .as("nothing is filed before delivery")
            .isEmpty();
      }
    }
    var held =
        client.findResultDocuments(WarehouseQuery.forOwner(owner, null, List.of("KQ.KHAISINH")));
    assertThat(held)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.resultCode()).isEqualTo("KQ.KHAISINH");
              assertThat(d.reference()).isEqualTo("GKS-" + code);
            });
    assertThat(
            client.findResultDocuments(WarehouseQuery.forOwner(owner, null, List.of("KQ.KETHON"))))
        .isEmpty();
  }

  @Test
  void updateProgress_acceptsTenAndRefusesEleven() {
    client.syncDossier(ChaosScenario.record(4, DossierStatus.SUBMITTED));
    List<ProgressRecord> eleven = new ArrayList<>();
    for (int k = 0; k < 11; k++) {
      eleven.add(ChaosScenario.step(4, k, DossierStatus.SUBMITTED));
    }
    assertThatThrownBy(() -> client.updateProgress(eleven))
        .isInstanceOf(IllegalArgumentException.class);
    client.updateProgress(eleven.subList(0, 10));
    assertThat(PORTAL.simulator().dossier(ChaosScenario.code(4)).orElseThrow().progress())
        .hasSize(10);
  }

  @Test
  void updateProgress_forAnUnknownDossier_isRejected() {
    assertThatThrownBy(
            () -> client.updateProgress(List.of(ChaosScenario.step(5, 0, DossierStatus.SUBMITTED))))
        .isInstanceOf(DvcqgValidationException.class);
  }

  @Test
  void warehouseAndPopulation_returnTheSyntheticCitizen() {
    SyntheticCitizen citizen = PORTAL.simulator().population().get(0);
    var found = client.lookupCitizen(CitizenQuery.byId(citizen.personalIdNumber())).orElseThrow();
    assertThat(found.name().fullName()).isEqualTo(citizen.record().name().fullName());
    assertThat(client.lookupCitizen(CitizenQuery.byId("001099000000"))).isEmpty();
    var docs =
        client.findResultDocuments(
            WarehouseQuery.forOwner(
                citizen.personalIdNumber(), null, SyntheticPopulation.RESULT_CODES));
    assertThat(docs).hasSameSizeAs(citizen.documents());
  }

  @Test
  void registryLookup_prefillsFromPopulationAndWarehouse() {
    SyntheticCitizen citizen = PORTAL.simulator().population().get(1);
    Subject subject = Subject.applicant(citizen.personalIdNumber());
    RegistryAnswer population =
        client
            .registryLookup()
            .lookup(
                RegistryQuery.elements(
                    Registry.POPULATION,
                    subject,
                    Set.of(
                        "person.fullName",
                        "person.dateOfBirth",
                        "person.father.fullName",
                        "person.permanentResidence",
                        "person.bloodType")))
            .toCompletableFuture()
            .join();
    assertThat(population.subjectFound()).isTrue();
    assertThat(population.value("person.fullName").orElseThrow().value().display())
        .isEqualTo(citizen.record().name().fullName());
    assertThat(population.value("person.father.fullName").orElseThrow().value().display())
        .isEqualTo(citizen.record().father().fullName());
    assertThat(population.value("person.dateOfBirth")).isPresent();
    assertThat(population.value("person.permanentResidence")).isPresent();
    assertThat(population.unavailable()).containsExactly("person.bloodType");
    RegistryAnswer warehouse =
        client
            .registryLookup()
            .lookup(
                new RegistryQuery(
                    Registry.E_DOCUMENT_WAREHOUSE,
                    subject,
                    Set.of(),
                    Set.copyOf(SyntheticPopulation.RESULT_CODES)))
            .toCompletableFuture()
            .join();
    assertThat(warehouse.documents()).hasSameSizeAs(citizen.documents());
  }

  @Test
  void paymentsAndRatings_areStoredAndFound() {
    client.syncDossier(ChaosScenario.record(6, DossierStatus.SUBMITTED));
    var payment =
        PaymentTransaction.of(
            "PAY-0006",
            ChaosScenario.code(6),
            new BigDecimal("50000"),
            PaymentStatus.SUCCEEDED,
            Instant.parse("2026-03-12T02:00:00Z"));
    client.syncPayment(payment);
    client.syncPayment(payment);
    assertThat(client.lookupPayment("PAY-0006").orElseThrow().amount())
        .isEqualByComparingTo("50000");
    assertThat(client.lookupPayment("PAY-NONE")).isEmpty();
    client.submitRating(
        new SatisfactionRating(
            ChaosScenario.code(6), "1", "Người dân", Instant.now(), Satisfaction.SATISFIED, null));
    assertThat(PORTAL.simulator().ratingCount()).isEqualTo(1);
  }

  @Test
  void async_sharesTheOperations() {
    assertThat(client.async().listSectors().join()).isNotEmpty();
    var result =
        client
            .async()
            .syncDossier(
                ChaosScenario.record(7, DossierStatus.SUBMITTED), SyncMode.CREATE_OR_UPDATE)
            .join();
    assertThat(result.created()).isTrue();
  }

  @Test
  void expiredSession_isRenewedOnceAndTheCallSucceeds() {
    client.listSectors();
    PORTAL.simulator().expireSessions();
    ATTEMPTS.clear();
    assertThat(client.listSectors()).isNotEmpty();
    assertThat(ATTEMPTS).extracting(AttemptCompleted::httpStatus).contains(401, 200);
  }

  @Test
  void oauthClientCredentials_work_andWrongSecretIsAnAuthenticationError() {
    try (DvcqgClient oauth =
        DvcqgClient.create(
            PORTAL
                .simulator()
                .clientConfig()
                .credentials(PORTAL.simulator().oauthCredentials())
                .build())) {
      assertThat(oauth.listSectors()).isNotEmpty();
    }
    try (DvcqgClient wrong =
        DvcqgClient.create(
            PORTAL
                .simulator()
                .clientConfig()
                .credentials(org.opendvc.client.auth.Credentials.sessionLogin("opendvc", "wrong"))
                .build())) {
      assertThatThrownBy(wrong::listSectors).isInstanceOf(DvcqgAuthenticationException.class);
    }
  }
}
