package org.frontline.ingest.read;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why a file could not be read, said plainly rather than as a Java exception. */
final class FileProblems {

    static final String DOES_NOT_EXIST = "does not exist";

    private FileProblems() {
    }

    static String cannotRead(Exception e) {
        if (e instanceof NoSuchFileException) {
            return DOES_NOT_EXIST;
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read (permission denied)";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return "cannot be read (" + lowerFirst(fileSystem.getReason()) + ")";
        }
        return "cannot be read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
