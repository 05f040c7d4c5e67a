package org.opendvc.forms.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the cycles of a dependency graph (Tarjan's strongly connected components, iterative). */
final class Cycles {
  private Cycles() {}

  /**
   * The strongly connected components with more than one node, or one node that depends on itself,
   * each listed in the order of {@code nodes}.
   */
  static List<List<String>> find(List<String> nodes, Map<String, Set<String>> deps) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      order.put(nodes.get(i), i);
    }
    int[][] adjacent = new int[nodes.size()][];
    for (int i = 0; i < nodes.size(); i++) {
      adjacent[i] =
          deps.getOrDefault(nodes.get(i), Set.of()).stream()
              .map(order::get)
              .filter(java.util.Objects::nonNull)
              .mapToInt(Integer::intValue)
              .toArray();
    }
    int[] index = new int[nodes.size()];
    int[] low = new int[nodes.size()];
    boolean[] onStack = new boolean[nodes.size()];
    java.util.Arrays.fill(index, -1);
    Deque<Integer> stack = new ArrayDeque<>();
    List<List<String>> cycles = new ArrayList<>();
    int counter = 0;
    for (int root = 0; root < nodes.size(); root++) {
      if (index[root] >= 0) {
        continue;
      }
      // Each frame: node and the position in its list of dependencies.
      Deque<int[]> frames = new ArrayDeque<>();
      frames.push(new int[] {root, 0});
      index[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = true;
      while (!frames.isEmpty()) {
        int[] frame = frames.peek();
        int node = frame[0];
        int[] out = adjacent[node];
        if (frame[1] < out.length) {
          int next = out[frame[1]++];
          if (index[next] < 0) {
            index[next] = low[next] = counter++;
            stack.push(next);
            onStack[next] = true;
            frames.push(new int[] {next, 0});
          } else if (onStack[next]) {
            low[node] = Math.min(low[node], index[next]);
          }
          continue;
        }
        frames.pop();
        if (!frames.isEmpty()) {
          int parent = frames.peek()[0];
          low[parent] = Math.min(low[parent], low[node]);
        }
        if (low[node] == index[node]) {
          List<Integer> component = new ArrayList<>();
          int member;
          do {
            member = stack.pop();
            onStack[member] = false;
            component.add(member);
          } while (member != node);
          boolean selfLoop = deps.getOrDefault(nodes.get(node), Set.of()).contains(nodes.get(node));
          if (component.size() > 1 || selfLoop) {
            component.sort(null);
            cycles.add(component.stream().map(nodes::get).toList());
          }
        }
      }
    }
    return cycles;
  }
}
