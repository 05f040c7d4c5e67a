package org.opendvc.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonPointerMapTest {

  @Test
  void translate_usesTheExactEntryWhenThereIsOne() {
    JsonPointerMap map = new JsonPointerMap();
    map.put("/cases/0/documents/2/name", "/THANHPHANHOSO/0/GIAYTO/2/TENGIAYTO");

    assertThat(map.translate("/cases/0/documents/2/name"))
        .isEqualTo("/THANHPHANHOSO/0/GIAYTO/2/TENGIAYTO");
  }

  @Test
  void translate_withoutAnEntry_usesTheNearestAncestorThatHasOne() {
    JsonPointerMap map = new JsonPointerMap();
    map.put("", "/result/0");
    map.put("/cases", "/result/0/THANHPHANHOSO");
    map.put("/cases/0", "/result/0/THANHPHANHOSO/0");

    assertThat(map.translate("/cases/0/documents/5/dataElements/1"))
        .isEqualTo("/result/0/THANHPHANHOSO/0");
    assertThat(map.translate("/cases/7")).isEqualTo("/result/0/THANHPHANHOSO");
    assertThat(map.translate("/version")).isEqualTo("/result/0");
  }

  @Test
  void translate_withNothingMapped_isTheRoot() {
    assertThat(new JsonPointerMap().translate("/a/b")).isEmpty();
    assertThat(new JsonPointerMap().translate("")).isEmpty();
  }

  @Test
  void translate_ofSomethingThatIsNotAPointer_isTheRoot() {
    JsonPointerMap map = new JsonPointerMap();
    map.put("", "/result/0");

    assertThat(map.translate("cases")).isEqualTo("/result/0");
  }

  @Test
  void identity_translatesEveryPointerToItselfAndCannotBeChanged() {
    JsonPointerMap identity = JsonPointerMap.identity();

    assertThat(identity.translate("/channels/0/fees/1/amount"))
        .isEqualTo("/channels/0/fees/1/amount");
    assertThatThrownBy(() -> identity.put("/a", "/b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
