package org.opendvc.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldTypeTest {
  @Test
  void isTyped_distinguishesKeyboardEntryFromPickingAndUploading() {
    assertThat(FieldType.PERSONAL_ID.isTyped()).isTrue();
    assertThat(FieldType.LONG_TEXT.isTyped()).isTrue();
    assertThat(FieldType.SINGLE_CHOICE.isTyped()).isFalse();
    assertThat(FieldType.ATTACHMENT.isTyped()).isFalse();
    assertThat(FieldType.GROUP.isTyped()).isFalse();
  }
}
