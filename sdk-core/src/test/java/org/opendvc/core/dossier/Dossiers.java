package org.opendvc.core.dossier;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.core.id.DossierCode;
import org.opendvc.core.id.PersonalIdNumber;
import org.opendvc.core.id.PhoneNumber;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.OnlineServiceLevel;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;

/** Dossiers for tests. */
final class Dossiers {
  static final String NAME = "Nguyễn Văn An";
  static final String ID = "001087123456";
  static final String PHONE = "0912345678";
  static final String OFFICER = "cb.0042";

  private Dossiers() {}

  static Applicant citizen() {
    return new Applicant(
        ApplicantKind.CITIZEN,
        NAME,
        List.of(PersonalIdNumber.of(ID)),
        PhoneNumber.parse(PHONE).orElseThrow(),
        "an.nguyen@example.vn",
        "12 Lê Lợi, Phường Hạc Thành, Thanh Hóa",
        true);
  }

  static ProcedureRef birthRegistration() {
    return new ProcedureRef(
        ProcedureCode.of("1.001193"),
        "1",
        LocalizedText.of("Đăng ký khai sinh", "Birth registration"),
        null,
        OnlineServiceLevel.FULL);
  }

  /** A draft received online for a procedure of {@code days} working days. */
  static Dossier.Builder draft(ProcessingTime time) {
    return Dossier.builder(
            DossierCode.of(AgencyCode.of("000.00.00.H56"), LocalDate.of(2026, 3, 9), 1),
            birthRegistration(),
            ChannelKind.ONLINE,
            citizen())
        .processingTime(time)
        .addComponent(SubmittedComponent.of("GT1", ComponentProvision.SUBMITTED));
  }

  static Dossier.Builder draft(int workingDays) {
    return draft(ProcessingTime.of(workingDays, ProcessingTimeUnit.WORKING_DAYS));
  }

  /** The shortest legal walk from SUBMITTED to {@code target}, SUBMITTED excluded. */
  static List<DossierStatus> pathTo(DossierStatus target) {
    Map<DossierStatus, DossierStatus> parent = new EnumMap<>(DossierStatus.class);
    Deque<DossierStatus> todo = new ArrayDeque<>(List.of(DossierStatus.SUBMITTED));
    parent.put(DossierStatus.SUBMITTED, DossierStatus.SUBMITTED);
    while (!todo.isEmpty()) {
      DossierStatus at = todo.removeFirst();
      for (DossierStatus next : StatusTransitions.from(at)) {
        if (parent.putIfAbsent(next, at) == null) {
          todo.addLast(next);
        }
      }
    }
    List<DossierStatus> path = new ArrayList<>();
    for (DossierStatus s = target; s != DossierStatus.SUBMITTED; s = parent.get(s)) {
      path.add(s);
    }
    Collections.reverse(path);
    return path;
  }
}
