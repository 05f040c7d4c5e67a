package org.opendvc.forms.internal;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.opendvc.forms.FormDefinition;

/**
 * Gives the module's other packages the compiled form behind a {@link FormDefinition} without
 * making it part of the public API (the JDK's "shared secrets" pattern).
 */
public final class Internals {
  private static volatile @Nullable Function<FormDefinition, CompiledForm> compiledAccess;

  private Internals() {}

  /**
   * Called once by {@link FormDefinition}'s static initialiser.
   *
   * @throws IllegalCallerException when called from anywhere else
   */
  public static synchronized void registerCompiledFormAccess(
      Function<FormDefinition, CompiledForm> access) {
    Class<?> caller =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    if (caller != FormDefinition.class) {
      throw new IllegalCallerException("Only FormDefinition registers its compiled form");
    }
    if (compiledAccess == null) {
      compiledAccess = Objects.requireNonNull(access, "access");
    }
  }

  /** The compiled form behind {@code form}. */
  public static CompiledForm compiled(FormDefinition form) {
    // An instance exists, so its class is initialised and the access registered.
    return Objects.requireNonNull(compiledAccess, "FormDefinition not initialised").apply(form);
  }
}
