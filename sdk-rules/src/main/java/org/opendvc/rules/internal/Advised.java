package org.opendvc.rules.internal;

/** That a dossier component has its advice, so rules of lower priority leave it alone. */
public final class Advised {
  private final String component;

  public Advised(String component) {
    this.component = component;
  }

  public String getComponent() {
    return component;
  }
}
