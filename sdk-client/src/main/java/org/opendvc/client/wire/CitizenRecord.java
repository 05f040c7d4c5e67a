package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A citizen as the national population database returns them ({@code CongDan}, in the envelope
 * {@code Envelope.Body.CongdanCollection.CongDan}); source: the Thanh Hóa system's {@code
 * CSDLDanCuDto.cs}. Everything here is personal data: {@code toString()} shows only the masked
 * identity number.
 *
 * @param personalIdNumber {@code SoDinhDanh}
 * @param legacyIdNumber {@code SoCMND}
 * @param taxCode {@code MaSoThue}
 * @param name {@code HoVaTen}
 * @param sex {@code GioiTinh}
 * @param ethnicity {@code DanToc}
 * @param religion {@code TonGiao}
 * @param maritalStatus {@code TinhTrangHonNhan}
 * @param bloodType {@code NhomMau}
 * @param birthDate {@code NgayThangNamSinh}
 * @param birthRegistrationPlace {@code NoiDangKyKhaiSinh}
 * @param hometown {@code QueQuan}
 * @param permanentResidence {@code ThuongTru}
 * @param currentResidence {@code NoiOHienTai}
 * @param nationality {@code QuocTich}
 * @param father {@code Cha}
 * @param mother {@code Me}
 * @param spouse {@code VoChong}
 * @param representative {@code NguoiDaiDien}
 * @param householdHead {@code ChuHo}
 * @param householdBookNumber {@code SoSoHoKhau}
 */
public record CitizenRecord(
    @JsonProperty("SoDinhDanh") @Nullable String personalIdNumber,
    @JsonProperty("SoCMND") @Nullable String legacyIdNumber,
    @JsonProperty("MaSoThue") @Nullable String taxCode,
    @JsonProperty("HoVaTen") @Nullable PersonName name,
    @JsonProperty("GioiTinh") @Nullable String sex,
    @JsonProperty("DanToc") @Nullable String ethnicity,
    @JsonProperty("TonGiao") @Nullable String religion,
    @JsonProperty("TinhTrangHonNhan") @Nullable String maritalStatus,
    @JsonProperty("NhomMau") @Nullable String bloodType,
    @JsonProperty("NgayThangNamSinh") @Nullable BirthDate birthDate,
    @JsonProperty("NoiDangKyKhaiSinh") @Nullable RegisteredAddress birthRegistrationPlace,
    @JsonProperty("QueQuan") @Nullable RegisteredAddress hometown,
    @JsonProperty("ThuongTru") @Nullable RegisteredAddress permanentResidence,
    @JsonProperty("NoiOHienTai") @Nullable RegisteredAddress currentResidence,
    @JsonProperty("QuocTich") @Nullable String nationality,
    @JsonProperty("Cha") @Nullable Relative father,
    @JsonProperty("Me") @Nullable Relative mother,
    @JsonProperty("VoChong") @Nullable Relative spouse,
    @JsonProperty("NguoiDaiDien") @Nullable Relative representative,
    @JsonProperty("ChuHo") @Nullable HouseholdHead householdHead,
    @JsonProperty("SoSoHoKhau") @Nullable String householdBookNumber) {

  @Override
  public String toString() {
    return "CitizenRecord[" + Masks.id(personalIdNumber) + ", ***]";
  }
}
