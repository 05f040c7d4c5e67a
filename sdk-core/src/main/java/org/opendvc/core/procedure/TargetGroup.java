package org.opendvc.core.procedure;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * A group of people or organisations who may use a procedure (đối tượng thực hiện).
 *
 * @param code the published code ({@code MADOITUONG}), or {@code null}
 * @param name the group's name, such as "Công dân Việt Nam"
 */
public record TargetGroup(@Nullable String code, LocalizedText name) {

  /** Checks the name is present. */
  public TargetGroup {
    Objects.requireNonNull(name, "name");
  }
}
