package org.opendvc.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Mai registers the birth of her son An on the example birth registration form (1.001193): the
 * made-up people of the synthetic registries' standard fixture, and what she types.
 */
public final class BirthDeclaration {
  /** The day she submits, 1 July 2025, 10:00 in Vietnam. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC);

  /** Mai, the mother, who logs in. */
  public static final String MAI = "001194012345";

  /** Hùng, the father. */
  public static final String HUNG = "036090054321";

  /** The day An was born. */
  public static final String BIRTH_DATE = "2025-06-20";

  private BirthDeclaration() {}

  /** What prefill cannot give, added to {@code data}: the child, the contact, the declaration. */
  public static ObjectNode complete(ObjectNode data) {
    data.put("motherPersonalIdNumber", MAI).put("fatherPersonalIdNumber", HUNG);
    data.put("relationship", "MOTHER").put("applicantPhone", "0912345678");
    data.put("childFullName", "NGUYỄN MINH AN")
        .put("childDateOfBirth", BIRTH_DATE)
        .put("childSex", "MALE");
    data.put("childEthnicity", "01").put("childNationality", "VN").put("fatherDeclared", true);
    data.putObject("childPlaceOfBirth")
        .put("province", "01")
        .put("commune", "00070")
        .put("detail", "Bệnh viện Phụ sản Hà Nội");
    data.putObject("childHometown").put("province", "37").put("commune", "14599");
    data.putArray("medicalBirthCertificate")
        .addObject()
        .put("name", "giay-chung-sinh.pdf")
        .put("mediaType", "application/pdf")
        .put("size", 250_000);
    data.put("copiesWanted", true).put("copiesCount", 2).put("declarationConfirmed", true);
    return data;
  }
}
