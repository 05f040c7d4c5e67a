package org.opendvc.testkit.simulator;

/**
 * What the simulator has seen and holds, as served at {@code GET /__simulator/stats}.
 *
 * @param dossiers distinct dossiers stored
 * @param duplicatesStored progress steps stored although an identical step (same time, status and
 *     content) was already there: what a client that resends blindly leaves on a real portal
 * @param progressMissing dossiers whose last progress step does not show the status their last sync
 *     reported (steps not yet received, or lost)
 * @param faultsInjected faults injected so far
 * @param requests requests received, faults included
 * @param progressSteps progress steps stored
 * @param creates dossiers created by {@code DongBoHoSoMC}
 * @param updates dossier updates applied
 * @param alreadyExists "already exists" answers given
 * @param rejected requests rejected by the portal's rules
 */
public record SimulatorStats(
    int dossiers,
    int duplicatesStored,
    int progressMissing,
    long faultsInjected,
    long requests,
    int progressSteps,
    long creates,
    long updates,
    long alreadyExists,
    long rejected) {}
