package org.opendvc.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonPointersTest {

  @Test
  void child_appendsTheName() {
    assertThat(JsonPointers.child("", "cases")).isEqualTo("/cases");
    assertThat(JsonPointers.child("/cases/0", "documents")).isEqualTo("/cases/0/documents");
  }

  @Test
  void child_escapesTildeBeforeSlash() {
    assertThat(JsonPointers.child("", "a/b")).isEqualTo("/a~1b");
    assertThat(JsonPointers.child("", "a~b")).isEqualTo("/a~0b");
    // "~1" written literally must not read back as "/".
    assertThat(JsonPointers.child("", "~1")).isEqualTo("/~01");
  }

  @Test
  void index_andResolve() {
    assertThat(JsonPointers.index("/cases", 3)).isEqualTo("/cases/3");
    assertThat(JsonPointers.resolve("/result/0", "/CACHTHUCTHUCHIEN"))
        .isEqualTo("/result/0/CACHTHUCTHUCHIEN");
    assertThat(JsonPointers.resolve("/result/0", "")).isEqualTo("/result/0");
  }

  @Test
  void parent_dropsTheLastStep() {
    assertThat(JsonPointers.parent("/cases/0/documents")).isEqualTo("/cases/0");
    assertThat(JsonPointers.parent("/cases")).isEmpty();
    assertThat(JsonPointers.parent("")).isEmpty();
    assertThat(JsonPointers.parent("cases")).isEmpty();
    assertThat(JsonPointers.parent("/a~1b/c")).isEqualTo("/a~1b");
  }

  @Property(tries = 300)
  void child_namesTheSameMemberAsJacksonsPointer(@ForAll String name) {
    String pointer = JsonPointers.child("/parent", name);

    JsonPointer parsed = JsonPointer.compile(pointer);
    assertThat(parsed.getMatchingProperty()).isEqualTo("parent");
    assertThat(parsed.tail().getMatchingProperty()).isEqualTo(name);
  }
}
