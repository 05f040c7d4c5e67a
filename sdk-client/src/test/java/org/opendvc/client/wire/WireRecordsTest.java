package org.opendvc.client.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.client.internal.Redactor;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.core.procedure.ChannelKind;

class WireRecordsTest {
  private static final String ID = "038095123456";

  private static DossierSyncRecord record() {
    return DossierSyncRecord.builder("H56.14-260312-0001", DossierStatus.PROCESSING)
        .ownerName("Nguyễn Văn An")
        .phone("0912345678")
        .email("an@example.vn")
        .ownerDocumentNumber(ID)
        .ownerIdentifiers(List.of(OwnerIdentifier.of(ID)))
        .channel(ChannelKind.ONLINE)
        .hasDigitisedComponents(true)
        .receivedAt(Instant.parse("2026-03-12T01:02:03Z"))
        .build();
  }

  @Test
  void toJson_usesDvcqgNamesDatesStatusesAndFlags() {
    String json = WireFormat.toJson(record());
    assertThat(json)
        .contains("\"MaHoSo\":\"H56.14-260312-0001\"")
        .contains("\"TrangThaiHoSo\":\"4\"")
        .contains("\"NgayTiepNhan\":\"20260312080203\"")
        .contains("\"KenhThucHien\":\"2\"")
        .contains("\"HoSoCoThanhPhanSoHoa\":\"1\"")
        .contains("\"DinhDanhCHS\":[{\"LoaiDinhDanh\":\"1\"")
        .doesNotContain("NgayHenTra");
    assertThat(WireFormat.fromJson(json, DossierSyncRecord.class)).isEqualTo(record());
  }

  @Test
  void toString_masksPersonalMembers() {
    String text = record().toString() + record().ownerIdentifiers();
    assertThat(text)
        .doesNotContain(ID, "Nguyễn", "0912345678", "an@example.vn")
        .contains("0380******56");
  }

  @Test
  void redactor_masksIdNumbersPhonesEmailsAndNamedMembers() {
    String body =
        "{\"ChuHoSo\":\"Nguyễn Văn An\",\"SoGiayToChuHoSo\":\"" + ID + "\",\"Email\":\"a@b.vn\"}";
    assertThat(Redactor.redact(body))
        .doesNotContain("Nguyễn", ID, "a@b.vn")
        .contains("\"SoGiayToChuHoSo\":\"***\"");
    assertThat(Redactor.redact("so " + ID + ", dt 0912345678, a@b.vn"))
        .isEqualTo("so 0380******56, dt 0912****78, ***@***");
  }
}
