package org.opendvc.testkit.junit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opendvc.testkit.simulator.PortalSimulator;

/**
 * Starts a {@link PortalSimulator} before the tests of a class and stops it after them; test
 * methods and constructors may take it as a parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static PortalSimulatorExtension portal =
 *     new PortalSimulatorExtension(PortalSimulator.builder().seed(7));
 *
 * @Test
 * void syncs(PortalSimulator simulator) { ... }
 * }</pre>
 *
 * <p>{@code @ExtendWith(PortalSimulatorExtension.class)} gives a simulator with the defaults.
 */
public final class PortalSimulatorExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private final PortalSimulator.Builder builder;
  private @Nullable PortalSimulator simulator;

  /** A simulator with the defaults. */
  public PortalSimulatorExtension() {
    this(PortalSimulator.builder());
  }

  /** A simulator built by {@code builder}. */
  public PortalSimulatorExtension(PortalSimulator.Builder builder) {
    this.builder = Objects.requireNonNull(builder, "builder");
  }

  /**
   * The running simulator.
   *
   * @throws IllegalStateException outside the tests of the class
   */
  public PortalSimulator simulator() {
    if (simulator == null) {
      throw new IllegalStateException("The portal simulator runs only during the tests");
    }
    return simulator;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    simulator = builder.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PortalSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return simulator();
  }
}
