package org.opendvc.testkit.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opendvc.core.place.Province;
import org.opendvc.testkit.synthetic.SyntheticFamilies.Family;

/**
 * What the mother types on the example birth registration form (1.001193) after prefill: the
 * parents' numbers, her phone, the child, the medical birth certificate she uploads, the copies she
 * wants, and her declaration. Nothing the registries gave is typed again.
 */
final class FamilyAnswers {
  private FamilyAnswers() {}

  /** Adds the family's answers to a copy of {@code prefilled}. */
  static ObjectNode complete(ObjectNode prefilled, Family f) {
    ObjectNode data = prefilled.deepCopy();
    data.put("motherPersonalIdNumber", f.mother().personalIdNumber());
    data.put("fatherPersonalIdNumber", f.father().personalIdNumber());
    data.put("relationship", "MOTHER").put("applicantPhone", phone(f));
    data.put("childFullName", f.childName())
        .put("childDateOfBirth", f.childBorn().toString())
        .put("childSex", f.childMale() ? "MALE" : "FEMALE");
    data.put("childEthnicity", "01").put("childNationality", "VN").put("fatherDeclared", true);
    data.putObject("childPlaceOfBirth")
        .put("province", Province.KHANH_HOA.code())
        .put("commune", f.home().code())
        .put("detail", "Bệnh viện Đa khoa tỉnh Khánh Hòa");
    data.putObject("childHometown")
        .put("province", Province.KHANH_HOA.code())
        .put("commune", f.home().code());
    data.putArray("medicalBirthCertificate")
        .addObject()
        .put("name", "giay-chung-sinh.pdf")
        .put("mediaType", "application/pdf")
        .put("size", 250_000);
    data.put("copiesWanted", true).put("copiesCount", 2).put("declarationConfirmed", true);
    return data;
  }

  /** A made-up mobile number (Viettel's 098 prefix), different for each family. */
  private static String phone(Family f) {
    return "098" + String.format(java.util.Locale.ROOT, "%07d", 1_000_000 + f.number());
  }
}
