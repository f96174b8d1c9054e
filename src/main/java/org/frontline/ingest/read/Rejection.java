package org.frontline.ingest.read;

import java.nio.file.Path;

/**
 * Something that is not imported, and why, in words a person understands.
 *
 * @param line the line of the file the refused record starts on, or null when the refusal is about the whole file
 */
public record Rejection(Path file, Integer line, String reason) implements ScanEntry, ReadResult {
}
