package org.opendvc.testkit.simulator;

import java.util.List;
import java.util.Objects;
import org.opendvc.client.wire.CitizenRecord;
import org.opendvc.client.wire.WarehouseDocument;

/**
 * A made-up citizen the simulator's population database holds, with the earlier results its
 * e-document warehouse holds for them. No real person.
 *
 * @param record the population record
 * @param documents the warehouse documents
 */
public record SyntheticCitizen(CitizenRecord record, List<WarehouseDocument> documents) {
  /** Checks the record and copies the documents. */
  public SyntheticCitizen {
    Objects.requireNonNull(record, "record");
    documents = List.copyOf(documents);
  }

  /** The 12-digit personal identification number. */
  public String personalIdNumber() {
    return Objects.requireNonNull(record.personalIdNumber());
  }

  @Override
  public String toString() {
    return "SyntheticCitizen[" + record + ", documents=" + documents.size() + "]";
  }
}
