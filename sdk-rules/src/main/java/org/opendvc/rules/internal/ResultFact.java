package org.opendvc.rules.internal;

/** One result of a procedure, and whether it is issued electronically. */
public final class ResultFact {
  private final String pointer;
  private final String name;
  private final boolean electronic;

  public ResultFact(String pointer, String name, boolean electronic) {
    this.pointer = pointer;
    this.name = name;
    this.electronic = electronic;
  }

  public String getPointer() {
    return pointer;
  }

  public String getName() {
    return name;
  }

  public boolean isElectronic() {
    return electronic;
  }
}
