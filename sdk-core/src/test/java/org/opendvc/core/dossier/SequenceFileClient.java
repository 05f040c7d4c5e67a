package org.opendvc.core.dossier;

import java.nio.file.Path;
import java.time.LocalDate;
import org.opendvc.core.id.AgencyCode;

/** A separate process that takes numbers from a sequence file: {@code FILE COUNT}. */
public final class SequenceFileClient {
  private SequenceFileClient() {}

  /** Prints {@code COUNT} numbers taken from {@code FILE}, one a line. */
  public static void main(String[] args) {
    FileSequenceStore store = new FileSequenceStore(Path.of(args[0]));
    AgencyCode agency = AgencyCode.of("000.00.00.H56");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Integer.parseInt(args[1]); i++) {
      out.append(store.next(agency, LocalDate.of(2026, 3, 9))).append('\n');
    }
    System.out.print(out);
  }
}
