package org.opendvc.core.dossier;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.procedure.OnlineServiceLevel;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.Sector;

/**
 * The procedure a dossier follows, as it was when the dossier was submitted: enough of it that a
 * dossier can be synced to DVCQG and scored without the catalogue at hand.
 *
 * @param code the national procedure code ({@code MaTTHC})
 * @param version the version of the definition followed, when it has one
 * @param name the procedure's name ({@code TenTTHC})
 * @param sector the field it belongs to ({@code MaLinhVuc}, {@code TenLinhVuc}), when known
 * @param onlineServiceLevel how much of it can be done online, when declared; the online-service
 *     group of the Decision 766 scorecard counts dossiers of {@link OnlineServiceLevel#FULL}
 *     procedures
 */
public record ProcedureRef(
    ProcedureCode code,
    @Nullable String version,
    LocalizedText name,
    @Nullable Sector sector,
    @Nullable OnlineServiceLevel onlineServiceLevel) {

  /** Checks the code and name are present. */
  public ProcedureRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  /** The reference to {@code procedure}: its code, version, name, first sector and online level. */
  public static ProcedureRef of(Procedure procedure) {
    return new ProcedureRef(
        procedure.code(),
        procedure.version(),
        procedure.name(),
        procedure.sectors().isEmpty() ? null : procedure.sectors().get(0),
        procedure.onlineServiceLevel());
  }
}
