package org.frontline.quality;

/** True positives, false positives and false negatives of one kind of item, and score.py's P, R and F1 of them. */
final class Tally {

    int tp;
    int fp;
    int fn;

    double precision() {
        return tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
    }

    double recall() {
        return tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    /** score.py's row for this kind. */
    String row(String name) {
        return PythonText.padRight(name, 22) + " P " + PythonText.twoDecimals(precision()) + "  R "
                + PythonText.twoDecimals(recall()) + "  F1 " + PythonText.twoDecimals(f1()) + "   (tp " + tp
                + ", fp " + fp + ", fn " + fn + ")";
    }
}
