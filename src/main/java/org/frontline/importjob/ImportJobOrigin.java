package org.frontline.importjob;

/** Who started an import job. */
public enum ImportJobOrigin {
    /** {@code java -jar frontline.jar import PATH...} */
    COMMAND_LINE,
    /** The {@code importArticles} mutation. */
    GRAPHQL,
    /** The seed articles, imported on the service's first start. */
    SEEDS
}
