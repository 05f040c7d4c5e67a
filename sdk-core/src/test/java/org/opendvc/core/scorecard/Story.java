package org.opendvc.core.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dossier.Applicant;
import org.opendvc.core.dossier.ApplicantKind;
import org.opendvc.core.dossier.ComponentProvision;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.DossierDeadlines;
import org.opendvc.core.dossier.DossierEvent;
import org.opendvc.core.dossier.DossierFee;
import org.opendvc.core.dossier.DossierLifecycle;
import org.opendvc.core.dossier.DossierResult;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.core.dossier.Payment;
import org.opendvc.core.dossier.PaymentMethod;
import org.opendvc.core.dossier.ProcedureRef;
import org.opendvc.core.dossier.SatisfactionLevel;
import org.opendvc.core.dossier.SubmittedComponent;
import org.opendvc.core.dossier.TestClock;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.core.id.DossierCode;
import org.opendvc.core.id.PersonalIdNumber;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.FeeKind;
import org.opendvc.core.procedure.OnlineServiceLevel;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;

/**
 * One dossier's story, told step by step through the lifecycle: {@code
 * Story.of(1).at("2026-03-02T09:00").submit().at("2026-03-02T10:00").receive().dossier()}.
 */
final class Story {
  static final String OFFICER = "cb.01";
  private static int next = 1;

  private final TestClock clock = TestClock.at("2026-01-01T00:00");
  private final DossierLifecycle lifecycle =
      new DossierLifecycle(DossierDeadlines.standard(), clock);
  private final int sequence;
  private String agency = "000.00.00.H56";
  private ChannelKind channel = ChannelKind.ONLINE;
  private OnlineServiceLevel level = OnlineServiceLevel.FULL;
  private String procedure = "1.001193";
  private ApplicantKind applicantKind = ApplicantKind.CITIZEN;
  private int workingDays = 5;
  private final List<SubmittedComponent> components = new ArrayList<>();
  private final List<DossierFee> fees = new ArrayList<>();
  private final List<Registry> registries = new ArrayList<>();
  private Dossier dossier;

  private Story(int sequence) {
    this.sequence = sequence;
  }

  /** A new story with a fresh dossier number. */
  static Story of() {
    return new Story(next++);
  }

  Story agency(String code) {
    agency = code;
    return this;
  }

  Story channel(ChannelKind value) {
    channel = value;
    return this;
  }

  Story level(OnlineServiceLevel value) {
    level = value;
    return this;
  }

  Story procedure(String code) {
    procedure = code;
    return this;
  }

  Story enterprise() {
    applicantKind = ApplicantKind.ENTERPRISE;
    return this;
  }

  Story workingDays(int days) {
    workingDays = days;
    return this;
  }

  Story component(ComponentProvision provision, boolean digitised, String replaceableBy) {
    components.add(
        new SubmittedComponent(
            "GT" + components.size(),
            null,
            null,
            org.opendvc.core.data.SubjectRole.APPLICANT,
            provision,
            digitised,
            provision == ComponentProvision.REPLACED_BY_RESULT ? "KQ" : null,
            replaceableBy,
            null,
            null,
            null));
    return this;
  }

  Story fee(long amount) {
    fees.add(new DossierFee(null, "Lệ phí", FeeKind.CHARGE, BigDecimal.valueOf(amount)));
    return this;
  }

  Story usingPopulationData() {
    registries.add(Registry.POPULATION);
    return this;
  }

  Story at(String vietnamTime) {
    clock.set(vietnamTime);
    return this;
  }

  Story submit() {
    LocalDate day =
        LocalDate.ofInstant(clock.instant(), org.opendvc.core.time.WorkingCalendar.VIETNAM);
    Applicant applicant =
        new Applicant(
            applicantKind,
            "Trần Thị Lan",
            applicantKind == ApplicantKind.CITIZEN
                ? List.of(PersonalIdNumber.of("038190123456"))
                : List.of(),
            null,
            null,
            null,
            false);
    dossier =
        lifecycle.submit(
            Dossier.builder(
                    DossierCode.of(AgencyCode.of(agency), day, sequence),
                    new ProcedureRef(
                        ProcedureCode.of(procedure), "1", LocalizedText.of("Thủ tục"), null, level),
                    channel,
                    applicant)
                .processingTime(ProcessingTime.of(workingDays, ProcessingTimeUnit.WORKING_DAYS))
                .components(components)
                .fees(fees)
                .registries(registries),
            DossierEvent.APPLICANT);
    return this;
  }

  private Story then(Validated<Dossier> step) {
    dossier = step.orElseThrow();
    return this;
  }

  Story receive() {
    return then(lifecycle.receive(dossier, OFFICER));
  }

  Story process() {
    return then(lifecycle.startProcessing(dossier, OFFICER));
  }

  Story requestSupplement() {
    return then(lifecycle.requestSupplement(dossier, OFFICER, "Bổ sung"));
  }

  Story supplement() {
    return then(lifecycle.supplement(dossier, DossierEvent.APPLICANT, List.of()));
  }

  Story complete(boolean electronic) {
    return then(
        lifecycle.complete(
            dossier,
            OFFICER,
            List.of(new DossierResult("KQ", "Kết quả", electronic, null, null, null))));
  }

  Story completeWithoutResult() {
    return then(lifecycle.complete(dossier, OFFICER, List.of()));
  }

  Story stop() {
    return then(lifecycle.stop(dossier, OFFICER, "Không đủ điều kiện"));
  }

  Story deliver() {
    return then(lifecycle.deliverResult(dossier, OFFICER));
  }

  Story withdraw() {
    return then(lifecycle.withdraw(dossier, DossierEvent.APPLICANT, null));
  }

  Story refuse() {
    return then(lifecycle.refuse(dossier, OFFICER, "Sai thẩm quyền"));
  }

  Story sync() {
    return then(lifecycle.recordSync(dossier));
  }

  Story pay(PaymentMethod method, long amount) {
    return then(
        lifecycle.recordPayment(
            dossier,
            DossierEvent.APPLICANT,
            new Payment(method, BigDecimal.valueOf(amount), clock.instant(), null)));
  }

  Story rate(SatisfactionLevel level) {
    return then(lifecycle.rate(dossier, level, null));
  }

  Dossier dossier() {
    return dossier;
  }

  /** Whether {@code dossier} is in {@code status}; for readable asserts on a story. */
  static boolean is(Dossier dossier, DossierStatus status) {
    return dossier.status() == status;
  }
}
