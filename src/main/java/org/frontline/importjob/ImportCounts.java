package org.frontline.importjob;

/**
 * How far an import job got.
 *
 * @param total every item: articles and things refused before reading (a missing path, a malformed manifest)
 * @param read  the items handled so far
 */
public record ImportCounts(int total, int read, int imported, int unchanged, int replaced, int rejected,
        int failed) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0);

    public int pending() {
        return total - read;
    }

    public int problems() {
        return rejected + failed;
    }
}
