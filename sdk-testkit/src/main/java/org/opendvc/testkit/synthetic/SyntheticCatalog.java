package org.opendvc.testkit.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dictionary.DataElement;
import org.opendvc.core.dictionary.DocumentType;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.procedure.Agencies;
import org.opendvc.core.procedure.Agency;
import org.opendvc.core.procedure.Channel;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.DocumentRequirement;
import org.opendvc.core.procedure.Fee;
import org.opendvc.core.procedure.FeeKind;
import org.opendvc.core.procedure.GovernmentLevel;
import org.opendvc.core.procedure.LegalDocument;
import org.opendvc.core.procedure.OnlineServiceLevel;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureCase;
import org.opendvc.core.procedure.ProcedureResult;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;
import org.opendvc.core.procedure.Sector;

/**
 * Generates catalogues of made-up but well-formed procedures, for load tests and benchmarks. The
 * same seed always gives the same catalogue. Codes are {@code 9.NNNNNN}, a prefix no published
 * procedure is known to use, so generated procedures cannot be mistaken for real ones.
 */
public final class SyntheticCatalog {
  private static final String[] SECTORS = {"Hộ tịch", "Cư trú", "Đất đai", "Giao thông", "Tư pháp"};

  private SyntheticCatalog() {}

  /** {@code size} valid procedures, each linking to its neighbours, from {@code seed}. */
  public static List<Procedure> generate(int size, long seed) {
    Random random = new Random(seed);
    DataDictionary dictionary = DataDictionary.standard();
    List<DataElement> elements = new ArrayList<>(dictionary.elements());
    elements.sort((a, b) -> a.id().compareTo(b.id()));
    List<DocumentType> types = new ArrayList<>(dictionary.documentTypes().types());
    types.sort((a, b) -> a.id().compareTo(b.id()));
    List<Procedure> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(procedure(i, size, random, elements, types));
    }
    return out;
  }

  private static Procedure procedure(
      int i, int size, Random random, List<DataElement> elements, List<DocumentType> types) {
    ProcedureCode code = code(i);
    Procedure.Builder b =
        Procedure.builder(
                code, LocalizedText.of("Thủ tục thử nghiệm số " + i, "Test procedure " + i))
            .version("1")
            .effectiveFrom(LocalDate.of(2025, 7, 1).plusDays(random.nextInt(365)))
            .addLevel(random.nextBoolean() ? GovernmentLevel.COMMUNE : GovernmentLevel.PROVINCE)
            .sectors(List.of(new Sector(null, LocalizedText.of(SECTORS[i % SECTORS.length]))))
            .agencies(
                new Agencies(
                    List.of(
                        new Agency(
                            "000.00.00.H" + (10 + i % 90), LocalizedText.of("Cơ quan " + i))),
                    List.of(),
                    List.of(),
                    List.of()))
            .onlineServiceLevel(
                random.nextBoolean() ? OnlineServiceLevel.FULL : OnlineServiceLevel.PARTIAL)
            .addChannel(channel(ChannelKind.IN_PERSON, random))
            .addChannel(channel(ChannelKind.ONLINE, random))
            .addResult(new ProcedureResult("KQ" + i, LocalizedText.of("Kết quả " + i), null))
            .addLegalDocument(
                new LegalDocument(
                    (1 + random.nextInt(200)) + "/2024/NĐ-CP",
                    LocalizedText.of("Nghị định thử nghiệm"),
                    "Chính phủ",
                    LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 3, 1),
                    null))
            .relatedProcedures(List.of(code((i + 1) % size)));
    int cases = 1 + random.nextInt(2);
    for (int c = 0; c < cases; c++) {
      List<DocumentRequirement> documents = new ArrayList<>();
      int count = 2 + random.nextInt(5);
      for (int d = 0; d < count; d++) {
        DocumentType type = types.get(random.nextInt(types.size()));
        documents.add(
            new DocumentRequirement(
                "GT" + d,
                type.name(),
                1,
                random.nextInt(2),
                null,
                d == 0 && i > 0 ? "KQ" + (i - 1) : null,
                null,
                List.of(
                    elements.get(random.nextInt(elements.size())).id(),
                    elements.get(random.nextInt(elements.size())).id())));
      }
      b.addCase(
          new ProcedureCase(
              cases == 1 ? null : LocalizedText.of("Trường hợp " + (c + 1)), documents));
    }
    return b.build();
  }

  private static Channel channel(ChannelKind kind, Random random) {
    return new Channel(
        kind,
        ProcessingTime.of(1 + random.nextInt(15), ProcessingTimeUnit.WORKING_DAYS),
        List.of(
            new Fee(
                null,
                FeeKind.CHARGE,
                java.math.BigDecimal.valueOf(random.nextInt(5) * 50_000L),
                null,
                null)),
        null);
  }

  private static ProcedureCode code(int i) {
    return ProcedureCode.of(String.format("9.%06d", i));
  }
}
