package org.opendvc.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Damages JSON trees at random: values of the wrong type, nulls, empty containers, odd numbers. */
public final class JsonMutations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonMutations() {}

  /** A copy of {@code tree} with up to {@code count} values replaced by something else. */
  public static JsonNode mutate(JsonNode tree, int count, Random random) {
    JsonNode copy = tree.deepCopy();
    for (int i = 0; i < count; i++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(copy, containers);
      JsonNode container = containers.get(random.nextInt(containers.size()));
      if (container instanceof ObjectNode o && !o.isEmpty()) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        o.set(names.get(random.nextInt(names.size())), junk(random));
      } else if (container instanceof ArrayNode a && !a.isEmpty()) {
        a.set(random.nextInt(a.size()), junk(random));
      }
    }
    return copy;
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.forEach(child -> collect(child, containers));
    }
  }

  private static JsonNode junk(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.textNode("");
      case 2 -> NODES.textNode("  ");
      case 3 -> NODES.numberNode(-1);
      case 4 -> NODES.numberNode(new BigDecimal("1E+400"));
      case 5 -> NODES.numberNode(new BigDecimal("99999999999999999999"));
      case 6 -> NODES.booleanNode(true);
      case 7 -> NODES.arrayNode().add(NODES.nullNode());
      case 8 -> NODES.objectNode().put("x", 1);
      default -> NODES.textNode("Đăng ký\u0000\n~/\"");
    };
  }
}
