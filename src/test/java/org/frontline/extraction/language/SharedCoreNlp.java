package org.frontline.extraction.language;

/** One CoreNLP analyzer for all tests in a test JVM: loading the models takes many seconds. */
public final class SharedCoreNlp {

    private static CoreNlpAnalyzer analyzer;

    private SharedCoreNlp() {
    }

    public static synchronized CoreNlpAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new CoreNlpAnalyzer();
        }
        return analyzer;
    }
}
