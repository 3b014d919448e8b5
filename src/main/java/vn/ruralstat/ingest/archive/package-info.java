/**
 * Opening {@code .zip} submissions safely: entries escaping the folder, links, nested archives and
 * bombs are refused with a reason, the rest extracted to a temporary folder and read as files of the
 * zip. Part of {@code ingest}; imports {@code sheet} and {@code message}.
 */
package vn.ruralstat.ingest.archive;
