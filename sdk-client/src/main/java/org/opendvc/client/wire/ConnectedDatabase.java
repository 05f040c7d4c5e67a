package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A national database the dossier drew data from ({@code DSKetNoiCSDL[]}). The code list of {@code
 * MaCSDL} was not found; the Thanh Hóa system always sends {@code "7"}.
 *
 * @param code {@code MaCSDL}
 */
public record ConnectedDatabase(@JsonProperty("MaCSDL") String code) {}
