/**
 * The message catalogue: every sentence an officer reads (findings, reasons, problems of files,
 * rulebooks and crosswalks), in Vietnamese and English, kept in {@code messages/messages_vi.properties}
 * and {@code messages/messages_en.properties} so that one person can proofread them in one file.
 * A {@link vn.ruralstat.message.Message} is a key and its arguments; the catalogue renders it.
 * This package imports nothing from ruralstat, so every other package may use it (except
 * {@code sheet}, which stays at the bottom and hands keys and arguments up as plain strings).
 */
package vn.ruralstat.message;
