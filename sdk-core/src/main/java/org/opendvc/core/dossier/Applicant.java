package org.opendvc.core.dossier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.id.Identifier;
import org.opendvc.core.id.IdentifierKind;
import org.opendvc.core.id.PhoneNumber;

/**
 * The owner of a dossier (chủ hồ sơ): a citizen, an enterprise, an agency or another organisation,
 * with the identifiers registries know them by and how to reach them.
 *
 * <p>Personal data: the name, the identifiers, the phone, the e-mail and the address never appear
 * in clear in {@link #toString()}; identifiers show {@linkplain Identifier#masked() masked}, the
 * rest as {@code ***}.
 *
 * @param kind who the owner is
 * @param name the owner's full name or the organisation's name; not blank
 * @param identifiers personal identification numbers, legacy identity card numbers, tax codes,
 *     enterprise codes or agency codes, the one registries know the owner by first
 * @param phone a phone number, when given
 * @param email an e-mail address, when given
 * @param address a postal address as written, when given
 * @param verifiedWithVneid whether the owner's portal account is verified with VNeID ({@code
 *     TaiKhoanDuocXacThucVoiVNeID})
 */
public record Applicant(
    ApplicantKind kind,
    String name,
    List<Identifier> identifiers,
    @Nullable PhoneNumber phone,
    @Nullable String email,
    @Nullable String address,
    boolean verifiedWithVneid) {

  /** The identifier kinds an owner may carry. */
  public static final Set<IdentifierKind> IDENTIFIER_KINDS =
      Set.of(
          IdentifierKind.PERSONAL_ID,
          IdentifierKind.LEGACY_ID,
          IdentifierKind.TAX_CODE,
          IdentifierKind.ENTERPRISE_CODE,
          IdentifierKind.AGENCY);

  /**
   * Checks the parts and copies the identifiers.
   *
   * @throws IllegalArgumentException if the name is blank or an identifier is of a kind not in
   *     {@link #IDENTIFIER_KINDS}; the message names the kind, never the value
   */
  public Applicant {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an applicant's name must not be blank");
    }
    identifiers = List.copyOf(identifiers);
    for (Identifier identifier : identifiers) {
      if (!IDENTIFIER_KINDS.contains(identifier.kind())) {
        throw new IllegalArgumentException(
            "an applicant cannot be identified by a " + identifier.kind().id());
      }
    }
    email = blankToNull(email);
    address = blankToNull(address);
  }

  /** A citizen known by {@code identifiers}, with nothing else known. */
  public static Applicant citizen(String name, Identifier... identifiers) {
    return new Applicant(
        ApplicantKind.CITIZEN, name, List.of(identifiers), null, null, null, false);
  }

  /** An enterprise known by {@code identifiers}, with nothing else known. */
  public static Applicant enterprise(String name, Identifier... identifiers) {
    return new Applicant(
        ApplicantKind.ENTERPRISE, name, List.of(identifiers), null, null, null, false);
  }

  /** The identifier registries know the owner by first, if any. */
  public Optional<Identifier> primaryIdentifier() {
    return identifiers.isEmpty() ? Optional.empty() : Optional.of(identifiers.get(0));
  }

  /** The first identifier of {@code kind}, if any. */
  public Optional<Identifier> identifier(IdentifierKind kind) {
    return identifiers.stream().filter(i -> i.kind() == kind).findFirst();
  }

  /** The kind, the masked identifiers and which contact details are present; nothing in clear. */
  @Override
  public String toString() {
    return "Applicant["
        + kind
        + ", name=***, identifiers="
        + identifiers.stream().map(Identifier::masked).toList()
        + ", phone="
        + (phone == null ? "null" : phone.masked())
        + ", email="
        + (email == null ? "null" : "***")
        + ", address="
        + (address == null ? "null" : "***")
        + ", verifiedWithVneid="
        + verifiedWithVneid
        + "]";
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
