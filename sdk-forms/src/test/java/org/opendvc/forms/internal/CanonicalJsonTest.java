package org.opendvc.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendvc.forms.TestForms;

class CanonicalJsonTest {
  @Test
  void write_sortsMembersAndDropsSpaces() {
    assertThat(
            CanonicalJson.write(
                TestForms.json("{ \"b\": [1, 2.50, 0.0], \"a\": {\"y\": true, \"x\": null} }")))
        .isEqualTo("{\"a\":{\"x\":null,\"y\":true},\"b\":[1,2.5,0]}");
  }

  @Test
  void write_escapesWhatJsonNeedsAndKeepsVietnameseAsItIs() {
    assertThat(CanonicalJson.write(TestForms.json("{\"t\": \"Nguyễn \\\"An\\\" \\\\ \\n\"}")))
        .isEqualTo("{\"t\":\"Nguyễn \\\"An\\\" \\\\ \\u000a\"}");
  }

  @Test
  void sha256_isTheSameForTheSameContent() {
    assertThat(CanonicalJson.sha256(TestForms.json("{\"a\": 1, \"b\": 2}")))
        .isEqualTo(CanonicalJson.sha256(TestForms.json("{\"b\":2,\"a\":1.0}")))
        .isNotEqualTo(CanonicalJson.sha256(TestForms.json("{\"b\":2,\"a\":1.5}")));
  }
}
