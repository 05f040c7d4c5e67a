package org.opendvc.core.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How list items are paired with the package elements they were read from. */
class DvcqgWriterTest {

  private static int[] match(String items, String before) {
    return DvcqgWriter.match(chars(items), chars(before));
  }

  private static List<Character> chars(String s) {
    return s.chars().mapToObj(c -> (char) c).toList();
  }

  @Test
  void match_unchangedList_pairsEachItemWithItself() {
    assertThat(match("abc", "abc")).containsExactly(0, 1, 2);
  }

  @Test
  void match_afterARemoval_keepsTheOthersWithTheirOwnElements() {
    assertThat(match("bc", "abc")).containsExactly(1, 2);
    assertThat(match("ac", "abc")).containsExactly(0, 2);
  }

  @Test
  void match_afterAnInsertion_theNewItemHasNoElement() {
    assertThat(match("xabc", "abc")).containsExactly(-1, 0, 1, 2);
    assertThat(match("abxc", "abc")).containsExactly(0, 1, -1, 2);
  }

  @Test
  void match_anItemEditedInPlace_keepsItsElement() {
    assertThat(match("aXc", "abc")).containsExactly(0, 1, 2);
  }

  @Test
  void match_anEditAfterARemoval_takesTheElementLeftInItsGap() {
    assertThat(match("bX", "abc")).containsExactly(1, 2);
  }

  @Test
  void match_keepsTheOrderOfEqualItems() {
    assertThat(match("dd", "pdd")).containsExactly(1, 2);
  }

  @Test
  void match_emptyLists() {
    assertThat(match("", "abc")).isEmpty();
    assertThat(match("ab", "")).containsExactly(-1, -1);
  }
}
