package org.opendvc.testkit.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.core.id.DossierCode;
import org.opendvc.core.id.Identifier;
import org.opendvc.core.id.PersonalIdNumber;
import org.opendvc.core.id.PhoneNumber;
import org.opendvc.core.id.Sex;
import org.opendvc.core.id.TaxCode;

/** What {@code dvc id} says about a valid identifier, for people and as JSON members. */
final class IdentifierFacts {
  private static final DateTimeFormatter VIETNAMESE_DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * One thing an identifier says.
   *
   * @param key the JSON member name
   * @param label the label for people
   * @param json the JSON value: a string or an integer
   * @param text the value for people
   */
  record Fact(String key, LocalizedText label, Object json, LocalizedText text) {
    static Fact plain(String key, String vi, String en, Object value) {
      String text = String.valueOf(value);
      return new Fact(key, LocalizedText.of(vi, en), value, LocalizedText.of(text, text));
    }
  }

  private IdentifierFacts() {}

  /** The facts {@code id} carries, beyond its kind and value. */
  static List<Fact> of(Identifier id) {
    List<Fact> facts = new ArrayList<>();
    if (id instanceof PersonalIdNumber person) {
      addPerson(facts, person);
    } else if (id instanceof TaxCode tax) {
      addTaxCode(facts, tax);
    } else if (id instanceof PhoneNumber phone) {
      facts.add(
          new Fact(
              "lineType",
              LocalizedText.of("Loại", "Line"),
              phone.lineType().name(),
              phone.lineType() == PhoneNumber.LineType.MOBILE
                  ? LocalizedText.of("di động", "mobile")
                  : LocalizedText.of("cố định", "landline")));
      facts.add(Fact.plain("prefix", "Đầu số, mã vùng", "Prefix or area code", phone.prefix()));
    } else if (id instanceof AgencyCode agency) {
      addAgency(facts, agency);
    } else if (id instanceof DossierCode dossier) {
      facts.add(
          Fact.plain("agency", "Cơ quan tiếp nhận", "Receiving agency", dossier.agency().value()));
      facts.add(
          new Fact(
              "received",
              LocalizedText.of("Ngày tiếp nhận", "Received on"),
              dossier.received().toString(),
              LocalizedText.of(
                  dossier.received().format(VIETNAMESE_DATE), dossier.received().toString())));
      facts.add(
          Fact.plain(
              "sequence", "Số thứ tự trong ngày", "Number within the day", dossier.sequence()));
    }
    return facts;
  }

  private static void addPerson(List<Fact> facts, PersonalIdNumber person) {
    String province = person.province().map(p -> " " + p.displayName()).orElse("");
    facts.add(
        new Fact(
            "provinceCode",
            LocalizedText.of("Nơi đăng ký khai sinh", "Birth registered in"),
            person.provinceCode(),
            LocalizedText.of(person.provinceCode() + province, person.provinceCode() + province)));
    person
        .province()
        .ifPresent(p -> facts.add(Fact.plain("province", "Tỉnh", "Province", p.displayName())));
    facts.add(
        new Fact(
            "sex",
            LocalizedText.of("Giới tính", "Sex"),
            person.sex().name(),
            person.sex() == Sex.MALE
                ? LocalizedText.of("nam", "male")
                : LocalizedText.of("nữ", "female")));
    facts.add(Fact.plain("birthYear", "Năm sinh", "Year of birth", person.birthYear()));
  }

  private static void addTaxCode(List<Fact> facts, TaxCode tax) {
    LocalizedText form =
        switch (tax.form()) {
          case ENTERPRISE_10 ->
              LocalizedText.of(
                  "10 chữ số: doanh nghiệp, tổ chức", "10 digits: enterprise or organisation");
          case BRANCH_13 ->
              LocalizedText.of("13 chữ số: đơn vị phụ thuộc", "13 digits: dependent unit");
          case PERSONAL_12 ->
              LocalizedText.of(
                  "12 chữ số: số định danh cá nhân", "12 digits: personal identification number");
        };
    facts.add(new Fact("form", LocalizedText.of("Dạng", "Form"), tax.form().name(), form));
    tax.headOffice()
        .ifPresent(
            head ->
                facts.add(
                    Fact.plain(
                        "headOffice", "Mã số thuế đơn vị chủ quản", "Head office", head.value())));
    tax.branchNumber()
        .ifPresent(
            n ->
                facts.add(
                    Fact.plain(
                        "branchNumber", "Số thứ tự đơn vị phụ thuộc", "Dependent unit number", n)));
    tax.personalId().ifPresent(person -> addPerson(facts, person));
  }

  private static void addAgency(List<Fact> facts, AgencyCode agency) {
    String shape = agency.form() == AgencyCode.Form.STANDARD ? "NNN.NN.NN.XNN" : "XNN.NN";
    facts.add(
        new Fact(
            "form",
            LocalizedText.of("Dạng", "Form"),
            agency.form().name(),
            LocalizedText.of(shape, shape)));
    facts.add(
        Fact.plain(
            "topLevelCode", "Mã cấp bộ, tỉnh", "Ministry or province code", agency.topLevelCode()));
  }
}
