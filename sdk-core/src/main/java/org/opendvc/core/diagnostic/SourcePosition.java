package org.opendvc.core.diagnostic;

/**
 * A position in a text file, both numbers starting at 1.
 *
 * @param line the line
 * @param column the column, counted in characters
 */
public record SourcePosition(int line, int column) {

  /**
   * Creates a position.
   *
   * @throws IllegalArgumentException if either number is below 1
   */
  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1");
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
