/**
 * The portal's records, as they travel: Java names in English, JSON names exactly as DVCQG's
 * working integrations spell them ({@code MaHoSo}, {@code TrangThaiHoSo}, {@code TaiLieuNop}...).
 *
 * <p>On the wire, dates are {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh ({@link
 * org.opendvc.client.DvcqgTime}), status codes and yes/no flags are strings ({@code "4"}, {@code
 * "1"}/{@code "0"}), and members left {@code null} are not sent. Members that hold personal data
 * (names, identity numbers, phones, e-mails, addresses) are masked in {@code toString()}.
 *
 * <p>Sources for the names: OpenCPS's {@code DVCQGIntegrationActionImpl.java} and the Thanh Hóa
 * one-stop system's {@code SyncLocalDataToDVCQGService.cs} (dossier sync and progress), its {@code
 * KhoSoHoaDVCQGParams.cs} (e-document warehouse), {@code CSDLDanCuDto.cs} (population database),
 * {@code AddGiaoDichThanhToanRequest.cs} (payments) and {@code DanhGiaHaiLong.cs} (ratings).
 */
@NullMarked
package org.opendvc.client.wire;

import org.jspecify.annotations.NullMarked;
