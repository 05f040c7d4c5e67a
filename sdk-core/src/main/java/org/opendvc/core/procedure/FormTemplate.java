package org.opendvc.core.procedure;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * A published template (mẫu đơn, tờ khai) or file attached to a procedure.
 *
 * @param name the template's name, such as "Tờ khai đăng ký khai sinh"
 * @param url where to download it, or {@code null}
 */
public record FormTemplate(LocalizedText name, @Nullable String url) {

  /** Checks the name is present. */
  public FormTemplate {
    Objects.requireNonNull(name, "name");
  }
}
