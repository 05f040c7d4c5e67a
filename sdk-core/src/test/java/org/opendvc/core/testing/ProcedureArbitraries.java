package org.opendvc.core.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.procedure.Agencies;
import org.opendvc.core.procedure.Agency;
import org.opendvc.core.procedure.Channel;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.DocumentRequirement;
import org.opendvc.core.procedure.Fee;
import org.opendvc.core.procedure.FeeKind;
import org.opendvc.core.procedure.FormTemplate;
import org.opendvc.core.procedure.GovernmentLevel;
import org.opendvc.core.procedure.LegalDocument;
import org.opendvc.core.procedure.OnlineServiceLevel;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureCase;
import org.opendvc.core.procedure.ProcedureResult;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;
import org.opendvc.core.procedure.Sector;
import org.opendvc.core.procedure.TargetGroup;

/**
 * Generators of procedures for property tests.
 *
 * <p>{@link #procedures()} covers everything OpenDVC's format can hold; {@link #dvcqgProcedures()}
 * only what a DVCQG package can: Vietnamese names only, no version, effective dates, publisher, fee
 * kinds, channel notes, document types or data elements, and numbers in their shortest form (a
 * package writes "50000", never "50000.00").
 */
public final class ProcedureArbitraries {
  private static final String LETTERS =
      "abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY"
          + "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĐ";
  private static final String OTHERS = "0123456789 ,.;:()/-'\"&%";

  private ProcedureArbitraries() {}

  /** A procedure with every part OpenDVC's format can hold, and no import origin. */
  public static Arbitrary<Procedure> procedures() {
    return procedures(true);
  }

  /** A procedure holding only what a DVCQG package can carry, and no import origin. */
  public static Arbitrary<Procedure> dvcqgProcedures() {
    return procedures(false);
  }

  /** A trimmed, non-blank text of Vietnamese and ASCII letters, digits and punctuation. */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars(LETTERS)
        .withChars(OTHERS)
        .ofMinLength(1)
        .ofMaxLength(40)
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  /** A short code such as a sector or agency code. */
  public static Arbitrary<String> shortCodes() {
    return Arbitraries.strings()
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars(".-")
        .ofMinLength(1)
        .ofMaxLength(14)
        .filter(s -> !s.isBlank());
  }

  /** A national procedure code. */
  public static Arbitrary<ProcedureCode> procedureCodes() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 999_999))
        .as((a, b) -> ProcedureCode.of(a + "." + String.format("%06d", b)));
  }

  /** A date between 1990 and 2040. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 365 * 50)
        .map(days -> LocalDate.of(1990, 1, 1).plusDays(days));
  }

  /** An http(s) URL. */
  public static Arbitrary<String> urls() {
    return Combinators.combine(
            Arbitraries.of("http", "https"),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
            Arbitraries.strings().withCharRange('a', 'z').withChars("/-_").ofMaxLength(20))
        .as((scheme, host, path) -> scheme + "://" + host + ".gov.vn/" + path);
  }

  private static Arbitrary<LocalizedText> localized(boolean full) {
    if (!full) {
      return texts().map(LocalizedText::of);
    }
    return Combinators.combine(texts(), texts().injectNull(0.4)).as(LocalizedText::new);
  }

  /**
   * Amounts of money: in full procedures any non-negative decimal, trailing zeros and exponents
   * included, since OpenDVC's format keeps a number exactly as written; for DVCQG, the shortest
   * form.
   */
  private static Arbitrary<BigDecimal> amounts(boolean full) {
    Arbitrary<BigDecimal> plain =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                5, Arbitraries.longs().between(0, 5_000_000).map(BigDecimal::valueOf)),
            net.jqwik.api.Tuple.of(
                2, Arbitraries.integers().between(0, 9999).map(n -> BigDecimal.valueOf(n, 2))),
            net.jqwik.api.Tuple.of(
                1, Arbitraries.integers().between(1, 999).map(n -> BigDecimal.valueOf(n, 3))));
    if (full) {
      return Arbitraries.oneOf(
          plain,
          Arbitraries.of(
              new BigDecimal("50000.00"), new BigDecimal("5E+4"), new BigDecimal("0.50")));
    }
    return plain.map(ProcedureArbitraries::shortest);
  }

  /** {@code value} without trailing zeros and never in exponent form. */
  public static BigDecimal shortest(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static Arbitrary<ProcessingTime> processingTimes(boolean full) {
    Arbitrary<BigDecimal> values =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 90).map(BigDecimal::valueOf),
            Arbitraries.integers().between(0, 200).map(n -> BigDecimal.valueOf(n, 1)),
            Arbitraries.integers().between(0, 2000).map(n -> BigDecimal.valueOf(n, 3)));
    Arbitrary<BigDecimal> shaped = full ? values : values.map(ProcedureArbitraries::shortest);
    return Combinators.combine(
            shaped, Arbitraries.of(ProcessingTimeUnit.class), localized(full).injectNull(0.5))
        .as(ProcessingTime::new);
  }

  private static Arbitrary<Fee> fees(boolean full) {
    return Combinators.combine(
            shortCodes().injectNull(0.5),
            full ? Arbitraries.of(FeeKind.class).injectNull(0.3) : Arbitraries.just(null),
            amounts(full).injectNull(0.2),
            localized(full).injectNull(0.3),
            urls().injectNull(0.6))
        .as(Fee::new);
  }

  private static Arbitrary<Channel> channels(boolean full) {
    return Combinators.combine(
            Arbitraries.of(ChannelKind.class),
            processingTimes(full).injectNull(0.2),
            fees(full).list().ofMaxSize(3),
            full ? localized(true).injectNull(0.6) : Arbitraries.just(null))
        .as(Channel::new);
  }

  private static Arbitrary<FormTemplate> templates(boolean full) {
    return Combinators.combine(localized(full), urls().injectNull(0.4)).as(FormTemplate::new);
  }

  private static Arbitrary<DocumentRequirement> documents(boolean full) {
    Arbitrary<String> documentTypes =
        full
            ? Arbitraries.of("BIRTH_CERTIFICATE", "APPLICATION_FORM", "PHOTO", "UNKNOWN_TYPE")
                .injectNull(0.5)
            : Arbitraries.just(null);
    Arbitrary<List<String>> dataElements =
        full
            ? Arbitraries.of("person.fullName", "person.dateOfBirth", "person.unknownThing")
                .list()
                .ofMaxSize(3)
            : Arbitraries.just(List.of());
    return Combinators.combine(
            shortCodes().injectNull(0.4),
            localized(full),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 100),
            templates(full).injectNull(0.6),
            shortCodes().injectNull(0.7),
            documentTypes,
            dataElements)
        .as(DocumentRequirement::new);
  }

  private static Arbitrary<ProcedureCase> cases(boolean full) {
    return Combinators.combine(localized(full).injectNull(0.5), documents(full).list().ofMaxSize(3))
        .as(ProcedureCase::new);
  }

  private static Arbitrary<ProcedureResult> results(boolean full) {
    return Combinators.combine(
            shortCodes().injectNull(0.4), localized(full), templates(full).injectNull(0.6))
        .as(ProcedureResult::new);
  }

  private static Arbitrary<LegalDocument> legalDocuments(boolean full) {
    return Combinators.combine(
            shortCodes(),
            localized(full).injectNull(0.3),
            texts().injectNull(0.4),
            dates().injectNull(0.4),
            dates().injectNull(0.4),
            urls().injectNull(0.5))
        .as(LegalDocument::new);
  }

  private static <T> Arbitrary<List<T>> upTo(Arbitrary<T> items, int max) {
    return items.list().ofMaxSize(max);
  }

  private static Arbitrary<Agencies> agencies(boolean full) {
    Arbitrary<List<Agency>> list =
        upTo(Combinators.combine(shortCodes().injectNull(0.4), localized(full)).as(Agency::new), 2);
    return Combinators.combine(list, list, list, list).as(Agencies::new);
  }

  private static Arbitrary<Procedure> procedures(boolean full) {
    Arbitrary<Sector> sectors =
        Combinators.combine(shortCodes().injectNull(0.3), localized(full)).as(Sector::new);
    Arbitrary<TargetGroup> targets =
        Combinators.combine(shortCodes().injectNull(0.3), localized(full)).as(TargetGroup::new);
    Arbitrary<Agency> publishers =
        full
            ? Combinators.combine(shortCodes().injectNull(0.3), localized(true))
                .as(Agency::new)
                .injectNull(0.5)
            : Arbitraries.just(null);
    return Builders.withBuilder(
            () -> Procedure.builder(ProcedureCode.of("1.000001"), LocalizedText.of("?")))
        .use(procedureCodes())
        .in(Procedure.Builder::code)
        .use(localized(full))
        .in(Procedure.Builder::name)
        .use(full ? shortCodes() : Arbitraries.just(null))
        .in(Procedure.Builder::version)
        .use(full ? dates() : Arbitraries.just(null))
        .in(Procedure.Builder::effectiveFrom)
        .use(full ? dates().injectNull(0.5) : Arbitraries.just(null))
        .in(Procedure.Builder::effectiveTo)
        .use(Arbitraries.of(GovernmentLevel.class).list().ofMaxSize(3))
        .in(Procedure.Builder::levels)
        .use(upTo(sectors, 2))
        .in(Procedure.Builder::sectors)
        .use(agencies(full))
        .in(Procedure.Builder::agencies)
        .use(publishers)
        .in(Procedure.Builder::publisher)
        .use(upTo(targets, 2))
        .in(Procedure.Builder::targetGroups)
        .use(Arbitraries.of(OnlineServiceLevel.class).injectNull(0.3))
        .in(Procedure.Builder::onlineServiceLevel)
        .use(upTo(channels(full), 3))
        .in(Procedure.Builder::channels)
        .use(upTo(cases(full), 3))
        .in(Procedure.Builder::cases)
        .use(upTo(results(full), 2))
        .in(Procedure.Builder::results)
        .use(upTo(legalDocuments(full), 3))
        .in(Procedure.Builder::legalBasis)
        .use(upTo(procedureCodes(), 2))
        .in(Procedure.Builder::relatedProcedures)
        .use(upTo(procedureCodes(), 2))
        .in(Procedure.Builder::interconnectedProcedures)
        .build(Procedure.Builder::build);
  }
}
